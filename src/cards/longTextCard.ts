import type { Attachment } from 'botbuilder';
import template from '../../cards/longText.json';
import { CardTemplate } from './template';

/**
 * A plain answer too long for one chat bubble, as one card: its start shown, the rest behind "Show more". Teams takes
 * a message up to about 28 KB, cards and markup included; a reply must never be split into two messages or refused.
 */
export interface LongTextCardData {
    lead: string;
    more: string | null;
}

/** Longest text sent as a plain message; longer text goes on a card (one message still). */
export const MAX_PLAIN_TEXT = 4000;
/** About a phone screen: what shows before "Show more". */
const LEAD_CHARS = 800;
/** All the text one card carries, well inside Teams' message size with the card's JSON and multi-byte characters. */
const MAX_CARD_TEXT = 12_000;
const CUT_NOTE = '… (The rest was cut: ask about one part of it for more.)';

export function longTextCardData(text: string): LongTextCardData {
    const whole = text.length > MAX_CARD_TEXT ? `${text.slice(0, cutPoint(text, MAX_CARD_TEXT - CUT_NOTE.length)).trimEnd()}${CUT_NOTE}` : text;
    const split = cutPoint(whole, LEAD_CHARS);
    const more = whole.slice(split).trim();
    return { lead: whole.slice(0, split).trim(), more: more || null };
}

/** Where to cut `text` at most `max` characters in: a paragraph break, else a sentence end, else a space. */
function cutPoint(text: string, max: number): number {
    if (text.length <= max) return text.length;
    const head = text.slice(0, max);
    for (const boundary of [/\n\s*\n/g, /[.!?](?=\s)/g, /\s/g]) {
        const ends = [...head.matchAll(boundary)].map((m) => m.index! + m[0].length);
        const last = ends.filter((end) => end >= max / 2).pop();
        if (last !== undefined) return last;
    }
    return max;
}

/** The first sentence (or the start) of a long text: its notification and screen-reader summary. */
export function longTextSummary(text: string): string {
    return text.slice(0, cutPoint(text, 200)).trim();
}

const longTextTemplate = new CardTemplate<LongTextCardData>('longText', template);

export function longTextCard(data: LongTextCardData): Attachment {
    return longTextTemplate.attachment(data);
}
