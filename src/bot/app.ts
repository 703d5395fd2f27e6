import { Application } from '@microsoft/teams-ai';
import type { BotDeps } from './deps';
import { registerChecklist } from './checklist';
import { registerEspTips } from './espTips';
import { registerFlow } from './flow';
import { registerGuide } from './guide';
import { registerMessages } from './messages';
import type { AppState } from './state';
import { registerStatus } from './status';
import { registerWelcome } from './welcome';

/** The teams-ai Application; routes are registered in the order they are tried, first match wins. */
export function createApplication(deps: BotDeps): Application<AppState> {
    const app = new Application<AppState>({
        adapter: deps.adapter,
        botAppId: deps.botAppId,
        storage: deps.storage,
        startTypingTimer: false,
        removeRecipientMention: true,
        adaptiveCards: { actionSubmitFilter: 'verb' },
        // Never run by teams-ai itself (the free-text route below takes every message); the unsure handler asks it.
        ai: deps.ai ? { planner: deps.ai.planner } : undefined
    });
    registerWelcome(app, deps);
    registerGuide(app);
    registerFlow(app);
    registerChecklist(app, deps);
    registerEspTips(app);
    registerStatus(app, deps);
    // Last: free text and any card submit no verb route claimed.
    registerMessages(app, deps);
    app.adaptiveCards.actionExecute(/.*/, async () => 'That action is not available any more. Ask me again in your own words.');
    return app;
}
