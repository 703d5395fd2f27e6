import { DefaultAzureCredential } from '@azure/identity';
import { format } from 'node:util';
import type { Server } from 'restify';
import { createAiFallback } from './ai/fallback';
import { createAdapter } from './bot/adapter';
import { createApplication } from './bot/app';
import { ConfigError, loadSettings, Settings } from './config';
import { startDemoTenant, DemoTenant } from './demo/demoTenant';
import { parseFaults } from './demo/faults';
import { startPlayground, Playground } from './devtools/playground';
import { AutopilotGraph } from './graph/autopilotGraph';
import { createGraphClient } from './graph/graphClient';
import { createLogger, Logger } from './logger';
import { createServer, listen } from './server/createServer';
import { DeviceStatusService } from './status/statusService';
import { openDatabase } from './store/database';
import { SqliteConversationReferenceStore } from './store/conversationReferences';
import { SqliteStorage } from './store/sqliteStorage';

/** Composition root: config → store → graph → app → server. */

export interface RunningService {
    url: string;
    server: Server;
    demoTenant?: DemoTenant;
    playground?: Playground;
    stop(): Promise<void>;
}

export async function startService(settings: Settings, logger: Logger): Promise<RunningService> {
    const db = openDatabase(settings.dataDir);
    const storage = new SqliteStorage(db);
    const references = new SqliteConversationReferenceStore(db);

    const demoTenant =
        settings.graph.mode === 'demo'
            ? await startDemoTenant({ port: settings.graph.port, faults: parseFaults(settings.graph.faults), logger })
            : undefined;
    const graphClient = createGraphClient({
        baseUrl: demoTenant?.baseUrl ?? (settings.graph.mode === 'remote' ? settings.graph.baseUrl : ''),
        credential: settings.graph.mode === 'remote' && settings.graph.hasCredentials ? new DefaultAzureCredential() : undefined,
        maxRetryAfterSeconds: settings.graph.maxRetryAfterSeconds
    });
    const statusService = new DeviceStatusService(new AutopilotGraph(graphClient), {
        now: () => new Date(),
        espTimeoutMinutes: settings.espTimeoutMinutes
    });

    const adapter = createAdapter({ bot: settings.bot, logger });
    const ai = createAiFallback(settings.ai, logger);
    const botAppId = settings.bot.appId;
    const app = createApplication({ adapter, botAppId, storage, references, statusService, logger, ai });
    const server = createServer({ adapter, app, logger });
    const url = await listen(server, settings.port, settings.host);
    const playground = settings.playground.enabled ? startPlayground(`${url}/api/messages`, settings.playground.port, logger) : undefined;

    logger.info(
        {
            url,
            authMode: settings.bot.mode,
            graph: demoTenant ? `demo tenant at ${demoTenant.baseUrl}` : settings.graph.mode === 'remote' ? settings.graph.baseUrl : undefined,
            dataDir: settings.dataDir,
            playground: playground?.url,
            aiFallback: settings.ai?.provider ?? 'off'
        },
        'bot started'
    );
    if (settings.bot.mode === 'local') logger.warn('BOT_ID is empty: local mode, requests are NOT authenticated');
    if (playground) logger.info(`Chat with the bot: open ${playground.url} in a browser`);

    return {
        url,
        server,
        demoTenant,
        playground,
        async stop() {
            playground?.stop();
            await new Promise<void>((resolve) => server.close(() => resolve()));
            await demoTenant?.close();
            db.close();
        }
    };
}

async function main(): Promise<void> {
    let settings: Settings;
    try {
        settings = loadSettings();
    } catch (error) {
        if (error instanceof ConfigError) {
            process.stderr.write(`${error.message}\n`);
            process.exit(1);
        }
        throw error;
    }
    const logger = createLogger(settings.logLevel);
    // botbuilder's auth path writes to the console; keep the log a single JSON stream.
    console.error = (...args: unknown[]) => logger.warn({ source: 'console' }, format(...args));
    console.log = (...args: unknown[]) => logger.info({ source: 'console' }, format(...args));
    process.on('unhandledRejection', (reason) => logger.error({ err: String(reason) }, 'unhandled rejection'));
    const service = await startService(settings, logger);
    const shutdown = (signal: string) => {
        logger.info({ signal }, 'shutting down');
        service.stop().then(
            () => process.exit(0),
            () => process.exit(1)
        );
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
}

if (require.main === module) {
    main().catch((error: Error) => {
        process.stderr.write(`Failed to start: ${error.message}\n`);
        process.exit(1);
    });
}
