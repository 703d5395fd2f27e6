import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { withCorrelation, type Logger } from '../logger';
import type { BotMetrics } from './metrics';
import { readiness, type ReadinessCheck } from './readiness';

export interface OperationsDeps {
    metrics: BotMetrics;
    checks: readonly ReadinessCheck[];
    logger: Logger;
    /** When set, /metrics answers only `Authorization: Bearer <token>`. */
    metricsToken?: string;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Compared as digests, so neither the length nor the first differing character shows in the timing. */
function bearerMatches(header: string | undefined, token: string): boolean {
    const given = /^Bearer (.+)$/i.exec(header ?? '')?.[1] ?? '';
    return timingSafeEqual(digest(given), digest(token));
}

/** A caller's own id is kept when it looks like one (for tracing across services), never copied blindly into logs. */
const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * What an operator points probes and scrapers at: GET /readyz (can the bot serve a turn now?) and GET /metrics
 * (Prometheus); GET /healthz (is the process alive?) is the server's own. Every request also gets a correlation id,
 * on its log lines and in the `x-correlation-id` response header.
 */
export function registerOperations(server: Server, { metrics, checks, logger, metricsToken }: OperationsDeps): void {
    server.use((req: Request, res: Response, next: () => void) => {
        const given = req.header('x-correlation-id');
        const correlationId = given && CORRELATION_ID.test(given) ? given : randomUUID();
        res.header('x-correlation-id', correlationId);
        const started = process.hrtime.bigint();
        res.once('finish', () => {
            const activity = (req.body ?? {}) as { type?: unknown; name?: unknown };
            const entry = {
                correlationId,
                method: req.method,
                path: req.path(),
                status: res.statusCode,
                durationMs: Number((process.hrtime.bigint() - started) / 1_000_000n),
                activityType: typeof activity.type === 'string' ? activity.type.slice(0, 40) : undefined,
                invoke: typeof activity.name === 'string' ? activity.name.slice(0, 60) : undefined
            };
            // One line per turn; probes and scrapes only when debugging.
            if (req.path() === '/api/messages') logger.info(entry, 'turn');
            else logger.debug(entry, 'request');
        });
        withCorrelation(correlationId, next);
    });

    server.get('/readyz', async (_req: Request, res: Response) => {
        const result = await readiness(checks);
        if (!result.ready) logger.warn({ checks: result.checks }, 'not ready');
        res.send(result.ready ? 200 : 503, { status: result.ready ? 'ready' : 'unready', checks: result.checks });
    });

    server.get('/metrics', async (req: Request, res: Response) => {
        if (metricsToken && !bearerMatches(req.header('authorization'), metricsToken)) {
            res.writeHead(401, { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer realm="metrics"' });
            res.end('METRICS_TOKEN is set: send it as Authorization: Bearer <token>.\n');
            return;
        }
        const { contentType, body } = await metrics.exposition();
        res.writeHead(200, { 'content-type': contentType });
        res.end(body);
    });
}
