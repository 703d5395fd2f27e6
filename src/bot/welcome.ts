import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { conversationWording, ConversationType } from '../cards/conversation';
import { helpCard, helpCardData } from '../cards/helpCard';
import { Verb } from '../cards/verbs';
import { welcomeCard } from '../cards/welcomeCard';
import { tutorialStepCount } from '../knowledge';
import type { AppState } from '../memory/conversationMemory';
import type { BotDeps } from './deps';
import { reply } from './replies';

const WELCOME_TEXT = `Hi! I help with Windows Autopilot pre-provisioning: the ${tutorialStepCount} setup steps, the technician flow, error codes and live device status.`;

function wording(context: TurnContext) {
    return conversationWording((context.activity.conversation?.conversationType ?? 'personal') as ConversationType);
}

export async function sendHelp(context: TurnContext, deps: Pick<BotDeps, 'exampleSerials'>): Promise<void> {
    await reply(context, 'Here is what I can do. Ask in your own words, or tap a button.', helpCard(helpCardData(wording(context), deps.exampleSerials)));
}

/** The welcome when the bot is added to a chat, team or meeting, and the help card. */
export function registerWelcome(app: Application<AppState>, deps: BotDeps): void {
    app.conversationUpdate('membersAdded', async (context) => {
        const botWasAdded = (context.activity.membersAdded ?? []).some((member) => member.id === context.activity.recipient?.id);
        if (botWasAdded) await reply(context, WELCOME_TEXT, welcomeCard(wording(context)));
    });

    app.adaptiveCards.actionSubmit(Verb.help, async (context) => sendHelp(context, deps));
}
