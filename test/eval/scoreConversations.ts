/**
 * Scores conversation-level items (answer, status, follow-up, decline) through the real Application via the test
 * harness, so what counts is what a technician sees: the reply text and every string on its card.
 */
import { DECLINE_OPENING } from '../../src/bot/decline';
import { inConversation, messageActivity } from '../support/activities';
import type { BotHarness, Reply } from '../support/botHarness';
import { EvalItem, mentionsAll } from './heldoutSet';

export interface ItemResult {
    item: EvalItem;
    passed: boolean;
    /** What the technician saw for the last turn. */
    seen: string;
    /** Characters of it drawn on screen (`shownText`). */
    shownLength: number;
}

/** Card properties a person reads; the rest (types, schema, versions, ids, submit data) never shows. */
const SHOWN = new Set(['text', 'title', 'value', 'altText', 'label', 'placeholder', 'fallbackText']);

/** The reply text and the text a person reads on its card. */
export function seenText(reply: Reply): string {
    const strings: string[] = [reply.text];
    const walk = (value: unknown, key?: string) => {
        if (typeof value === 'string') {
            if (key !== undefined && SHOWN.has(key)) strings.push(value);
        } else if (Array.isArray(value)) value.forEach((v) => walk(v));
        else if (value && typeof value === 'object' && key !== 'data') Object.entries(value).forEach(([k, v]) => walk(v, k));
    };
    walk(reply.card);
    return strings.join('\n');
}

/**
 * What a person reads when the card renders: its text blocks, facts, input labels and button titles. Not its
 * `fallbackText` (shown only by a client that cannot render the card, instead of it) nor the `title` of a
 * `selectAction` (a tap target's accessible name, never drawn), which `seenText` also holds: a fact there still counts
 * for the answer, but a sentence is not read twice.
 */
export function shownText(reply: Reply): string {
    const strings: string[] = [reply.text];
    const walk = (value: unknown, key?: string) => {
        if (typeof value === 'string') {
            if (key !== undefined && SHOWN.has(key) && key !== 'fallbackText' && key !== 'altText') strings.push(value);
        } else if (Array.isArray(value)) value.forEach((v) => walk(v));
        else if (value && typeof value === 'object' && key !== 'data' && key !== 'selectAction') Object.entries(value).forEach(([k, v]) => walk(v, k));
    };
    walk(reply.card);
    return strings.join('\n');
}

const isDecline = (replies: Reply[]) => replies.some((r) => r.text.startsWith(DECLINE_OPENING));

function judge(item: EvalItem, replies: Reply[], seen: string): boolean {
    switch (item.kind) {
        case 'answer':
        case 'followup':
            return !isDecline(replies) && mentionsAll(seen, item.mustMention);
        case 'status':
            return !isDecline(replies) && seen.toLowerCase().includes(item.serial.toLowerCase());
        case 'decline':
            // Exactly one reply: a decline followed by a "Did you mean" card would contradict itself.
            return replies.length === 1 && isDecline(replies);
    }
}

/** Each item in a conversation of its own, so nothing carries over from the one before. */
export async function scoreItems(bot: BotHarness, items: readonly EvalItem[]): Promise<ItemResult[]> {
    const results: ItemResult[] = [];
    for (const [index, item] of items.entries()) {
        const conversation = inConversation(`eval-${index}-${item.id}`);
        const turns = item.kind === 'followup' ? item.turns : [item.text];
        let replies: Reply[] = [];
        for (const turn of turns) replies = await bot.send(messageActivity(turn, conversation));
        const seen = replies.map(seenText).join('\n');
        results.push({ item, passed: judge(item, replies, seen), seen, shownLength: replies.map(shownText).join('\n').length });
    }
    return results;
}

export function median(values: readonly number[]): number {
    if (values.length === 0) return 0;
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
