import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { Logger } from '../logger';

export const TENANT_REFUSAL = 'Sorry, this bot is not available for your organization. If you think it should be, ask your IT admin.';

/**
 * The whole turn for an activity from a tenant the bot does not serve: one polite sentence for a message or a card
 * action, nothing for anything else, one log line, and no state or conversation reference written (the app never
 * runs). It runs after authentication, so only a genuine channel activity gets even this.
 */
export function refuseTenant(logger: Logger, tenantId: string | undefined): (context: TurnContext) => Promise<void> {
    return async (context) => {
        const { type, name } = context.activity;
        logger.warn({ tenantId: tenantId ?? '(none)', activityType: type }, 'activity from a tenant that is not allowed');
        if (type === ActivityTypes.Message) {
            await context.sendActivity(TENANT_REFUSAL);
        } else if (type === ActivityTypes.Invoke && name === 'adaptiveCard/action') {
            const body = { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: TENANT_REFUSAL };
            await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body } });
        } else if (type === ActivityTypes.Invoke) {
            await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 403, body: { error: TENANT_REFUSAL } } });
        }
    };
}
