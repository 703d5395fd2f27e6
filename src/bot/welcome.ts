import { ActivityTypes, TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { conversationWording, ConversationType } from '../cards/conversation';
import { welcomeCard } from '../cards/welcomeCard';
import { helpCard } from '../cards/helpCard';
import { Verb } from '../cards/verbs';
import { tutorialStepCount } from '../knowledge';
import { conversationKey } from '../store/conversationReferences';
import type { BotDeps } from './deps';
import { reply } from './replies';
import type { AppState } from './state';

const WELCOME_TEXT = `Hi! I help with Windows Autopilot pre-provisioning: the ${tutorialStepCount} setup steps, the technician flow, error codes and live device status.`;

function wording(context: TurnContext) {
    return conversationWording((context.activity.conversation?.conversationType ?? 'personal') as ConversationType);
}

export async function sendHelp(context: TurnContext): Promise<void> {
    await reply(context, 'Here is what I can do. Ask in your own words, or tap a button.', helpCard(wording(context)));
}

/** Install and uninstall; remembers where each conversation is so alerts can reach it later. */
export function registerWelcome(app: Application<AppState>, deps: BotDeps): void {
    // serviceUrl can change between turns, so the reference is refreshed on every one.
    app.turn('beforeTurn', async (context) => {
        const isRemoval = context.activity.type === ActivityTypes.InstallationUpdate && /^remove/.test(String(context.activity.action));
        if (!isRemoval) deps.references.save(TurnContext.getConversationReference(context.activity));
        return true;
    });

    app.conversationUpdate('membersAdded', async (context) => {
        const botWasAdded = (context.activity.membersAdded ?? []).some((member) => member.id === context.activity.recipient?.id);
        if (botWasAdded) await reply(context, WELCOME_TEXT, welcomeCard(wording(context)));
    });

    app.activity(ActivityTypes.InstallationUpdate, async (context) => {
        if (/^remove/.test(String(context.activity.action))) {
            deps.references.remove(conversationKey(TurnContext.getConversationReference(context.activity)));
        }
    });

    app.adaptiveCards.actionSubmit(Verb.help, async (context) => sendHelp(context));
}
