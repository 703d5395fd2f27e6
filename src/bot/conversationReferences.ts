import { ActivityTypes, TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import type { AppState } from '../memory/conversationMemory';
import { conversationKey } from '../store/conversationReferences';
import type { BotDeps } from './deps';

/** The app was uninstalled here, or the bot itself was removed from the team or chat. */
const isRemoval = (context: TurnContext) =>
    (context.activity.type === ActivityTypes.InstallationUpdate && /^remove/.test(String(context.activity.action))) ||
    (context.activity.type === ActivityTypes.ConversationUpdate &&
        (context.activity.membersRemoved ?? []).some((member) => member.id === context.activity.recipient?.id));

/**
 * Keeps where each conversation is, so proactive messages (monitor alerts, escalation updates) can reach it later;
 * forgets it when the bot is uninstalled from there.
 */
export function registerConversationReferences(app: Application<AppState>, deps: BotDeps): void {
    // serviceUrl can change between turns, so the reference is refreshed on every one (the store skips unchanged ones).
    app.turn('beforeTurn', async (context) => {
        if (!isRemoval(context)) deps.references.save(TurnContext.getConversationReference(context.activity));
        return true;
    });

    app.activity(ActivityTypes.InstallationUpdate, async (context) => {
        if (isRemoval(context)) forget(context, deps);
    });
    app.conversationUpdate('membersRemoved', async (context) => {
        if (isRemoval(context)) forget(context, deps);
    });
}

/** Nothing can reach the conversation any more: its reference and what depends on it (watches) go. */
function forget(context: TurnContext, deps: BotDeps): void {
    const key = conversationKey(TurnContext.getConversationReference(context.activity));
    deps.references.remove(key);
    deps.watches.conversationGone(key);
}
