/**
 * Temporary harness: what the bot's intent layer does with a question, reduced to the entry id it would show.
 * Order: a step number wins, then an error code, then free-text search (top hit only when confident).
 */
import { errorEntryForCode } from '../../src/knowledge';
import { findErrorCodes } from '../../src/knowledge/errorCodes';
import { defaultKnowledgeSearch } from '../../src/knowledge/search';

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];

const STEP_NUMBER = /\bstep\s*(?:#|no\.?\s*|number\s*)?([1-9])\b/i;
const STEP_WORD = new RegExp(`\\bstep\\s+(${NUMBER_WORDS.join('|')})\\b`, 'i');
const ORDINAL_STEP = new RegExp(`\\b([1-9])(?:st|nd|rd|th)\\s+step\\b|\\b(${ORDINAL_WORDS.join('|')})\\s+step\\b`, 'i');

export function stepNumber(text: string): number | undefined {
    const digit = STEP_NUMBER.exec(text);
    if (digit) {
        return Number(digit[1]);
    }
    const word = STEP_WORD.exec(text);
    if (word) {
        return NUMBER_WORDS.indexOf(word[1].toLowerCase()) + 1;
    }
    const ordinal = ORDINAL_STEP.exec(text);
    if (ordinal) {
        return ordinal[1] ? Number(ordinal[1]) : ORDINAL_WORDS.indexOf(ordinal[2].toLowerCase()) + 1;
    }
    return undefined;
}

export function resolveWithKnowledge(text: string): string {
    const step = stepNumber(text);
    if (step !== undefined) {
        return `step-${step}`;
    }
    for (const code of findErrorCodes(text)) {
        const entry = errorEntryForCode(code);
        if (entry) {
            return entry.id;
        }
    }
    const [top] = defaultKnowledgeSearch.search(text, 1);
    return top?.confident ? top.entry.id : 'none';
}
