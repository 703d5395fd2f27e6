import type { Attachment } from 'botbuilder';
import template from '../../cards/answer.json';
import type { KnowledgeEntry, OsVariant } from '../knowledge/types';
import { EntryLink, entryLinks } from './entryLinks';
import { OsWording, osWording } from './osWording';
import { SourceLink, sourceLinks, sourceNote } from './sourceLinks';
import { CardTemplate } from './template';

/** The whole answer: the message carries no text of its own beside the card. */
export interface AnswerCardData {
    title: string;
    /** The short answer, first thing under the title. */
    lead: string;
    /** A remark about this answer, e.g. that it is the same on the OS asked about; null when none. */
    note: string | null;
    details: string[];
    /** One column for the device's OS, or Windows 10 and 11 side by side; empty when both are worded alike. */
    osWording: OsWording[];
    related: EntryLink[];
    sources: SourceLink[];
    sourceNote: string | null;
}

/** `related` are the entries behind `entry.related`, resolved by the caller. */
export function answerCardData(
    entry: KnowledgeEntry,
    related: Pick<KnowledgeEntry, 'id' | 'title'>[],
    os?: OsVariant,
    note?: string
): AnswerCardData {
    return {
        title: entry.title,
        lead: entry.short,
        note: note ?? null,
        details: entry.details,
        osWording: osWording(entry.os, os),
        related: entryLinks(related),
        sources: sourceLinks(entry.source),
        sourceNote: sourceNote(entry.source)
    };
}

const answerTemplate = new CardTemplate<AnswerCardData>('answer', template);

export function answerCard(data: AnswerCardData): Attachment {
    return answerTemplate.attachment(data);
}

/** Cards kept per entry: one for each OS and note it was shown with (a handful); beyond that they are not kept. */
const CARDS_PER_ENTRY = 8;
const entryCards = new WeakMap<KnowledgeEntry, Map<string, Attachment>>();

/**
 * The answer card of a knowledge entry. The knowledge does not change while the bot runs, so an entry's card for an OS
 * and note is the same every time: it is built once and kept with the entry (cards are shared: never mutated).
 * `related` resolves the entries behind `entry.related`.
 */
export function entryAnswerCard(entry: KnowledgeEntry, related: (entry: KnowledgeEntry) => Pick<KnowledgeEntry, 'id' | 'title'>[], os?: OsVariant, note?: string): Attachment {
    const cards = entryCards.get(entry) ?? new Map<string, Attachment>();
    entryCards.set(entry, cards);
    const key = `${os ?? ''}\n${note ?? ''}`;
    const kept = cards.get(key);
    if (kept) return kept;
    const card = answerCard(answerCardData(entry, related(entry), os, note));
    if (cards.size < CARDS_PER_ENTRY) cards.set(key, card);
    return card;
}
