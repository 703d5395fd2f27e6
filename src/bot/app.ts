import { CARD_ACTION_GONE } from './replies';
import { Application } from '@microsoft/teams-ai';
import { countCardActions } from './turnMetrics';
import type { BotDeps } from './deps';
import { registerAnswers } from './answers';
import { registerAssign } from './assign';
import { registerChecklist } from './checklist';
import { registerEscalation } from './escalation';
import { registerEspTips } from './espTips';
import { registerFlow } from './flow';
import { registerFreeText } from './freeText';
import { TenantTurnState, type AppState } from '../memory/conversationMemory';
import { registerStatus } from './status';
import { registerSteps } from './steps';
import { registerWatch } from './watch';
import { registerWelcome } from './welcome';
import { registerConversationReferences } from './conversationReferences';

/** One capability's routes (card verbs, activities), added to the Application with what they need. */
export type RouteModule = (app: Application<AppState>, deps: BotDeps) => void;

/** Tried in this order, first match wins. A new capability adds its module here, before the free-text dispatcher. */
const routeModules: readonly RouteModule[] = [registerConversationReferences, registerWelcome, registerSteps, registerAnswers, registerFlow, registerChecklist, registerEspTips, registerStatus, registerWatch, registerEscalation, registerAssign];

/** The teams-ai Application with every capability's routes. */
export function createApplication(deps: BotDeps): Application<AppState> {
    const app = new Application<AppState>({
        adapter: deps.adapter,
        botAppId: deps.botAppId,
        storage: deps.storage,
        turnStateFactory: () => new TenantTurnState(),
        startTypingTimer: false,
        removeRecipientMention: true,
        adaptiveCards: { actionSubmitFilter: 'verb' },
        // Never run by teams-ai itself (the free-text route below takes every message); the unsure handler asks it.
        ai: deps.ai ? { planner: deps.ai.planner } : undefined
    });
    countCardActions(app, deps.metrics);
    for (const register of routeModules) register(app, deps);
    // Last: free text and any card submit no verb route claimed.
    registerFreeText(app, deps);
    app.adaptiveCards.actionExecute(/.*/, async () => CARD_ACTION_GONE);
    return app;
}
