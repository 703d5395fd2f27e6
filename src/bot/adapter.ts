import { ConfigurationBotFrameworkAuthenticationOptions, ConfigurationServiceClientCredentialFactory, TurnContext } from 'botbuilder';
import { AuthenticationError, ServiceClientCredentialsFactory } from 'botframework-connector';
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Logger } from '../logger';
import type { Settings } from '../config';

export interface AdapterOptions {
    bot: Settings['bot'];
    logger: Logger;
    /** Channel-auth endpoints (OpenID metadata, issuer…) for a private cloud or a test authority. */
    authOverrides?: ConfigurationBotFrameworkAuthenticationOptions;
    credentialsFactory?: ServiceClientCredentialsFactory;
}

const APOLOGY = 'Sorry, something went wrong on my side. Please try again in a moment.';

/**
 * The Bot Framework adapter. With an app id every request's JWT is validated; without one the bot runs in local
 * mode (no auth). Token errors from the JWT library are turned into 401s, not the 500s botbuilder would send.
 */
export function createAdapter(options: AdapterOptions): TeamsAdapter {
    const { bot, logger } = options;
    const credentialsFactory =
        options.credentialsFactory ??
        new ConfigurationServiceClientCredentialFactory({
            MicrosoftAppId: bot.appId,
            MicrosoftAppPassword: bot.password ?? '',
            MicrosoftAppType: bot.type,
            MicrosoftAppTenantId: bot.tenantId ?? ''
        });
    const adapter = new TeamsAdapter(
        { MicrosoftAppId: bot.appId, MicrosoftAppType: bot.type, MicrosoftAppTenantId: bot.tenantId ?? '', ...options.authOverrides },
        credentialsFactory
    );
    mapTokenErrorsToUnauthorized(adapter);
    adapter.onTurnError = async (context: TurnContext, error: Error) => {
        logger.error({ err: { name: error.name, message: error.message, stack: error.stack }, activityType: context.activity?.type }, 'turn failed');
        if (context.activity?.type === 'message' && context.activity.conversation?.id) {
            await context.sendActivity(APOLOGY).catch((sendError: Error) => logger.warn({ err: sendError.message }, 'apology not delivered'));
        }
    };
    return adapter;
}

/** botbuilder maps only AuthenticationError to 401; a forged or unsigned token would otherwise answer 500. */
function mapTokenErrorsToUnauthorized(adapter: TeamsAdapter): void {
    const auth = (adapter as unknown as { botFrameworkAuthentication: { authenticateRequest: (...args: unknown[]) => Promise<unknown> } })
        .botFrameworkAuthentication;
    const authenticate = auth.authenticateRequest.bind(auth);
    auth.authenticateRequest = async (...args: unknown[]) => {
        try {
            return await authenticate(...args);
        } catch (error) {
            if (error instanceof AuthenticationError) throw error;
            if (/TokenError$|JsonWebTokenError|NotBeforeError/.test((error as Error)?.name ?? '')) {
                throw new AuthenticationError(`Unauthorized: ${(error as Error).message}`, 401);
            }
            throw error;
        }
    };
}
