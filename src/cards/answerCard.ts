import type { Attachment } from 'botbuilder';
import template from '../../cards/answer.json';
import type { KnowledgeEntry, OsVariant } from '../knowledge/types';
import { EntryLink, entryLinks } from './entryLinks';
import { OsWording, osWording } from './osWording';
import { CardTemplate } from './template';

/** The short answer travels as the message text above the card, so the card holds what comes after it. */
export interface AnswerCardData {
    title: string;
    details: string[];
    /** One column for the device's OS, or Windows 10 and 11 side by side; empty when both are worded alike. */
    osWording: OsWording[];
    related: EntryLink[];
    source: string;
}

/** `related` are the entries behind `entry.related`, resolved by the caller. */
export function answerCardData(
    entry: KnowledgeEntry,
    related: Pick<KnowledgeEntry, 'id' | 'title'>[],
    os?: OsVariant
): AnswerCardData {
    return {
        title: entry.title,
        details: entry.details,
        osWording: osWording(entry.os, os),
        related: entryLinks(related),
        source: entry.source
    };
}

const answerTemplate = new CardTemplate<AnswerCardData>('answer', template);

export function answerCard(data: AnswerCardData): Attachment {
    return answerTemplate.attachment(data);
}
