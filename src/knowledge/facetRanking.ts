/**
 * Chooses among the entries retrieval found by what the question is about (who, which phase, which Windows),
 * so a shared keyword does not decide the answer on its own. Pure.
 */
import { FACET_NAMES, type Facets, type FacetValues, readFacets } from './facets';
import type { KnowledgeEntry } from './types';

/** Who an entry is for when its words do not say: the kind of entry tells. */
const KIND_AUDIENCE: Partial<Record<KnowledgeEntry['kind'], FacetValues['audience']>> = {
    userFlow: ['user'],
    flow: ['technician'],
    tip: ['technician'],
    admin: ['admin']
};

/** Who an entry's kind is written for, whatever its words say. */
export function writtenForAudience(entry: KnowledgeEntry): FacetValues['audience'] {
    return KIND_AUDIENCE[entry.kind] ?? [];
}

/** The facets an entry is about: from its title, keywords and where it shows, and who its kind is for. */
export function entryFacets(entry: KnowledgeEntry): FacetValues {
    const where = entry.kind === 'error' ? entry.where : '';
    const read = readFacets([entry.title, where, ...entry.keywords].join('. '));
    const audience = read.audience.length > 0 ? read.audience : (KIND_AUDIENCE[entry.kind] ?? []);
    const stepAudience: FacetValues['audience'] =
        entry.kind === 'step' ? (entry.step === 8 ? ['technician'] : entry.step === 9 ? ['user'] : ['admin']) : [];
    // An entry about account setup is about the end user: that phase only ever runs for them. One about device
    // preparation (securing your hardware) is the technician's: it does not run again when the user signs in.
    const titlePhase = readFacets(entry.title).phase;
    const onlyPhase = audience.length === 0 && titlePhase.length === 1 ? titlePhase[0] : undefined;
    const implied: FacetValues['audience'] = onlyPhase === 'accountSetup' ? ['user'] : onlyPhase === 'devicePreparation' ? ['technician'] : audience;
    return { audience: entry.kind === 'step' ? stepAudience : implied, phase: read.phase, os: read.os };
}

/**
 * The facets an entry has when a problem is reported: a symptom shown in device setup alone (no code: a code's card is
 * found by its code) happens at the bench and again when the user signs in, so it is the technician's and the user's.
 * Asked how things go, not what went wrong, the symptom's card keeps its own facets and no person named lifts it.
 */
export function entryFacetsForProblem(entry: KnowledgeEntry): FacetValues {
    const facets = entryFacets(entry);
    const deviceSetupSymptom = entry.kind === 'error' && entry.codes.length === 0 && facets.audience.length === 0 && facets.phase.length === 1 && facets.phase[0] === 'deviceSetup';
    return deviceSetupSymptom ? { ...facets, audience: ['technician', 'user'] } : facets;
}

/** How much a facet shifts a candidate: enough to reorder close candidates, not to lift a weak one past a strong one. */
const AGREES = 1.6;
const DISAGREES = 0.6;
const RULED_OUT = 0.4;
/** Only candidates this close to the best are reordered; further down, retrieval's order stands. */
export const CANDIDATE_SHARE = 0.35;

/** How many values each facet has: an entry about all of them (both Windows versions) does not take sides. */
const FACET_SIZES: Record<keyof FacetValues, number> = { audience: 3, phase: 3, os: 2 };

/** The multiplier a question's facets give an entry. */
export function facetFit(question: Facets, entry: FacetValues): number {
    let fit = 1;
    for (const facet of FACET_NAMES) {
        const asked = question[facet] as string[];
        const excluded = question.not[facet] as string[];
        const about = entry[facet] as string[];
        if (about.length === 0 || about.length >= FACET_SIZES[facet]) continue;
        // Asked about both Windows ("does it work on w10 and w11"), an entry about one of them does not fit. Several
        // audiences or phases named are usually a sequence ("after the tech, the user"), so any one of them fits.
        const fits = facet === 'os' ? asked.every((v) => about.includes(v)) : about.some((v) => asked.includes(v));
        if (asked.length > 0) fit *= fits ? AGREES : DISAGREES;
        if (excluded.length > 0 && about.every((v) => excluded.includes(v))) fit *= RULED_OUT;
    }
    return fit;
}

export interface Ranked<T> {
    item: T;
    score: number;
}

/**
 * Reorders retrieval's candidates by facet fit. Candidates far below the best keep their place: a facet
 * chooses between plausible answers, it does not make an answer plausible.
 */
export function rankByFacets<T>(question: Facets, candidates: readonly Ranked<T>[], facetsOf: (item: T) => FacetValues): Ranked<T>[] {
    const best = candidates[0]?.score ?? 0;
    const close = candidates.filter((c) => c.score >= best * CANDIDATE_SHARE);
    const rest = candidates.slice(close.length);
    const rescored = close
        .map((c) => ({ item: c.item, score: c.score * facetFit(question, facetsOf(c.item)) }))
        .sort((a, b) => b.score - a.score);
    return [...rescored, ...rest];
}
