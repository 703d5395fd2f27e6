import { ActivityTypes, type Activity, type Attachment, type TurnContext } from 'botbuilder';
import type { AdaptiveCard, Application } from '@microsoft/teams-ai';
import { longTextCard, longTextCardData, longTextSummary, MAX_PLAIN_TEXT } from '../cards/longTextCard';
import type { AppState } from '../memory/conversationMemory';

/**
 * The one way the bot answers, so every handler gets the same rules:
 * - one message per answer: a card carries the answer itself, so the message has no `text` repeating it; the
 *   sentence goes to `summary` (notification preview) and the card's `fallbackText` (screen readers, text clients);
 * - a short answer without a card is plain text; a long one (over MAX_PLAIN_TEXT) goes on a card, still one message;
 * - a note for the turn (e.g. "I read the first 500 characters") rides in that same message, never in a second one;
 * - `typing` only before work that takes noticeable time (Graph, the AI model), at most once per turn.
 */

/** What a card action answers: a new card in place of the old one, or a sentence when there is no card to show. */
/** For a card button whose action the bot no longer knows (an old card, a malformed click). */
export const CARD_ACTION_GONE = 'That action is not available any more. Ask me again in your own words.';

export type CardUpdate = { summary: string; card: Attachment } | string;

const NOTE_KEY = Symbol('replyNote');
const TYPING_KEY = Symbol('typingSent');

/** A message: with a card, the card is the answer and `summary` its sentence; without, `summary` repeats the text. */
export function answerActivity(summary: string, card?: Attachment, note?: string): Partial<Activity> {
    if (!card) {
        const text = note ? `${note}\n\n${summary}` : summary;
        // Too long for a bubble (an AI answer, say): still one message, the text on a card with "Show more".
        if (text.length > MAX_PLAIN_TEXT) return answerActivity(longTextSummary(text), longTextCard(longTextCardData(text)));
        return { type: ActivityTypes.Message, text, summary: text };
    }
    return {
        type: ActivityTypes.Message,
        text: note,
        summary,
        attachments: [withFallbackText(card, summary)]
    };
}

/** Expanded cards are shared (see CardTemplate), so the fallback text goes on a copy. */
function withFallbackText(card: Attachment, summary: string): Attachment {
    const content = card.content as Record<string, unknown> | undefined;
    if (card.contentType !== 'application/vnd.microsoft.card.adaptive' || !content || content.fallbackText) return card;
    return { ...card, content: { ...content, fallbackText: summary } };
}

/** One reply: `summary` is the sentence a notification or screen reader gives; the card, when there is one, the answer. */
export async function reply(context: TurnContext, summary: string, card?: Attachment): Promise<void> {
    const note = context.turnState.get(NOTE_KEY) as string | undefined;
    context.turnState.delete(NOTE_KEY);
    await context.sendActivity(answerActivity(summary, card, note));
}

/** A card update sent as a new message (typed questions get a new card; buttons update theirs). */
export async function replyWith(context: TurnContext, update: CardUpdate): Promise<void> {
    if (typeof update === 'string') return reply(context, update);
    await reply(context, update.summary, update.card);
}

/** Something the turn's reply must also say (it is added to that reply, not sent on its own). */
export function noteForReply(context: TurnContext, note: string): void {
    context.turnState.set(NOTE_KEY, note);
}

/** Shows "typing…" before slow work; Action.Execute invokes get no typing (their answer is the invoke response). */
export async function showWorking(context: TurnContext): Promise<void> {
    if (context.activity.type !== ActivityTypes.Message || context.turnState.get(TYPING_KEY)) return;
    context.turnState.set(TYPING_KEY, true);
    await context.sendActivity({ type: ActivityTypes.Typing });
}

/**
 * A card button whose answer replaces the card it sits on (Refresh, Save, Reset, the walkthrough): Action.Execute
 * gets the new card as the invoke response (Universal Actions); the Action.Submit fallback of older clients updates
 * the message the card came in (`replyToId`), or sends a new one when that cannot be done.
 */
export function onCardAction<TData extends Record<string, unknown>>(
    app: Application<AppState>,
    verb: string,
    answer: (context: TurnContext, state: AppState, data: TData) => Promise<CardUpdate>
): void {
    app.adaptiveCards.actionExecute<TData>(verb, async (context, state, data) => {
        const update = await answer(context, state, data);
        return typeof update === 'string' ? update : (withFallbackText(update.card, update.summary).content as AdaptiveCard);
    });
    app.adaptiveCards.actionSubmit<TData>(verb, async (context, state, data) => {
        const update = await answer(context, state, data);
        if (typeof update === 'string') return reply(context, update);
        await replaceCard(context, update.summary, update.card);
    });
}

async function replaceCard(context: TurnContext, summary: string, card: Attachment): Promise<void> {
    const cardMessage = context.activity.replyToId;
    if (cardMessage) {
        try {
            await context.updateActivity({ ...answerActivity(summary, card), id: cardMessage });
            return;
        } catch {
            // The channel would not update it (too old, or not ours): a new message is the next best thing.
        }
    }
    await reply(context, summary, card);
}
