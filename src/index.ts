import { buildBot, type Bot } from './compose/buildBot';
import { ConfigError, loadSettings, Settings } from './config';
import { firstRunBanner } from './devtools/firstRun';
import { playgroundUrl } from './devtools/playground';
import { createLogger, Logger, routeConsole } from './logger';
import { guardProcess } from './server/processGuards';

/** The entry point: settings and logger from the environment, the one wiring (`compose/buildBot.ts`), signals. */

export type RunningService = Bot & { url: string };

/** Builds the bot and listens; what the HTTP tests and the benchmarks start. */
export async function startService(settings: Settings, logger: Logger): Promise<RunningService> {
    const bot = await buildBot(settings, logger);
    const url = await bot.start();
    return Object.assign(bot, { url: url! });
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
    routeConsole(logger);
    guardProcess(logger);
    const service = await startService(settings, logger);
    if (settings.playground.enabled) process.stdout.write(firstRunBanner(playgroundUrl(settings.playground.port), service.url));
    const shutdown = (signal: string) => {
        logger.info({ signal }, 'shutting down');
        service.stop().then(
            () => {
                logger.info({ signal }, 'stopped: turns finished, background services stopped, storage closed');
                process.exit(0);
            },
            (error: Error) => {
                logger.error({ signal, err: error.message }, 'stopped with an error');
                process.exit(1);
            }
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
