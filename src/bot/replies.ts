import type { Attachment, TurnContext } from 'botbuilder';

/**
 * One reply: a plain sentence (what notifications, screen readers and text-only clients show) and, when there is
 * one, a card with the details and buttons.
 */
export async function reply(context: TurnContext, text: string, card?: Attachment): Promise<void> {
    await context.sendActivity({ type: 'message', text, attachments: card ? [card] : undefined });
}
