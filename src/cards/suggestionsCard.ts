import type { Attachment } from 'botbuilder';
import template from '../../cards/suggestions.json';
import type { KnowledgeEntry } from '../knowledge/types';
import { EntryLink, entryLinks } from './entryLinks';
import { CardTemplate } from './template';

/** When the bot is not confident: up to three topics to pick from (none: a hint and Help). */
export interface SuggestionsCardData {
    topics: EntryLink[];
    /** The device the technician works on, with their question: an "Ask the helpdesk" button hands both over. */
    escalation: { serial: string; question: string } | null;
}

export function suggestionsCardData(candidates: Pick<KnowledgeEntry, 'id' | 'title'>[], escalation?: { serial: string; question: string }): SuggestionsCardData {
    return { topics: entryLinks(candidates), escalation: escalation ?? null };
}

const suggestionsTemplate = new CardTemplate<SuggestionsCardData>('suggestions', template);

export function suggestionsCard(data: SuggestionsCardData): Attachment {
    return suggestionsTemplate.attachment(data);
}
