/**
 * One slipped key set right before anything reads the message: "preapration", "acess", "stcuk", "wrte" become
 * "preparation", "access", "stuck", "write". Every later reading (scope, facets, phrases, search) matches words, so a
 * slip in the one word that decides ("device preapration", "conditional acess") used to change the answer or the
 * decline; search alone tolerated it.
 *
 * A word is corrected only when it is unknown (neither one of ours nor an English word), written in lower case (names,
 * acronyms and identifiers are not slips), not glued to digits, and one slip away from one of our words: a letter
 * dropped, added or changed, or two letters swapped. Of several such words the one our knowledge uses most is taken.
 * Four letters leave too little to judge a changed or an extra letter ("dana", "xbox"), so there only a dropped letter
 * or a swap counts ("wrte", "waht"). Where a likely slip (a dropped letter, a swap, a key beside the right one) reaches
 * one of our words, a far key pressed instead is not considered.
 */

const WORD = /[A-Za-z]+/g;
/** Shorter words are too easily another word ("teh" aside, three letters are mostly acronyms and shorthand). */
const MIN_LENGTH = 4;
/**
 * Longer "words" are pastes (a hash, a token, a line without spaces): no word of ours is this long, and looking for one
 * slip in them would cost as many lookups as letters, each a copy of the whole.
 */
const MAX_LENGTH = 40;
/** How many words' readings are kept (see `remembered`). */
const WORDS_REMEMBERED = 20_000;
/** Below this length only a dropped letter or two swapped letters count as a slip. */
const FULL_SLIPS_FROM = 5;

/**
 * Contractions typed without their apostrophe ("dont", "thats"), the halves an apostrophe leaves ("didn" of "didn't"),
 * and a few everyday words the English list lacks.
 */
const CONTRACTIONS = new Set(
    (
        'dont didnt doesnt isnt arent wasnt werent havent hasnt hadnt wont cant couldnt shouldnt wouldnt mustnt neednt ' +
        'thats whats theres heres wheres whos hows ive youre theyre weve youve theyve youll theyll itll lets ' +
        'didn doesn isn aren wasn weren haven hasn hadn couldn shouldn wouldn mustn needn ' +
        // Everyday words the English list lacks, each one slip from one of ours ("new joinee" is no "new joined").
        'joinee joinees async'
    ).split(' ')
);

function deletions(word: string): string[] {
    return Array.from(word, (_, i) => word.slice(0, i) + word.slice(i + 1));
}

/** Where two words first differ. */
function firstDifference(a: string, b: string): number {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return i;
}

function isSwap(typed: string, word: string): boolean {
    if (typed.length !== word.length) return false;
    const i = firstDifference(typed, word);
    return i < typed.length - 1 && typed[i] === word[i + 1] && typed[i + 1] === word[i] && typed.slice(i + 2) === word.slice(i + 2);
}

/** `word` with one letter dropped, added or changed, or two neighbours swapped, is `typed`. */
function isOneSlip(typed: string, word: string): boolean {
    if (typed === word) return false;
    const i = firstDifference(typed, word);
    if (typed.length === word.length) return typed.slice(i + 1) === word.slice(i + 1) || isSwap(typed, word);
    if (typed.length === word.length - 1) return typed.slice(i) === word.slice(i + 1);
    if (typed.length === word.length + 1) return typed.slice(i + 1) === word.slice(i);
    return false;
}

/** The keys beside each letter on a QWERTY keyboard: a finger lands there. */
const QWERTY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function keysBeside(letter: string): string {
    const row = QWERTY_ROWS.findIndex((keys) => keys.includes(letter));
    if (row < 0) return '';
    const at = QWERTY_ROWS[row].indexOf(letter);
    return [row - 1, row, row + 1]
        .flatMap((r) => [...(QWERTY_ROWS[r] ?? '').slice(Math.max(0, at - 1), at + 2)])
        .join('');
}

/**
 * Whether a slip is a likely one: a letter dropped, two swapped, a key beside the right one pressed instead or as well.
 * A far key in place of the right one is the least likely: "resel" is "reseal" with a letter dropped, not "reset" with
 * l typed for t.
 */
function likelySlip(typed: string, word: string): boolean {
    if (typed.length < word.length || isSwap(typed, word)) return true;
    const i = firstDifference(typed, word);
    if (typed.length === word.length) return keysBeside(word[i]).includes(typed[i]);
    // A letter added: beside its neighbour's key, or the same letter twice.
    const added = typed[i];
    return [word[i - 1], word[i]].some((next) => next !== undefined && (next === added || keysBeside(next).includes(added)));
}

/** The word without a plural's "s" ("lenovos" → "lenovo"); none for "ss" endings or a double plural ("acess"). */
function singularOf(word: string): string | undefined {
    return /[^s]s$/.test(word) ? word.slice(0, -1) : undefined;
}

/** Whether a slip of this kind is believed in a word typed this long (see FULL_SLIPS_FROM). */
function slipBelievable(typed: string, word: string): boolean {
    return typed.length >= FULL_SLIPS_FROM || word.length === typed.length + 1 || isSwap(typed, word);
}

export class SpellingCorrector {
    /** Each of our words under itself and under every form with one letter dropped: a slip meets its word there. */
    private readonly byDeletion = new Map<string, string[]>();
    private readonly ours: ReadonlyMap<string, number>;
    private readonly cased: ReadonlyMap<string, string>;
    private readonly pairs: ReadonlySet<string>;

    /**
     * `words`: our words, how often our knowledge uses each and how it writes names; `english`: English words, needed
     * only where they are one slip from one of ours (see `englishWordsToKeep`), so "bread" is never read as "read".
     */
    constructor(
        words: OurWords,
        private readonly english: ReadonlySet<string>
    ) {
        this.ours = words.counts;
        this.cased = words.cased;
        this.pairs = words.pairs;
        for (const word of this.ours.keys()) {
            for (const key of [word, ...deletions(word)]) {
                const words = this.byDeletion.get(key);
                if (words) words.push(word);
                else this.byDeletion.set(key, [word]);
            }
        }
    }

    /**
     * The message with each slipped word set right; everything else as it was typed. Where a slip could be either of two
     * of our words ("sccess" is "success" or "access"), the one our knowledge writes beside the next or the previous word
     * ("success screen") is taken.
     */
    correct(text: string): string {
        const words = [...text.matchAll(WORD)];
        let out = '';
        let last = 0;
        words.forEach((match, i) => {
            const word = match[0];
            const at = match.index ?? 0;
            // Letters glued to digits or underscores are part of a serial, a code or an identifier.
            const glued = /[\d_]/.test(text[at - 1] ?? '') || /[\d_]/.test(text[at + word.length] ?? '');
            const startsSentence = at === 0 || /[.!?]\s+$/.test(text.slice(Math.max(0, at - 3), at));
            const readings = glued ? undefined : this.remembered(word, startsSentence);
            const reading = readings && readings.length > 1 ? this.inContext(readings, words[i - 1]?.[0], words[i + 1]?.[0]) : readings?.[0];
            out += text.slice(last, at) + (reading ?? word);
            last = at + word.length;
        });
        return out + text.slice(last);
    }

    /** Of several readings, the first our knowledge writes beside a neighbour of the word; else the most used. */
    private inContext(readings: readonly string[], before: string | undefined, after: string | undefined): string {
        const prev = before?.toLowerCase();
        const next = after?.toLowerCase();
        return readings.find((reading) => (next !== undefined && this.pairs.has(`${reading.toLowerCase()} ${next}`)) || (prev !== undefined && this.pairs.has(`${prev} ${reading.toLowerCase()}`))) ?? readings[0];
    }

    /**
     * Each word's reading, kept: a message is mostly words read many times before, and looking one up again costs less
     * than walking the lists. Bounded: forgotten all at once when full (words are few; typos are countless).
     */
    private readonly seen = new Map<string, readonly string[] | null>();

    private remembered(word: string, startsSentence: boolean): readonly string[] | undefined {
        const key = startsSentence ? `^${word}` : word;
        let readings = this.seen.get(key);
        if (readings === undefined) {
            if (this.seen.size >= WORDS_REMEMBERED) this.seen.clear();
            readings = this.readings(word, startsSentence) ?? null;
            this.seen.set(key, readings);
        }
        return readings ?? undefined;
    }

    /**
     * The words this one may be a slip of, the likeliest first (see `correct` for the choice among them), if it is one.
     * In lower case any word of ours; with a capital only a name we write so ("Mictosoft", "IsAutopiloyDisabled": names
     * and acronyms of others are not slips), or any word at the start of a sentence ("Rset it").
     */
    private readings(word: string, startsSentence: boolean): readonly string[] | undefined {
        const lower = word.toLowerCase();
        if (lower.length < MIN_LENGTH || lower.length > MAX_LENGTH || this.isKnown(lower) || this.isTwoOfOurs(lower)) return undefined;
        const near = this.candidates(lower);
        if (near.length === 0) return undefined;
        if (word === lower) return near;
        if (word === word.toUpperCase()) return undefined;
        const titled = word[0] + lower.slice(1) === word;
        const name = this.cased.get(near[0]);
        if (name !== undefined && (titled ? name[0] + name.slice(1).toLowerCase() === name : name !== name[0] + name.slice(1).toLowerCase())) return [name];
        return titled && startsSentence ? near.map((reading) => reading[0].toUpperCase() + reading.slice(1)) : undefined;
    }

    /** Our word one believable slip from `typed` that our knowledge uses most; ties keep our first. */
    nearest(typed: string): string | undefined {
        return this.candidates(typed)[0];
    }

    /** Our words one believable slip from `typed` (the likely slips only, where there are any), the most used first (ties keep our first). */
    private candidates(typed: string): string[] {
        const found: string[] = [];
        for (const key of [typed, ...deletions(typed)]) {
            for (const word of this.byDeletion.get(key) ?? []) {
                if (!found.includes(word) && isOneSlip(typed, word) && slipBelievable(typed, word)) found.push(word);
            }
        }
        const likely = found.filter((word) => likelySlip(typed, word));
        return (likely.length > 0 ? likely : found)
            .map((word, i) => ({ word, i, uses: this.ours.get(word) ?? 0 }))
            .sort((a, b) => b.uses - a.uses || a.i - b.i)
            .map((c) => c.word);
    }

    private isKnown(word: string): boolean {
        if (this.ours.has(word) || this.english.has(word) || CONTRACTIONS.has(word)) return true;
        // Plurals of names the lists hold only in the singular ("iphones", "lenovos", "skus"); "acess" is no plural of "aces".
        const singular = singularOf(word);
        return singular !== undefined && (this.ours.has(singular) || this.english.has(singular));
    }

    /** Two of our words written as one ("grouptags", "preprovision"): not a slip. Only the second may be a plural. */
    private isTwoOfOurs(word: string): boolean {
        for (let i = 3; i <= word.length - 3; i++) {
            const [first, second] = [word.slice(0, i), word.slice(i)];
            if (this.ours.has(first) && (this.ours.has(second) || this.ours.has(singularOf(second) ?? ''))) return true;
        }
        return false;
    }
}

/** Our words: each in lower case with how often our knowledge writes it, and how it is written when not in lower case. */
export interface OurWords {
    counts: Map<string, number>;
    /** Names and identifiers as our knowledge writes them ("microsoft" → "Microsoft", "isautopilotdisabled" → "IsAutopilotDisabled"). */
    cased: Map<string, string>;
    /** Two words our knowledge writes one after the other ("success screen"), in lower case: a slip's context. */
    pairs: Set<string>;
}

/** Every word of three or more letters in these values (strings, and the wording of patterns). */
export function wordsIn(values: unknown): OurWords {
    const words: OurWords = { counts: new Map(), cased: new Map(), pairs: new Set() };
    const seen = new Set<unknown>();
    const walk = (value: unknown, pattern = false): void => {
        if (typeof value === 'string') {
            if (!pattern) {
                const inOrder = value.toLowerCase().split(/[^a-z]+/).filter(Boolean);
                for (let i = 1; i < inOrder.length; i++) words.pairs.add(`${inOrder[i - 1]} ${inOrder[i]}`);
            }
            for (const match of value.matchAll(/[A-Za-z]{3,}/g)) {
                const word = match[0];
                const lower = word.toLowerCase();
                words.counts.set(lower, (words.counts.get(lower) ?? 0) + 1);
                // A capital that starts a sentence says nothing; inside one it is a name ("in Microsoft Entra", "set IsAutopilotDisabled").
                const startsSentence = /(?:^|[.!?:]\s*)$/.test(value.slice(0, match.index));
                if (!pattern && word !== lower && !(startsSentence && word.slice(1) === lower.slice(1)) && !words.cased.has(lower)) words.cased.set(lower, word);
            }
        } else if (value instanceof RegExp) {
            // A pattern's words, without its escapes ("\bstuck\s+on" reads "stuck on").
            walk(value.source.replace(/\\[a-zA-Z]/g, ' '), true);
        } else if (value && typeof value === 'object' && !seen.has(value)) {
            seen.add(value);
            for (const item of Array.isArray(value) ? value : Object.values(value)) walk(item);
        }
    };
    walk(values);
    return words;
}

/**
 * Of an English word list, the words that matter to the corrector: those one believable slip from one of ours (or
 * whose plural is), which it would otherwise read as slips. Any other English word is never corrected anyway, so the
 * bot ships these few thousand instead of the whole list (see scripts/spelling-words.ts).
 */
export function englishWordsToKeep(ours: OurWords, english: Iterable<string>): string[] {
    const corrector = new SpellingCorrector(ours, new Set());
    const kept: string[] = [];
    for (const word of english) {
        if (ours.counts.has(word) || !/^[a-z]+$/.test(word) || word.length < MIN_LENGTH - 1) continue;
        const slipOfOurs = (word.length >= MIN_LENGTH && corrector.nearest(word) !== undefined) || corrector.nearest(`${word}s`) !== undefined;
        if (slipOfOurs) kept.push(word);
    }
    return kept;
}
