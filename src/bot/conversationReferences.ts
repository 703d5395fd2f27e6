import { ActivityTypes, TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import type { AppState } from '../memory/conversationMemory';
import { conversationKey } from '../store/conversationReferences';
import type { BotDeps } from './deps';

const isRemoval = (context: TurnContext) =>
    context.activity.type === ActivityTypes.InstallationUpdate && /^remove/.test(String(context.activity.action));

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
        if (isRemoval(context)) deps.references.remove(conversationKey(TurnContext.getConversationReference(context.activity)));
    });
}
