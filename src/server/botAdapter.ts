import {
    Activity,
    ConfigurationBotFrameworkAuthenticationOptions,
    ConfigurationServiceClientCredentialFactory,
    TurnContext
} from 'botbuilder';
import {
    AuthenticationConstants,
    AuthenticationError,
    ClaimsIdentity,
    ConnectorClient,
    ConnectorFactory,
    ServiceClientCredentials,
    ServiceClientCredentialsFactory,
    UserTokenClient
} from 'botframework-connector';
import { TeamsAdapter } from '@microsoft/teams-ai';
import { LRUCache } from 'lru-cache';
import { DEFAULT_DEADLINES, type Deadlines, type Settings } from '../config';
import { withDeadline } from '../domain/deadline';
import { CARD_ACTION_GONE } from '../bot/replies';
import type { Logger } from '../logger';
import { installOpenIdKeys, SigningKeysUnavailableError } from './openIdKeys';
import { tokenShapeProblem } from './tokenShape';

export interface AdapterOptions {
    bot: Omit<Settings['bot'], 'allowedTenantIds'>;
    logger: Logger;
    /** Channel-auth endpoints (OpenID metadata, issuer…) for a test authority; settings cover real clouds. */
    authOverrides?: ConfigurationBotFrameworkAuthenticationOptions;
    credentialsFactory?: ServiceClientCredentialsFactory;
    deadlines?: Pick<Deadlines, 'botReplyMs' | 'openIdMs'>;
}

/** What the HTTP layer sends back for one activity. */
export interface ActivityOutcome {
    status: number;
    body?: unknown;
}

const APOLOGY = 'Sorry, something went wrong on my side. Please try again in a moment.';

/**
 * The Teams adapter with an HTTP entry point that fails closed and fast: a token that cannot be a channel token is
 * refused before any key is fetched; an invalid one is 401 with a plain body; keys that cannot be fetched are 503
 * (our problem, retry later), never a 500 carrying library text.
 */
export class BotAdapter extends TeamsAdapter {
    constructor(
        authConfig: ConfigurationBotFrameworkAuthenticationOptions,
        private readonly credentials: ServiceClientCredentialsFactory,
        replyTimeoutMs: number,
        private readonly logger: Logger
    ) {
        super(authConfig, credentials);
        // Connector clients come from two places: the factory for proactive sends, and each authenticated request.
        // botbuilder builds new clients (credentials, HTTP pipeline) for every turn; one per bot, channel and
        // audience is reused instead, as nothing in a client belongs to a turn. Likewise the user-token client.
        const auth = this.botFrameworkAuthentication;
        const connectors = new KeptClients<ConnectorClient>();
        const bounded = (factory: ConnectorFactory): ConnectorFactory => ({
            create: (serviceUrl: string, audience?: string) =>
                connectors.get([(factory as { appId?: string }).appId ?? '', serviceUrl, audience ?? ''].join('\n'), async () =>
                    boundReplies(await factory.create(serviceUrl, audience), replyTimeoutMs)
                )
        });
        const userTokenClients = new KeptClients<UserTokenClient>();
        const createUserTokenClient = auth.createUserTokenClient.bind(auth);
        // Keyed as botbuilder picks the app id for it: the audience claim, else the app id claim.
        const appIdOf = (identity: ClaimsIdentity) =>
            identity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? identity.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';
        auth.createUserTokenClient = (identity) => userTokenClients.get(appIdOf(identity), () => createUserTokenClient(identity));
        const createConnectorFactory = auth.createConnectorFactory.bind(auth);
        auth.createConnectorFactory = (identity) => bounded(createConnectorFactory(identity));
        const authenticateRequest = auth.authenticateRequest.bind(auth);
        auth.authenticateRequest = async (activity, authHeader) => {
            const result = await authenticateRequest(activity, authHeader);
            return result.connectorFactory ? { ...result, connectorFactory: bounded(result.connectorFactory) } : result;
        };
    }

    async handleActivity(authorization: string | undefined, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<ActivityOutcome> {
        if (!(await this.credentials.isAuthenticationDisabled())) {
            const problem = tokenShapeProblem(authorization);
            if (problem) {
                this.logger.warn({ reason: problem }, 'request refused: not a channel token');
                return { status: 401, body: 'Unauthorized' };
            }
        }
        try {
            const invokeResponse = await this.processActivity(authorization ?? '', activity, logic);
            // botbuilder answers 501 to an invoke no route took; the client deserves an answer it can show.
            if (activity.type === 'invoke' && invokeResponse?.status === 501) return this.unhandledInvoke(activity);
            return { status: invokeResponse?.status ?? 200, body: invokeResponse?.body };
        } catch (error) {
            return this.failureOutcome(error as Error);
        }
    }

    private unhandledInvoke(activity: Activity): ActivityOutcome {
        const name = typeof activity.name === 'string' ? activity.name.slice(0, 100) : undefined;
        this.logger.warn({ invoke: name ?? '(none)' }, 'invoke not handled');
        if (name === 'adaptiveCard/action') {
            return { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: CARD_ACTION_GONE } };
        }
        return { status: 400, body: { error: 'This bot does not handle that kind of request.' } };
    }

    private failureOutcome(error: Error): ActivityOutcome {
        if (error instanceof SigningKeysUnavailableError) {
            this.logger.error({ err: error.message }, 'request refused: channel signing keys unavailable');
            return { status: 503, body: 'Authentication is unavailable right now. Try again later.' };
        }
        if (error instanceof AuthenticationError || /TokenError$|JsonWebTokenError|NotBeforeError/.test(error?.name ?? '')) {
            this.logger.warn({ reason: error.message }, 'request refused: invalid token');
            return { status: 401, body: 'Unauthorized' };
        }
        this.logger.error({ err: { name: error?.name, message: error?.message } }, 'activity failed');
        this.logger.debug({ stack: error?.stack }, 'activity failed');
        return { status: 500, body: 'The bot could not process this activity.' };
    }
}

/**
 * The Bot Framework adapter. With an app id every request's JWT is validated; without one the bot runs in local
 * mode (no auth). Replies to the channel and the bot's own token for them are bounded by `botReplyMs`.
 */
export function createAdapter(options: AdapterOptions): BotAdapter {
    const { bot, logger } = options;
    const deadlines = options.deadlines ?? DEFAULT_DEADLINES;
    const credentialsFactory = new DeadlineCredentialsFactory(
        options.credentialsFactory ??
            new ConfigurationServiceClientCredentialFactory({
                MicrosoftAppId: bot.appId,
                MicrosoftAppPassword: bot.password ?? '',
                MicrosoftAppType: bot.type,
                MicrosoftAppTenantId: bot.tenantId ?? ''
            }),
        deadlines.botReplyMs
    );
    const authConfig = { MicrosoftAppId: bot.appId, MicrosoftAppType: bot.type, MicrosoftAppTenantId: bot.tenantId ?? '', ...channelAuthOptions(bot), ...options.authOverrides };
    installOpenIdKeys(
        [
            authConfig.ToBotFromChannelOpenIdMetadataUrl ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
            authConfig.ToBotFromEmulatorOpenIdMetadataUrl ?? AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl
        ],
        { timeoutMs: deadlines.openIdMs, logger }
    );
    const adapter = new BotAdapter(authConfig, credentialsFactory, deadlines.botReplyMs, logger);
    adapter.onTurnError = async (context: TurnContext, error: Error) => {
        logger.error({ err: { name: error.name, message: error.message }, activityType: context.activity?.type }, 'turn failed');
        logger.debug({ stack: error.stack }, 'turn failed');
        if (context.activity?.type === 'message' && context.activity.conversation?.id) {
            await context.sendActivity(APOLOGY).catch((sendError: Error) => logger.warn({ err: sendError.message }, 'apology not delivered'));
        }
    };
    return adapter;
}

/**
 * BOT_OPENID_METADATA_URL / BOT_TOKEN_ISSUER for sovereign or private clouds. botbuilder uses only the values given
 * once any is set (no merge with the public cloud), so the rest are filled with the public-cloud constants.
 */
function channelAuthOptions(bot: AdapterOptions['bot']): ConfigurationBotFrameworkAuthenticationOptions {
    if (!bot.openIdMetadataUrl && !bot.tokenIssuer) return {};
    return {
        ToBotFromChannelOpenIdMetadataUrl: bot.openIdMetadataUrl ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
        ToBotFromChannelTokenIssuer: bot.tokenIssuer ?? AuthenticationConstants.ToBotFromChannelTokenIssuer,
        ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
        ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
        ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
        OAuthUrl: AuthenticationConstants.OAuthUrl,
        ValidateAuthority: true
    };
}

/** Clients kept at most: channels have a few service URLs; a client posting odd ones cannot grow memory. */
const CLIENTS_KEPT = 100;

/** Clients by key (bot, service URL, audience), the least recently used forgotten first. */
class KeptClients<T> {
    private readonly clients = new LRUCache<string, Promise<T>>({ max: CLIENTS_KEPT });

    get(key: string, create: () => Promise<T>): Promise<T> {
        const kept = this.clients.get(key);
        if (kept) return kept;
        const created = create();
        // A client that could not be made (its token deadline passed) is not kept: the next turn tries again.
        created.catch(() => this.clients.peek(key) === created && this.clients.delete(key));
        this.clients.set(key, created);
        return created;
    }
}

/** The part of core-rest-pipeline's pipeline this needs; the connector client keeps it in a private field. */
interface RequestPipeline {
    addPolicy(policy: { name: string; sendRequest(request: OutboundRequest, next: (request: OutboundRequest) => Promise<unknown>): Promise<unknown> }): void;
}
interface OutboundRequest {
    timeout: number;
    abortSignal?: unknown;
}

/**
 * Every call a connector client makes to the channel's serviceUrl (replies, typing, updates) ends within `ms`,
 * retries included, and each attempt must have its answer within `ms`: a serviceUrl that accepts and never answers,
 * or trickles, cannot hold the turn or the inbound request. botbuilder replaces any policy passed in its options,
 * so the policy goes onto each client it creates.
 */
function boundReplies(connector: ConnectorClient, ms: number): ConnectorClient {
    const pipeline = (connector as unknown as { client?: { pipeline?: RequestPipeline } }).client?.pipeline;
    if (typeof pipeline?.addPolicy !== 'function') throw new Error('botframework-connector changed: cannot bound replies to the channel');
    // One controller and one timer, cleared when the call ends: AbortSignal.timeout and AbortSignal.any cost a reply
    // ~20 µs more and leave a timer pending for `ms` after every call.
    pipeline.addPolicy({
        name: 'replyDeadline',
        sendRequest: async (request, next) => {
            const deadline = new AbortController();
            const timer = setTimeout(() => deadline.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')), ms);
            const given = request.abortSignal as AbortSignal | undefined;
            const passOn = () => deadline.abort(given?.reason);
            if (given?.aborted) passOn();
            else given?.addEventListener('abort', passOn, { once: true });
            request.timeout = ms;
            request.abortSignal = deadline.signal;
            try {
                return await next(request);
            } finally {
                clearTimeout(timer);
                given?.removeEventListener('abort', passOn);
            }
        }
    });
    return connector;
}

/** The bot's outbound token (MSAL, managed identity) is bounded like the reply it signs. */
class DeadlineCredentialsFactory extends ServiceClientCredentialsFactory {
    constructor(
        private readonly inner: ServiceClientCredentialsFactory,
        private readonly ms: number
    ) {
        super();
    }
    isValidAppId(appId: string): Promise<boolean> {
        return this.inner.isValidAppId(appId);
    }
    isAuthenticationDisabled(): Promise<boolean> {
        return this.inner.isAuthenticationDisabled();
    }
    async createCredentials(appId: string, audience: string, loginEndpoint: string, validateAuthority: boolean): Promise<ServiceClientCredentials> {
        const timeout = () => new Error(`The bot's token was not issued within ${this.ms} ms`);
        const credentials = await withDeadline(this.inner.createCredentials(appId, audience, loginEndpoint, validateAuthority), this.ms, timeout);
        const bounded: ServiceClientCredentials = Object.create(credentials);
        bounded.signRequest = (request) => withDeadline(credentials.signRequest(request), this.ms, timeout);
        return bounded;
    }
}
