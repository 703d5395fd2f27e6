import { DefaultAzureCredential } from '@azure/identity';
import type { Application } from '@microsoft/teams-ai';
import type http from 'node:http';
import type { Server } from 'restify';
import { createAiFallback, type AiFallback } from '../ai/fallback';
import type { AppState } from '../memory/conversationMemory';
import { createAdapter, type BotAdapter } from '../server/botAdapter';
import { createApplication } from '../bot/app';
import { ProactiveSender } from '../proactive/proactiveSender';
import type { BotDeps } from '../bot/deps';
import type { Settings } from '../config';
import { startDemoTenant, type DemoTenant } from '../demo/demoTenant';
import { parseFaults } from '../demo/faults';
import { startPlayground, type Playground } from '../devtools/playground';
import { systemClock, type Clock } from '../domain/clock';
import { AutopilotGraph } from '../graph/autopilotGraph';
import { createGraphClient, type GraphClientOptions } from '../graph/graphClient';
import { allEntries } from '../knowledge';
import { createBotUnderstanding } from '../knowledge/botUnderstanding';
import { createKnowledgeSearch, type KnowledgeSearch } from '../knowledge/search';
import type { Logger } from '../logger';
import { BotMetrics } from '../ops/metrics';
import { registerOperations } from '../ops/opsRoutes';
import { graphCheck, servicesCheck, storageCheck } from '../ops/readiness';
import { createServer, listen } from '../server/createServer';
import { DeviceStatusService } from '../status/statusService';
import { SqliteConversationReferenceStore } from '../store/conversationReferences';
import { openDatabase, type SqliteDatabase } from '../store/database';
import { SqliteStorage } from '../store/sqliteStorage';
import { startServices, stopServices, type BackgroundService } from '../ops/backgroundService';
import { createAssignmentService } from './assign';
import { createAutoEscalation, createEscalationService } from './escalation';
import { createMonitorCapability, stallThresholdsOf } from './monitor';

/** What tests and benchmarks may replace; the app itself passes none of these. */
export interface BotOverrides {
    /** An open database (e.g. `openDatabase(':memory:')`); default: the file under `settings.dataDir`. */
    db?: SqliteDatabase;
    /** Graph (or a Graph-compatible test server) at this URL instead of the demo tenant or `GRAPH_BASE_URL`. */
    graphBaseUrl?: string;
    /** Seconds between Graph retries when the server gives no Retry-After (tests use 0). */
    graphRetryDelaySeconds?: number;
    now?: Clock;
    adapter?: BotAdapter;
    knowledge?: KnowledgeSearch;
    /** The AI fallback (e.g. over a stub model); `null` switches it off whatever the settings say. */
    ai?: AiFallback | null;
    /** Extra background services, started after the bot's own. */
    services?: (deps: BotDeps) => BackgroundService[];
}

/** The whole bot, built and not yet listening. */
export interface Bot {
    readonly settings: Settings;
    readonly deps: BotDeps;
    readonly app: Application<AppState>;
    readonly server: Server;
    readonly db: SqliteDatabase;
    readonly demoTenant?: DemoTenant;
    readonly services: readonly BackgroundService[];
    /** Listens on `settings.port` (unless `serve` is false) and starts the background services; resolves to the URL. */
    start(options?: { serve?: boolean }): Promise<string | undefined>;
    /**
     * Graceful shutdown: stop accepting requests, let in-flight turns finish, stop the services, close the DB.
     * Safe to call twice.
     */
    stop(): Promise<void>;
}

/** Longest a shutdown waits for in-flight turns before it drops their connections. */
const DRAIN_TIMEOUT_MS = 10_000;

/**
 * Background services of the bot's own capabilities, in start order. A capability that runs beside the chat
 * (the monitor, the escalation service) adds one line here.
 */
function capabilityServices(settings: Settings, deps: BotDeps, db: SqliteDatabase): BackgroundService[] {
    const autoEscalation = createAutoEscalation(settings, deps, db);
    return [deps.escalation, deps.monitor, ...(autoEscalation ? [autoEscalation] : [])];
}

/** A device mid-deployment and one ready to Reseal: the two a technician tries first. */
function exampleDemoSerials(devices: { serial: string; scenario: string }[]): string[] {
    return ['inProgress', 'readyToReseal'].flatMap((scenario) => devices.filter((device) => device.scenario === scenario).map((device) => device.serial).slice(0, 1));
}

/** The one wiring of the bot, shared by `src/index.ts`, the test harness and the benchmarks. */
export async function buildBot(settings: Settings, logger: Logger, overrides: BotOverrides = {}): Promise<Bot> {
    const now = overrides.now ?? systemClock;
    const db = overrides.db ?? openDatabase(settings.dataDir);
    const demoTenant =
        overrides.graphBaseUrl === undefined && settings.graph.mode === 'demo'
            ? await startDemoTenant({ port: settings.graph.port, faults: parseFaults(settings.graph.faults), now, logger })
            : undefined;
    const remote = settings.graph.mode === 'remote' ? settings.graph : undefined;
    const metrics = new BotMetrics();
    const graphOptions: GraphClientOptions = {
        baseUrl: overrides.graphBaseUrl ?? demoTenant?.baseUrl ?? remote?.baseUrl ?? '',
        credential: remote?.hasCredentials && overrides.graphBaseUrl === undefined ? new DefaultAzureCredential() : undefined,
        maxRetryAfterSeconds: settings.graph.maxRetryAfterSeconds,
        requestTimeoutMs: settings.deadlines.graphRequestMs,
        retryDelaySeconds: overrides.graphRetryDelaySeconds,
        observer: metrics
    };
    const graphClient = createGraphClient(graphOptions);
    const autopilotGraph = new AutopilotGraph(graphClient);
    const knowledge = overrides.knowledge ?? createKnowledgeSearch(allEntries);
    const adapter = overrides.adapter ?? createAdapter({ bot: settings.bot, logger, deadlines: settings.deadlines });
    const references = new SqliteConversationReferenceStore(db);
    const proactive = new ProactiveSender({ adapter, botAppId: settings.bot.appId, references, logger });
    const statusService = new DeviceStatusService(autopilotGraph, {
        now,
        espTimeoutMinutes: settings.espTimeoutMinutes,
        stall: stallThresholdsOf(settings),
        answerTimeoutMs: settings.deadlines.graphAnswerMs
    });
    const deps: BotDeps = {
        adapter,
        botAppId: settings.bot.appId,
        storage: new SqliteStorage(db),
        references,
        proactive,
        escalation: createEscalationService(settings, { db, references, proactive, now, logger }),
        statusService,
        ...createMonitorCapability(settings, { db, graph: graphOptions, statusService, references, proactive, now, logger, metrics }),
        assignments: createAssignmentService(settings, { graph: autopilotGraph, graphClient, statusService, db, now }),
        knowledge,
        understanding: createBotUnderstanding(knowledge),
        now,
        logger,
        metrics,
        exampleSerials: demoTenant ? exampleDemoSerials(demoTenant.serials()) : [],
        ai: overrides.ai === null ? undefined : (overrides.ai ?? createAiFallback(settings.ai, logger, knowledge))
    };
    metrics.gaugeFrom('escalations_open', 'Helpdesk cases not yet resolved (open or taken), all tenants', () => deps.escalation.unresolvedCount());
    const app = createApplication(deps);
    const server = createServer({ adapter, app, logger, allowedTenantIds: settings.bot.allowedTenantIds });
    const services = [...capabilityServices(settings, deps, db), ...(overrides.services?.(deps) ?? [])];

    let listening = false;
    let servicesStarted = false;
    registerOperations(server, {
        metrics,
        logger,
        metricsToken: settings.metricsToken,
        checks: [
            storageCheck(db),
            graphCheck(demoTenant ? 'demo' : 'remote', () => autopilotGraph.checkAccess(), () => now().getTime()),
            servicesCheck(services, () => servicesStarted)
        ]
    });
    let playground: Playground | undefined;
    let stopping: Promise<void> | undefined;

    async function drain(): Promise<void> {
        if (!listening) return;
        // close() stops accepting and waits for open requests (the turns in flight) to finish.
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        const timer = setTimeout(() => {
            logger.warn({ timeoutMs: DRAIN_TIMEOUT_MS }, 'turns still running at shutdown: connections dropped');
            (server.server as http.Server).closeAllConnections();
        }, DRAIN_TIMEOUT_MS);
        await closed;
        clearTimeout(timer);
    }

    return {
        settings,
        deps,
        app,
        server,
        db,
        demoTenant,
        services,
        async start({ serve = true } = {}) {
            let url: string | undefined;
            if (serve) {
                url = await listen(server, settings.port, settings.host);
                listening = true;
            }
            await startServices(services, logger);
            servicesStarted = true;
            if (url && settings.playground.enabled) playground = startPlayground(`${url}/api/messages`, settings.playground.port, logger);
            logStarted(settings, logger, { url, demoTenant, playground, ai: deps.ai !== undefined });
            return url;
        },
        stop() {
            stopping ??= (async () => {
                playground?.stop();
                await drain();
                if (servicesStarted) await stopServices(services, logger);
                await demoTenant?.close();
                // A database passed in belongs to the caller.
                if (!overrides.db) db.close();
            })();
            return stopping;
        }
    };
}

function logStarted(
    settings: Settings,
    logger: Logger,
    running: { url?: string; demoTenant?: DemoTenant; playground?: Playground; ai: boolean }
): void {
    logger.info(
        {
            url: running.url,
            authMode: settings.bot.mode,
            graph: running.demoTenant ? `demo tenant at ${running.demoTenant.baseUrl}` : settings.graph.mode === 'remote' ? settings.graph.baseUrl : undefined,
            dataDir: settings.dataDir,
            playground: running.playground?.url,
            aiFallback: running.ai ? (settings.ai?.provider ?? 'on') : 'off'
        },
        'bot started'
    );
    if (settings.bot.mode === 'local') logger.warn('BOT_ID is empty: local mode, requests are NOT authenticated');
    if (running.playground) logger.info(`Chat with the bot: open ${running.playground.url} in a browser`);
}
