import type { KnowledgeSearch } from '../knowledge/search';
import type { KnowledgeEntry } from '../knowledge/types';

/** How many entries ground one AI answer. */
export const EXCERPT_COUNT = 5;

/** One entry as the model reads it: title, short, details, and for steps and errors the facts cards show. */
export function excerpt(entry: KnowledgeEntry): string {
    const lines = [`Title: ${entry.title}`, `Summary: ${entry.short}`];
    if (entry.details.length > 0) lines.push(`Details: ${entry.details.join(' ')}`);
    if (entry.kind === 'step') {
        lines.push(`Where: ${entry.where}`);
        if (entry.values.length > 0) lines.push(`Settings: ${entry.values.join('; ')}`);
    }
    if (entry.kind === 'error') {
        if (entry.codes.length > 0) lines.push(`Codes: ${entry.codes.join(', ')}`);
        lines.push(`Cause: ${entry.cause}`, `Fix: ${entry.fix.join(' ')}`);
    }
    return lines.join('\n');
}

/** The top search hits for the user's text, confident or not: the model decides whether they answer it. */
export function knowledgeExcerpts(text: string, search: KnowledgeSearch, limit = EXCERPT_COUNT): string {
    const hits = text.trim() ? search.search(text, limit).slice(0, limit) : [];
    if (hits.length === 0) return '(no knowledge entry matches this question)';
    return hits.map((hit, i) => `[${i + 1}]\n${excerpt(hit.entry)}`).join('\n\n');
}
