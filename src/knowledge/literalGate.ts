/**
 * A cheap test that a pattern cannot match: words every match of it must contain, read off the pattern once.
 * Understanding runs a few hundred patterns over every message and most of them match nothing; in a server, between
 * other work, each runs cold (its compiled code out of the CPU's caches), so skipping those whose required words the
 * message lacks is what keeps a turn cheap. Exact by construction: a gate says "may match" unless it is sure, and a
 * pattern it cannot read keeps no gate. Pure.
 */

/** Required words shorter than this are in almost any message: no gain in checking them. */
const MIN_LITERAL = 3;

/**
 * The gates of a list of patterns, read together: one pass over a text finds every gate word in it (Aho–Corasick), so
 * a message costs one scan however many patterns there are, where a substring search per word cost a turn more than
 * any pattern did. For an `i` pattern the text must already be lower case; `u` patterns keep no gate (their case
 * folding is wider than `toLowerCase`).
 */
export class PatternGates<T> {
    /** Per gate word, the items whose pattern needs it (one of theirs). */
    private readonly itemsOf: number[][] = [];
    /** Items whose pattern keeps no gate: they may match any text. */
    private readonly ungated: number[] = [];
    private readonly finder: WordFinder;

    constructor(
        private readonly items: readonly T[],
        patternOf: (item: T) => RegExp
    ) {
        const ids = new Map<string, number>();
        items.forEach((item, index) => {
            const pattern = patternOf(item);
            const required = pattern.flags.includes('u') ? undefined : requiredOfAlternatives(pattern.source);
            if (!required) {
                this.ungated.push(index);
                return;
            }
            for (const word of new Set(pattern.flags.includes('i') ? required.map((w) => w.toLowerCase()) : required)) {
                let id = ids.get(word);
                if (id === undefined) {
                    id = ids.size;
                    ids.set(word, id);
                    this.itemsOf.push([]);
                }
                this.itemsOf[id].push(index);
            }
        });
        this.finder = new WordFinder([...ids.keys()]);
    }

    /** The items whose pattern may match `text`, in order: the others' cannot. */
    candidates(text: string): T[] {
        return this.indices(text).map((index) => this.items[index]);
    }

    /**
     * Rewrites `text` item by item, in order (`rewrite` gives the text after an item's pattern); a rewrite may bring
     * words a later pattern needs, so the gates read the text again after each change.
     */
    rewrite(text: string, rewrite: (item: T, text: string) => string): string {
        let out = text;
        let indices = this.indices(out);
        for (let k = 0; k < indices.length; k++) {
            const index = indices[k];
            const next = rewrite(this.items[index], out);
            if (next === out) continue;
            out = next;
            indices = this.indices(out);
            k = indices.findIndex((later) => later > index) - 1;
            if (k < -1) break;
        }
        return out;
    }

    private indices(text: string): number[] {
        const may = new Uint8Array(this.items.length);
        for (const index of this.ungated) may[index] = 1;
        this.finder.find(text, (id) => {
            for (const index of this.itemsOf[id]) may[index] = 1;
        });
        const indices: number[] = [];
        for (let index = 0; index < may.length; index++) if (may[index] === 1) indices.push(index);
        return indices;
    }
}

/**
 * Which of many words a text contains, in one pass: Aho–Corasick over UTF-16 code units, so a word is found exactly
 * where `text.includes(word)` finds it (a library that matches whole graphemes would miss "e" before a combining
 * accent, where a pattern still matches).
 */
class WordFinder {
    private readonly next: Map<number, number>[] = [new Map()];
    private readonly fail: number[] = [0];
    /** Per state, the words that end there, its fallbacks' words included. */
    private readonly ends: number[][] = [[]];

    constructor(words: readonly string[]) {
        words.forEach((word, id) => {
            let state = 0;
            for (let i = 0; i < word.length; i++) {
                const code = word.charCodeAt(i);
                let to = this.next[state].get(code);
                if (to === undefined) {
                    to = this.next.length;
                    this.next.push(new Map());
                    this.fail.push(0);
                    this.ends.push([]);
                    this.next[state].set(code, to);
                }
                state = to;
            }
            this.ends[state].push(id);
        });
        // Breadth first: a state's fallback is the longest proper suffix of its word that is also a state.
        const queue = [...this.next[0].values()];
        for (let head = 0; head < queue.length; head++) {
            const state = queue[head];
            for (const [code, to] of this.next[state]) {
                let back = this.fail[state];
                while (back !== 0 && !this.next[back].has(code)) back = this.fail[back];
                const fallback = this.next[back].get(code);
                this.fail[to] = fallback !== undefined && fallback !== to ? fallback : 0;
                this.ends[to] = [...this.ends[to], ...this.ends[this.fail[to]]];
                queue.push(to);
            }
        }
    }

    /** Calls `found` with the id of each word in `text` (a word found twice may be told twice). */
    find(text: string, found: (id: number) => void): void {
        let state = 0;
        for (let i = 0; i < text.length; i++) {
            const code = text.charCodeAt(i);
            let to = this.next[state].get(code);
            while (to === undefined && state !== 0) {
                state = this.fail[state];
                to = this.next[state].get(code);
            }
            state = to ?? 0;
            for (const id of this.ends[state]) found(id);
        }
    }
}

/** Words one of which every match contains: for each alternative, its own; undefined when one has none. */
function requiredOfAlternatives(source: string): string[] | undefined {
    const all: string[] = [];
    for (const alternative of splitAlternatives(source)) {
        const required = requiredOfSequence(alternative);
        if (!required) return undefined;
        all.push(...required);
    }
    return all;
}

/** The source split at the `|` outside groups and classes. */
function splitAlternatives(source: string): string[] {
    const alternatives: string[] = [];
    let start = 0;
    for (let i = 0; i < source.length; i = skipAtom(source, i)) {
        if (source[i] === '|') {
            alternatives.push(source.slice(start, i));
            start = i + 1;
        }
    }
    alternatives.push(source.slice(start));
    return alternatives;
}

/** Index past the atom at `i`: an escape, a class, a whole group, or one character. */
function skipAtom(source: string, i: number): number {
    const c = source[i];
    if (c === '\\') return skipEscape(source, i);
    if (c === '[') {
        for (let j = i + 1; j < source.length; j++) {
            if (source[j] === '\\') j++;
            else if (source[j] === ']') return j + 1;
        }
        return source.length;
    }
    if (c === '(') {
        let j = i + 1;
        while (j < source.length && source[j] !== ')') j = skipAtom(source, j);
        return j + 1;
    }
    return i + 1;
}

function skipEscape(source: string, i: number): number {
    const kind = source[i + 1];
    if (kind === 'u') return source[i + 2] === '{' ? source.indexOf('}', i) + 1 : i + 6;
    if (kind === 'x') return i + 4;
    if (kind === 'c') return i + 3;
    if (kind === 'k') return source.indexOf('>', i) + 1;
    if (kind === 'p' || kind === 'P') return source.indexOf('}', i) + 1;
    let j = i + 2;
    if (/[1-9]/.test(kind ?? '')) while (/[0-9]/.test(source[j] ?? '')) j++;
    return j;
}

/** A quantifier at `i`, and whether it lets the atom before it be absent. */
function quantifierAt(source: string, i: number): { end: number; optional: boolean } | undefined {
    const c = source[i];
    let end: number;
    let optional: boolean;
    if (c === '?' || c === '*' || c === '+') {
        end = i + 1;
        optional = c !== '+';
    } else if (c === '{' && /^\{\d+(,\d*)?\}/.test(source.slice(i))) {
        end = source.indexOf('}', i) + 1;
        optional = /^\{0\b/.test(source.slice(i));
    } else return undefined;
    if (source[end] === '?') end++;
    return { end, optional };
}

/** A character that stands for itself outside a class. */
const PLAIN = /^[A-Za-z0-9 '"’:;,!@#%&=<>~`\-_/]$/;
/** An escape that stands for its character, e.g. `\.` or `\-`. */
const ESCAPED_SELF = /^[^A-Za-z0-9]$/;

/**
 * Words one of which every match of a sequence (no top-level `|`) contains: a run of plain characters it cannot
 * skip, or a group it cannot skip all of whose alternatives have such words, or a lookahead that must hold; the
 * longest such choice. Lookbehinds, negative lookaheads, classes, `.` and character escapes are stepped over: they
 * require nothing this can check.
 */
function requiredOfSequence(sequence: string): string[] | undefined {
    const choices: string[][] = [];
    let run = '';
    const endRun = () => {
        if (run) choices.push([run]);
        run = '';
    };
    let i = 0;
    while (i < sequence.length) {
        const c = sequence[i];
        const end = skipAtom(sequence, i);
        const quantifier = quantifierAt(sequence, end);
        const next = quantifier?.end ?? end;
        let literal: string | undefined;
        if (c === '\\' && end === i + 2 && ESCAPED_SELF.test(sequence[i + 1])) literal = sequence[i + 1];
        else if (c !== '\\' && end === i + 1 && PLAIN.test(c)) literal = c;
        if (literal !== undefined) {
            if (quantifier?.optional) endRun();
            else {
                run += literal;
                if (quantifier) endRun();
            }
        } else {
            endRun();
            const lookaround = /^\(\?<?[=!]/.test(sequence.slice(i));
            // A lookahead that must hold ("^(?=.*\bprivacy\b)…") needs its words in the text as much as the match does.
            const lookahead = sequence.startsWith('(?=', i);
            if (c === '(' && (!lookaround || lookahead) && !quantifier?.optional) {
                const skip = lookahead ? 3 : sequence[i + 1] === '?' ? (sequence[i + 2] === ':' ? 3 : sequence.indexOf('>', i) + 1 - i) : 1;
                const required = requiredOfAlternatives(sequence.slice(i + skip, end - 1));
                if (required) choices.push(required);
            }
        }
        i = next;
    }
    endRun();
    const usable = choices.filter((words) => words.every((word) => word.length >= MIN_LITERAL));
    if (usable.length === 0) return undefined;
    const shortest = (words: string[]) => Math.min(...words.map((word) => word.length));
    return usable.reduce((best, words) => (shortest(words) > shortest(best) || (shortest(words) === shortest(best) && words.length < best.length) ? words : best));
}
