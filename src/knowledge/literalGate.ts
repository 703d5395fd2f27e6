/**
 * A cheap test that a pattern cannot match: words every match of it must contain, read off the pattern once.
 * Understanding runs a few hundred patterns over every message and most of them match nothing; in a server, between
 * other work, each runs cold (its compiled code out of the CPU's caches), so skipping those whose required words the
 * message lacks (a substring search, no regex) is what keeps a turn cheap. Exact by construction: a gate says "may
 * match" unless it is sure, and a pattern it cannot read keeps no gate. Pure.
 */

/** False only when the pattern cannot match `text`; for an `i` pattern, `text` must already be lower case. */
export type LiteralGate = (text: string) => boolean;

const ALWAYS: LiteralGate = () => true;
/** Required words shorter than this are in almost any message: no gain in checking them. */
const MIN_LITERAL = 3;

/**
 * The gate of a pattern: one of a few words must be in the message. `u` patterns keep no gate (their case folding is
 * wider than `toLowerCase`).
 */
export function literalGate(pattern: RegExp): LiteralGate {
    if (pattern.flags.includes('u')) return ALWAYS;
    const required = requiredOfAlternatives(pattern.source);
    if (!required) return ALWAYS;
    const words = [...new Set(pattern.flags.includes('i') ? required.map((word) => word.toLowerCase()) : required)];
    return (text) => words.some((word) => text.includes(word));
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
 * skip, or a group it cannot skip all of whose alternatives have such words; the longest such choice. Lookarounds,
 * classes, `.` and character escapes are stepped over: they require nothing this can check.
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
            if (c === '(' && !lookaround && !quantifier?.optional) {
                const inner = sequence.slice(i + (sequence[i + 1] === '?' ? (sequence[i + 2] === ':' ? 3 : sequence.indexOf('>', i) + 1 - i) : 1), end - 1);
                const required = requiredOfAlternatives(inner);
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
