import { z } from 'zod';
import { isGuid } from './domain/identifiers';

/** When a running technician phase counts as stalled, by default (STALL_AFTER_MINUTES, STALL_QUIET_MINUTES). */
export const DEFAULT_STALL_THRESHOLDS = { stallAfterMinutes: 45, quietMinutes: 30 } as const;

/** Environment → typed, validated settings. The one place for defaults. */

const optionalString = z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined));

const onOff = z
    .enum(['on', 'off', 'true', 'false', '1', '0'])
    .optional()
    .transform((v) => (v === undefined ? undefined : ['on', 'true', '1'].includes(v)));

/** Entra object ids separated by commas, spaces or semicolons. */
const splitIds = (v: string | undefined) => (v ?? '').split(/[\s,;]+/).filter(Boolean).map((id) => id.toLowerCase());
const objectIdList = optionalString.refine((v) => splitIds(v).every(isGuid), 'must be Entra object ids (GUIDs) separated by commas');

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** Long enough for a slow but working peer, short enough that a technician at the bench is not left waiting. */
export const DEFAULT_DEADLINES: Deadlines = { graphRequestMs: 10_000, graphAnswerMs: 20_000, botReplyMs: 15_000, openIdMs: 5_000 };

const envSchema = z.object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    HOST: optionalString,
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    BOT_ID: optionalString.refine((v) => v === undefined || isGuid(v), 'must be a GUID'),
    BOT_PASSWORD: optionalString,
    BOT_TENANT_ID: optionalString,
    BOT_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
    ALLOWED_TENANT_IDS: optionalString,
    BOT_OPENID_METADATA_URL: optionalString.refine((v) => v === undefined || /^https?:\/\/[^/]+/.test(v), 'must be an http(s) URL'),
    BOT_TOKEN_ISSUER: optionalString,
    BOT_OPENID_TIMEOUT_MS: positiveInt(DEFAULT_DEADLINES.openIdMs),
    BOT_REPLY_TIMEOUT_MS: positiveInt(DEFAULT_DEADLINES.botReplyMs),
    GRAPH_REQUEST_TIMEOUT_MS: positiveInt(DEFAULT_DEADLINES.graphRequestMs),
    GRAPH_ANSWER_TIMEOUT_MS: positiveInt(DEFAULT_DEADLINES.graphAnswerMs),
    DATA_DIR: z.string().trim().min(1).default('./data'),
    PLAYGROUND: onOff,
    PLAYGROUND_PORT: z.coerce.number().int().min(1).max(65535).default(56150),
    GRAPH_BASE_URL: optionalString.refine((v) => v === undefined || /^https?:\/\/[^/]+/.test(v), 'must be an http(s) URL'),
    AZURE_TENANT_ID: optionalString,
    AZURE_CLIENT_ID: optionalString,
    AZURE_CLIENT_SECRET: optionalString,
    DEMO_GRAPH_FAULTS: optionalString,
    DEMO_GRAPH_PORT: z.coerce.number().int().min(0).max(65535).default(0),
    GRAPH_MAX_RETRY_AFTER_SECONDS: positiveInt(10),
    ESP_TIMEOUT_MINUTES: positiveInt(60),
    MONITOR_POLL_SECONDS: positiveInt(120),
    GRAPH_REQUESTS_PER_20S: z.coerce.number().int().min(20).max(1000).default(800),
    WATCH_TTL_HOURS: positiveInt(24),
    STALL_AFTER_MINUTES: positiveInt(DEFAULT_STALL_THRESHOLDS.stallAfterMinutes),
    STALL_QUIET_MINUTES: positiveInt(DEFAULT_STALL_THRESHOLDS.quietMinutes),
    HELPDESK_CHANNEL_ID: optionalString.refine((v) => v === undefined || /^19:\S+$/.test(v), 'must be a Teams channel id (19:…@thread.tacv2)'),
    HELPDESK_ADMIN_IDS: objectIdList,
    ASSIGNERS: objectIdList,
    AUTO_ESCALATE_AFTER_MINUTES: z.coerce.number().int().positive().optional(),
    OPENAI_KEY: optionalString,
    OPENAI_MODEL: optionalString,
    AZURE_OPENAI_KEY: optionalString,
    AZURE_OPENAI_ENDPOINT: optionalString.refine(
        (v) => v === undefined || /^https:\/\/[^/]+/i.test(v),
        'must be https'
    ),
    AZURE_OPENAI_DEPLOYMENT: optionalString,
    METRICS_TOKEN: optionalString.refine((v) => v === undefined || v.length >= 16, 'must be at least 16 characters')
});

export type BotAuthMode = 'local' | 'botFramework';

/** The optional AI fallback's model; absent (the default) means no LLM is ever called. */
export type AiSettings =
    | { provider: 'openai'; apiKey: string; model: string }
    | { provider: 'azure'; apiKey: string; endpoint: string; deployment: string };

export interface Settings {
    nodeEnv: 'development' | 'production' | 'test';
    port: number;
    host: string;
    logLevel: string;
    bot: {
        mode: BotAuthMode;
        appId: string;
        password?: string;
        tenantId?: string;
        type: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
        /** Entra tenants whose activities are served; empty only in local mode, where every tenant is. */
        allowedTenantIds: string[];
        /** Sovereign or private clouds: where the channel's signing keys are published, and who issues its tokens. */
        openIdMetadataUrl?: string;
        tokenIssuer?: string;
    };
    dataDir: string;
    playground: { enabled: boolean; port: number };
    graph:
        | { mode: 'demo'; faults?: string; port: number; maxRetryAfterSeconds: number }
        | { mode: 'remote'; baseUrl: string; hasCredentials: boolean; maxRetryAfterSeconds: number };
    espTimeoutMinutes: number;
    monitor: {
        /** MONITOR_POLL_SECONDS: time between two looks at the watched devices. */
        pollSeconds: number;
        /** GRAPH_REQUESTS_PER_20S: the monitor's share of Intune's 1,000 requests per 20 s (every $batch sub-request counts). */
        requestsPer20s: number;
        watchTtlHours: number;
        stallAfterMinutes: number;
        stallQuietMinutes: number;
    };
    escalation: {
        /** HELPDESK_CHANNEL_ID: where cases go in tenants that registered no channel. */
        defaultChannelId?: string;
        /** Entra object ids, lower case. */
        adminIds: string[];
        /** Off (undefined) unless set. */
        autoEscalateAfterMinutes?: number;
    };
    assign: {
        /** ASSIGNERS: Entra object ids (lower case) who may assign users to devices; empty means everyone. */
        assignerIds: string[];
    };
    ai?: AiSettings;
    /** METRICS_TOKEN: when set, GET /metrics wants `Authorization: Bearer <token>`; unset, it is open. */
    metricsToken?: string;
    /** Every outbound call has one: a hung peer costs the technician a plain sentence, not a stuck turn. */
    deadlines: Deadlines;
}

export interface Deadlines {
    /** One Graph HTTP request, body included (each retry gets its own). */
    graphRequestMs: number;
    /** One answer to the technician, however many Graph requests and retries it takes. */
    graphAnswerMs: number;
    /** One reply POSTed to the channel's serviceUrl (connect, response and body), and the bot's token for it. */
    botReplyMs: number;
    /** Fetching the channel's OpenID metadata and signing keys. */
    openIdMs: number;
}

export class ConfigError extends Error {}

const isLoopback = (url: string) => /^https?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?(\/|$)/i.test(url);

/** Reads settings from `env`; throws a ConfigError naming every bad variable. */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
    const parsed = envSchema.safeParse(env);
    if (!parsed.success) {
        const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
        throw new ConfigError(`Invalid environment: ${problems.join('; ')}`);
    }
    const e = parsed.data;
    const mode: BotAuthMode = e.BOT_ID ? 'botFramework' : 'local';
    if (mode === 'local' && e.NODE_ENV === 'production') {
        throw new ConfigError('BOT_ID: required when NODE_ENV=production (local mode has no authentication)');
    }
    if (mode === 'botFramework' && e.BOT_TYPE !== 'UserAssignedMSI' && !e.BOT_PASSWORD) {
        throw new ConfigError(`BOT_PASSWORD: required when BOT_ID is set and BOT_TYPE is ${e.BOT_TYPE}`);
    }
    if (e.BOT_TYPE === 'SingleTenant' && mode === 'botFramework' && !e.BOT_TENANT_ID) {
        throw new ConfigError('BOT_TENANT_ID: required when BOT_TYPE=SingleTenant');
    }
    const allowedTenantIds = allowedTenants(e, mode);
    const hasCredentials = Boolean(e.AZURE_CLIENT_ID || e.AZURE_TENANT_ID || e.AZURE_CLIENT_SECRET);
    let graph: Settings['graph'];
    if (e.GRAPH_BASE_URL || hasCredentials) {
        const baseUrl = (e.GRAPH_BASE_URL ?? 'https://graph.microsoft.com').replace(/\/+$/, '');
        if (!hasCredentials && !isLoopback(baseUrl)) {
            throw new ConfigError('GRAPH_BASE_URL: a non-loopback Graph needs AZURE_TENANT_ID/AZURE_CLIENT_ID credentials');
        }
        graph = { mode: 'remote', baseUrl, hasCredentials, maxRetryAfterSeconds: e.GRAPH_MAX_RETRY_AFTER_SECONDS };
    } else {
        graph = { mode: 'demo', faults: e.DEMO_GRAPH_FAULTS, port: e.DEMO_GRAPH_PORT, maxRetryAfterSeconds: e.GRAPH_MAX_RETRY_AFTER_SECONDS };
    }
    return {
        nodeEnv: e.NODE_ENV,
        port: e.PORT,
        host: e.HOST ?? (mode === 'local' ? '127.0.0.1' : '0.0.0.0'),
        logLevel: e.LOG_LEVEL,
        bot: {
            mode,
            appId: e.BOT_ID ?? '',
            password: e.BOT_PASSWORD,
            tenantId: e.BOT_TENANT_ID,
            type: e.BOT_TYPE,
            allowedTenantIds,
            openIdMetadataUrl: e.BOT_OPENID_METADATA_URL,
            tokenIssuer: e.BOT_TOKEN_ISSUER
        },
        dataDir: e.DATA_DIR,
        playground: { enabled: mode === 'local' && (e.PLAYGROUND ?? true), port: e.PLAYGROUND_PORT },
        graph,
        espTimeoutMinutes: e.ESP_TIMEOUT_MINUTES,
        monitor: {
            pollSeconds: e.MONITOR_POLL_SECONDS,
            requestsPer20s: e.GRAPH_REQUESTS_PER_20S,
            watchTtlHours: e.WATCH_TTL_HOURS,
            stallAfterMinutes: e.STALL_AFTER_MINUTES,
            stallQuietMinutes: e.STALL_QUIET_MINUTES
        },
        escalation: {
            defaultChannelId: e.HELPDESK_CHANNEL_ID,
            adminIds: splitIds(e.HELPDESK_ADMIN_IDS),
            autoEscalateAfterMinutes: e.AUTO_ESCALATE_AFTER_MINUTES
        },
        assign: { assignerIds: splitIds(e.ASSIGNERS) },
        ai: aiSettings(e),
        metricsToken: e.METRICS_TOKEN,
        deadlines: {
            graphRequestMs: e.GRAPH_REQUEST_TIMEOUT_MS,
            graphAnswerMs: e.GRAPH_ANSWER_TIMEOUT_MS,
            botReplyMs: e.BOT_REPLY_TIMEOUT_MS,
            openIdMs: e.BOT_OPENID_TIMEOUT_MS
        }
    };
}

/**
 * Which tenants' technicians the bot answers. A multi-tenant bot registration accepts tokens for every tenant's
 * Teams, so with authentication on the list must be explicit; a single-tenant bot serves its own tenant.
 */
function allowedTenants(e: z.infer<typeof envSchema>, mode: BotAuthMode): string[] {
    const listed = (e.ALLOWED_TENANT_IDS ?? '')
        .split(',')
        .map((id) => id.trim().toLowerCase())
        .filter(Boolean);
    const invalid = listed.filter((id) => !isGuid(id));
    if (invalid.length > 0) throw new ConfigError(`ALLOWED_TENANT_IDS: not tenant ids (GUIDs): ${invalid.join(', ')}`);
    if (listed.length > 0) return listed;
    if (mode === 'local') return [];
    if (e.BOT_TENANT_ID && e.BOT_TYPE !== 'MultiTenant') return [e.BOT_TENANT_ID.toLowerCase()];
    throw new ConfigError(`ALLOWED_TENANT_IDS: required when BOT_ID is set and BOT_TYPE is ${e.BOT_TYPE} (comma-separated tenant ids)`);
}

const AZURE_AI_VARIABLES = ['AZURE_OPENAI_KEY', 'AZURE_OPENAI_ENDPOINT', 'AZURE_OPENAI_DEPLOYMENT'] as const;

/** Off unless a key is set; Azure needs all three variables, and one provider at a time avoids guessing. */
function aiSettings(e: z.infer<typeof envSchema>): AiSettings | undefined {
    const azureSet = AZURE_AI_VARIABLES.filter((name) => e[name] !== undefined);
    if (azureSet.length > 0 && e.OPENAI_KEY) {
        throw new ConfigError(`OPENAI_KEY: set either OPENAI_KEY or ${azureSet.join('/')}, not both`);
    }
    if (azureSet.length > 0) {
        const missing = AZURE_AI_VARIABLES.filter((name) => e[name] === undefined);
        if (missing.length > 0) {
            const given = azureSet.join('/');
            throw new ConfigError(`${missing.join(', ')}: required when ${given} is set (Azure needs all three)`);
        }
        return {
            provider: 'azure',
            apiKey: e.AZURE_OPENAI_KEY!,
            endpoint: e.AZURE_OPENAI_ENDPOINT!.replace(/\/+$/, ''),
            deployment: e.AZURE_OPENAI_DEPLOYMENT!
        };
    }
    if (e.OPENAI_KEY) return { provider: 'openai', apiKey: e.OPENAI_KEY, model: e.OPENAI_MODEL ?? 'gpt-4o-mini' };
    return undefined;
}
