import type { Attachment } from 'botbuilder';
import template from '../../cards/error.json';
import type { ErrorEntry, KnowledgeEntry } from '../knowledge/types';
import { EntryLink, entryLinks } from './entryLinks';
import { SourceLink, sourceLinks, sourceNote } from './sourceLinks';
import { CardTemplate } from './template';

export interface ErrorCardData {
    /** The code asked about, or the entry's first; null for a symptom without a code. */
    code: string | null;
    title: string;
    meaning: string;
    cause: string;
    where: string;
    fix: string[];
    /** What is worth knowing beyond the fix (a known issue, a limit); an error card showed none before. */
    details: string[];
    escalate: string;
    related: EntryLink[];
    /** The device concerned; the Escalate button needs it. */
    serial: string | null;
    sources: SourceLink[];
    sourceNote: string | null;
}

export interface ErrorContext {
    /** The code the technician asked about, when the entry has several. */
    code?: string;
    serial?: string;
    /** The entries behind `entry.related`, resolved by the caller. */
    related?: Pick<KnowledgeEntry, 'id' | 'title'>[];
}

export function errorCardData(entry: ErrorEntry, context: ErrorContext = {}): ErrorCardData {
    return {
        code: context.code ?? entry.codes[0] ?? null,
        title: withoutCodePrefix(entry.title),
        meaning: entry.short,
        cause: entry.cause,
        where: entry.where,
        fix: entry.fix,
        details: entry.details,
        escalate: entry.escalate,
        related: entryLinks(context.related ?? []),
        serial: context.serial ?? null,
        sources: sourceLinks(entry.source),
        sourceNote: sourceNote(entry.source)
    };
}

/** "0x800705B4: timeout…" would repeat the "Error 0x800705B4" line above the title. */
function withoutCodePrefix(title: string): string {
    const rest = title.replace(/^0x[0-9a-f]{8}\s*[:.–—-]\s*/i, '');
    return rest.charAt(0).toUpperCase() + rest.slice(1);
}

const errorTemplate = new CardTemplate<ErrorCardData>('error', template);

export function errorCard(data: ErrorCardData): Attachment {
    return errorTemplate.attachment(data);
}
