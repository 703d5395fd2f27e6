/**
 * Typing slips, made on purpose: one word of each question gets one slip of a key (a letter dropped, added, changed for
 * a neighbour on the keyboard, or two letters swapped), as technicians type on phones. `npm run eval` asks the held-out
 * questions again with a slip each and counts how many keep their answer or their decline: a slip must change neither.
 * Seeded, so each run makes the same slips.
 */
import type { EvalItem } from './heldoutSet';

const NEIGHBOURS: Record<string, string> = {
    q: 'wa', w: 'qes', e: 'wrd', r: 'etf', t: 'ryg', y: 'tuh', u: 'yij', i: 'uok', o: 'ipl', p: 'ol', a: 'qsz', s: 'adw', d: 'sfe',
    f: 'dgr', g: 'fht', h: 'gjy', j: 'hku', k: 'jli', l: 'ko', z: 'xa', x: 'zc', c: 'xv', v: 'cb', b: 'vn', n: 'bm', m: 'n'
};

/** A small linear congruential generator: the same slips on every run and machine. */
export function seeded(seed: number): () => number {
    let state = seed;
    return () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

function slip(word: string, random: () => number): string {
    // Never the first letter: a slip there is rarer, and it changes the word as a person reads it.
    const i = 1 + Math.floor(random() * (word.length - 2));
    switch (Math.floor(random() * 4)) {
        case 0:
            return word.slice(0, i) + word.slice(i + 1);
        case 1:
            return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
        case 2:
            return word.slice(0, i) + word[i] + word.slice(i);
        default: {
            const near = NEIGHBOURS[word[i].toLowerCase()] ?? word[i];
            return word.slice(0, i) + near[Math.floor(random() * near.length)] + word.slice(i + 1);
        }
    }
}

/** The question with one slip in one of its words of five or more letters (not an acronym); undefined when it has none. */
export function withOneSlip(text: string, random: () => number): string | undefined {
    const words = [...text.matchAll(/\b[a-zA-Z]{5,}\b/g)].filter((match) => match[0] !== match[0].toUpperCase());
    if (words.length === 0) return undefined;
    const chosen = words[Math.floor(random() * words.length)];
    return text.slice(0, chosen.index) + slip(chosen[0], random) + text.slice(chosen.index! + chosen[0].length);
}

/** Each single-question item (an answer or a decline) asked again with one slip; items without a word to slip are left out. */
export function itemsWithSlips(items: readonly EvalItem[], random: () => number): EvalItem[] {
    return items.flatMap((item) => {
        if (item.kind !== 'answer' && item.kind !== 'decline') return [];
        const text = withOneSlip(item.text, random);
        return text === undefined ? [] : [{ ...item, id: `${item.id}-slip`, text }];
    });
}
