/**
 * Settings by their on-screen names ("Join to Microsoft Entra ID as", "Users may join devices"): a question that quotes
 * one asks about that setting, whatever alternative it weighs beside it ("joined or hybrid? we're cloud-only", "or is
 * that only for user-driven?"). The alternative qualifies; the setting decides. One reading of a quoted name, shared
 * by scope (a quoted setting of ours anchors the question) and by the answer. Pure.
 */
import type { KnowledgeEntry } from './types';

/** Entra as Microsoft has named it over the years: a setting quoted with any of its names is the same setting. */
const ENTRA = '(?:microsoft\\s+)?(?:entra(?:\\s+id)?|azure\\s+(?:ad|active\\s+directory)|aad)';
const ENTRA_IN_NAME = /\b(?:microsoft\s+)?entra(?:\s+id)?\b/;
const ENTRA_MARK = '\u0000';

/**
 * "May" in a setting's name as people say it: "users can't join devices", "users are not allowed to join devices" quote
 * "Users may join devices" as much as its own words do.
 */
const GAP = '[^\\p{L}\\p{N}]+';
const MAY = `(?:may(?:${GAP}not)?|can(?:not|${GAP}not|[^\\p{L}\\p{N}]?t)?|could(?:n[^\\p{L}\\p{N}]?t|${GAP}not)?|(?:are|is)(?:n[^\\p{L}\\p{N}]?t|${GAP}not)?${GAP}allowed${GAP}to)`;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A setting's name as a pattern: its words in order, whatever punctuation or quotes stand between them. */
export function settingNamePattern(name: string): RegExp {
    const words = name
        .toLowerCase()
        .replace(ENTRA_IN_NAME, ` ${ENTRA_MARK} `)
        .split(/[^\p{L}\p{N}\u0000]+/u)
        .filter(Boolean)
        .map((word) => (word === ENTRA_MARK ? ENTRA : word === 'may' ? MAY : escape(word)));
    return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'iu');
}

/** The settings the entries are the home of, each name compiled once and read by scope and answer alike. */
export interface SettingNames {
    /** How many names there are. */
    readonly count: number;
    /** Whether the question quotes any of them: such a question is ours. */
    quotesAny(text: string): boolean;
    /** The entry whose setting the question quotes; undefined when it quotes none, or settings of several entries. */
    quoted(text: string): string | undefined;
}

export function createSettingNames(entries: readonly KnowledgeEntry[]): SettingNames {
    const names = entries.flatMap((entry) => (entry.settings ?? []).map((name) => ({ id: entry.id, pattern: settingNamePattern(name) })));
    return {
        count: names.length,
        quotesAny: (text) => names.some((name) => name.pattern.test(text)),
        quoted(text) {
            const quoted = new Set(names.filter((name) => name.pattern.test(text)).map((name) => name.id));
            return quoted.size === 1 ? [...quoted][0] : undefined;
        }
    };
}
