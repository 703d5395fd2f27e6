import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { flowCard, flowCardData } from '../cards/flowCard';
import { Verb } from '../cards/verbs';
import { flowScreenIndex, technicianFlow } from '../knowledge';
import { reply } from './replies';
import { recall, rememberFlowScreen, type AppState } from '../memory/conversationMemory';

/** The technician-flow walkthrough, one screen at a time. */
export async function showFlowScreen(context: TurnContext, state: AppState, index: number): Promise<void> {
    const at = flowScreenIndex(index);
    rememberFlowScreen(state, at);
    const screen = technicianFlow[at];
    await reply(context, `Technician flow, screen ${at + 1} of ${technicianFlow.length}: ${screen.title}`, flowCard(flowCardData([...technicianFlow], at)));
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
    // Action.Execute: Teams replaces the card in place with the returned one.
    app.adaptiveCards.actionExecute<{ index?: unknown }>(Verb.flowStep, async (_context, state, data) => {
        const at = flowScreenIndex(data.index);
        rememberFlowScreen(state, at);
        return flowCard(flowCardData([...technicianFlow], at)).content;
    });
    // Older clients fall back to Action.Submit: answer with a new card.
    app.adaptiveCards.actionSubmit<{ index?: unknown }>(Verb.flowStep, async (context, state, data) => showFlowScreen(context, state, flowScreenIndex(data.index)));
}
