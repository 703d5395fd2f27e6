import type { KnowledgeEntry } from '../knowledge/types';

/** A button that opens a knowledge entry (`showEntry`). */
export interface EntryLink {
    id: string;
    title: string;
}

/** Buttons beyond three crowd a phone screen and Teams folds them away. */
const maxEntryLinks = 3;

export function entryLinks(entries: Pick<KnowledgeEntry, 'id' | 'title'>[]): EntryLink[] {
    return entries.slice(0, maxEntryLinks).map(({ id, title }) => ({ id, title }));
}
