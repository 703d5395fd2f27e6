import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { entryAnswerCard } from '../cards/answerCard';
import { osLabels } from '../cards/osWording';
import { Verb } from '../cards/verbs';
import { getEntry, relatedEntries } from '../knowledge';
import { entryFacets } from '../knowledge/facetRanking';
import type { Facets } from '../knowledge/facets';
import type { KnowledgeEntry, OsVariant } from '../knowledge/types';
import type { Understanding } from '../knowledge/understanding';
import { recall, rememberOs, rememberTopic, type AppState } from '../memory/conversationMemory';
import { showError } from './errors';
import { reply } from './replies';
import { showStep } from './steps';

/** Any knowledge entry, in the card that suits its kind. */
export async function showEntry(context: TurnContext, state: AppState, entry: KnowledgeEntry, os?: OsVariant): Promise<void> {
    if (entry.kind === 'step') return showStep(context, state, entry.step, os);
    if (entry.kind === 'error') return showError(context, state, entry);
    rememberTopic(state, entry, os);
    const wording = os && entry.os?.[os] ? ` On ${osLabels[os]}: ${entry.os[os]}` : '';
    const cardOs = os ?? recall(state).os;
    await reply(context, `${entry.short}${wording}`, entryAnswerCard(entry, relatedEntries, cardOs));
}

/** "and for the end user?", "what about account setup": the same topic, the entry for the facet asked about. */
export async function showFollowUp(context: TurnContext, state: AppState, understanding: Understanding, facets: Facets, said?: string): Promise<void> {
    const lastId = recall(state).lastEntryId;
    const last = lastId ? getEntry(lastId) : undefined;
    const os = facets.os[0];
    if (!last) {
        if (os) rememberOs(state, os);
        await reply(context, 'Which topic? Ask me about a step, a screen or an error and I will answer for that case.');
        return;
    }
    return showEntry(context, state, understanding.followUp(last, facets, said), os);
}

/**
 * "and on Windows 11?": the last answer again, for that OS; when the last answer is about the other Windows only (a
 * Windows 11 code) and says nothing for this one, the same topic's entry for this Windows, if there is one.
 */
export async function showForOs(context: TurnContext, state: AppState, os: OsVariant, understanding: Understanding): Promise<void> {
    rememberOs(state, os);
    const lastId = recall(state).lastEntryId;
    const last = lastId ? getEntry(lastId) : undefined;
    if (!last) {
        await reply(context, `Noted: ${osLabels[os]}. Ask me about any step or screen and I'll answer for ${osLabels[os]}.`);
        return;
    }
    if (last.kind === 'error' && last.os?.[os]) return showError(context, state, last, undefined, os);
    const onlyOther = entryFacets(last).os.filter((v) => v !== os);
    if (!last.os?.[os] && onlyOther.length === 1) {
        const other = understanding.followUp(last, { audience: [], phase: [], os: [os], codes: [], not: { audience: [], phase: [], os: [] } });
        if (other.id !== last.id) return showEntry(context, state, other, os);
    }
    if (!last.os?.[os] && last.kind !== 'step') {
        // An entry about the other Windows only is not "the same" on this one: say what it is about.
        const same = onlyOther.length === 1 && entryFacets(last).os.length === 1 ? `That one is about ${osLabels[onlyOther[0]]} only.` : `It's the same on ${osLabels[os]}.`;
        await reply(context, `${same} ${last.short}`, entryAnswerCard(last, relatedEntries, os, same));
        rememberTopic(state, last, os);
        return;
    }
    return showEntry(context, state, last, os);
}

export function registerAnswers(app: Application<AppState>): void {
    app.adaptiveCards.actionSubmit<{ id?: unknown }>(Verb.showEntry, async (context, state, data) => {
        const entry = typeof data.id === 'string' ? getEntry(data.id) : undefined;
        if (entry) return showEntry(context, state, entry, recall(state).os);
        await reply(context, "Sorry, I couldn't find that topic. Ask me in your own words.");
    });
}
