import type { Logger } from '../logger';

/**
 * Work that runs beside the chat turns for the life of the process (the device monitor, the escalation service…).
 * `buildBot` starts every service after the server listens and stops them, in reverse order, on shutdown.
 */
export interface BackgroundService {
    readonly name: string;
    start(): Promise<void> | void;
    /** Resolves when the service has finished its current work and holds no timers or connections. */
    stop(): Promise<void> | void;
    /** False when the service has stopped working on its own (its loop died): /readyz reports it. Absent: cannot tell. */
    isRunning?(): boolean;
}

/** Longest one service may take to stop: shutdown must end even if a service hangs. */
export const SERVICE_STOP_TIMEOUT_MS = 10_000;

/** Starts services in order; if one fails, those already started are stopped again and the error is rethrown. */
export async function startServices(services: readonly BackgroundService[], logger: Logger): Promise<void> {
    const started: BackgroundService[] = [];
    for (const service of services) {
        try {
            await service.start();
            started.push(service);
            logger.info({ component: service.name }, 'background service started');
        } catch (error) {
            logger.error({ component: service.name, err: (error as Error).message }, 'background service failed to start');
            await stopServices(started, logger);
            throw error;
        }
    }
}

/** Stops services in reverse order; a failing or hanging one is logged and the others still stop. */
export async function stopServices(services: readonly BackgroundService[], logger: Logger, timeoutMs = SERVICE_STOP_TIMEOUT_MS): Promise<void> {
    for (const service of [...services].reverse()) {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<'timeout'>((resolve) => {
            timer = setTimeout(() => resolve('timeout'), timeoutMs);
        });
        try {
            const outcome = await Promise.race([Promise.resolve().then(() => service.stop()), timeout]);
            if (outcome === 'timeout') logger.warn({ component: service.name, timeoutMs }, 'background service did not stop in time');
        } catch (error) {
            logger.warn({ component: service.name, err: (error as Error).message }, 'background service failed to stop');
        } finally {
            clearTimeout(timer);
        }
    }
}
