import { TurnContext } from 'botbuilder';
import type { Asker, WatchPlace } from '../monitor/watchService';
import { conversationKey } from '../store/conversationReferences';
import { timeZoneOf } from './timeZone';

/** The tenant of the turn: Teams puts it on the conversation, and always in channelData. */
export function tenantOf(context: TurnContext): string {
    const activity = context.activity;
    return activity.conversation?.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id ?? '';
}

/** Where alerts for a watch asked in this turn go: this conversation (in a channel, this thread). */
export function watchPlace(context: TurnContext): WatchPlace {
    return { tenantId: tenantOf(context), conversationKey: conversationKey(TurnContext.getConversationReference(context.activity)) };
}

export function askerOf(context: TurnContext): Asker {
    const from = context.activity.from ?? { id: '' };
    return { id: from.id ?? '', aadObjectId: from.aadObjectId, name: from.name || undefined, timeZone: timeZoneOf(context.activity) };
}
