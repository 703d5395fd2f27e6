import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { flowCard, flowCardData } from '../cards/flowCard';
import { Verb } from '../cards/verbs';
import { flowScreenIndex, technicianFlow } from '../knowledge';
import { CardUpdate, onCardAction, reply, replyWith } from './replies';
import { recall, rememberFlowScreen, type AppState } from '../memory/conversationMemory';

/** The technician-flow walkthrough, one screen at a time. */
function flowScreen(state: AppState, index: unknown): CardUpdate {
    const at = flowScreenIndex(index);
    rememberFlowScreen(state, at);
    const screen = technicianFlow[at];
    return { summary: `Technician flow, screen ${at + 1} of ${technicianFlow.length}: ${screen.title}`, card: flowCard(flowCardData([...technicianFlow], at)) };
}

export async function showFlowScreen(context: TurnContext, state: AppState, index: number): Promise<void> {
    await replyWith(context, flowScreen(state, index));
}

export async function moveFlow(context: TurnContext, state: AppState, delta: 1 | -1): Promise<void> {
    const target = (recall(state).flowIndex ?? 0) + delta;
    if (target < 0 || target >= technicianFlow.length) {
        await reply(context, target < 0 ? 'This is the first screen of the technician flow.' : 'That was the last screen: after Reseal the device is shipped and the user runs Step 9.');
        return;
    }
    return showFlowScreen(context, state, target);
}

export function registerFlow(app: Application<AppState>): void {
    // Previous / Next replace the walkthrough card; buttons on other cards open it as a new message.
    onCardAction<{ index?: unknown }>(app, Verb.flowStep, async (_context, state, data) => flowScreen(state, data.index));
    app.adaptiveCards.actionSubmit(Verb.flowStart, async (context, state) => showFlowScreen(context, state, 0));
}
