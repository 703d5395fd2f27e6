import type { Attachment } from 'botbuilder';
import template from '../../cards/suggestions.json';
import type { KnowledgeEntry } from '../knowledge/types';
import { EntryLink, entryLinks } from './entryLinks';
import { CardTemplate } from './template';

/** When the bot is not confident, or has only a pointer: what it says, and up to three topics to pick from. */
export interface SuggestionsCardData {
    intro: string;
    topics: EntryLink[];
    /** The device the technician works on, with their question: an "Ask the helpdesk" button hands both over. */
    escalation: { serial: string; question: string } | null;
}

export function suggestionsCardData(
    intro: string,
    candidates: Pick<KnowledgeEntry, 'id' | 'title'>[],
    escalation?: { serial: string; question: string }
): SuggestionsCardData {
    return { intro, topics: entryLinks(candidates), escalation: escalation ?? null };
}

const suggestionsTemplate = new CardTemplate<SuggestionsCardData>('suggestions', template);

export function suggestionsCard(data: SuggestionsCardData): Attachment {
    return suggestionsTemplate.attachment(data);
}
