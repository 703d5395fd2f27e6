import type { Socket } from 'node:net';
import './withoutSpdy';
import restify, { Request, Response, Server } from 'restify';
import type { Application } from '@microsoft/teams-ai';
import type { Activity } from 'botbuilder';
import type { BotAdapter } from './botAdapter';
import type { AppState } from '../memory/conversationMemory';
import type { Logger } from '../logger';
import { isTenantAllowed, tenantOf } from '../domain/tenant';
import { checkActivity } from './activityShape';
import { ConversationQueue } from './conversationQueue';
import { readJsonBody } from './jsonBody';
import { refuseTenant } from './tenantGate';

export interface ServerDeps {
    adapter: BotAdapter;
    app: Application<AppState>;
    logger: Logger;
    /** Tenants served (settings.bot.allowedTenantIds); empty: every tenant (local mode). */
    allowedTenantIds: readonly string[];
}

/** Teams caps a message at 100 KB of text; the activity wrapper adds a little. */
const MAX_BODY_BYTES = 512 * 1024;
/** A client gets this long to send its headers, and then its whole request; slow senders do not hold sockets. */
const HEADERS_TIMEOUT_MS = 15_000;
const REQUEST_TIMEOUT_MS = 30_000;

export function createServer({ adapter, app, logger, allowedTenantIds }: ServerDeps): Server {
    const server = restify.createServer({ name: 'autopilot-technician-bot', handleUncaughtExceptions: false });
    // No body parser plugin: restify's decompresses without a limit and writes multipart files to disk.
    server.server.headersTimeout = HEADERS_TIMEOUT_MS;
    server.server.requestTimeout = REQUEST_TIMEOUT_MS;
    const turns = new ConversationQueue();

    server.post('/api/messages', async (req: Request, res: Response) => {
        const read = await readJsonBody(req, MAX_BODY_BYTES);
        if (read.refusal) {
            logger.warn({ status: read.refusal.status, contentType: req.headers['content-type'], reason: read.refusal.message }, 'refused request body');
            // Node discards the unread rest of the body (bounded by REQUEST_TIMEOUT_MS); closing the socket at once
            // would reset it under the client before it read this answer.
            res.send(read.refusal.status, { error: read.refusal.message });
            return;
        }
        const checked = checkActivity(read.body);
        if (checked.problem !== undefined) {
            res.send(400, { error: checked.problem });
            return;
        }
        const activity = checked.activity as unknown as Activity;
        const tenantId = tenantOf(activity);
        const logic = isTenantAllowed(allowedTenantIds, tenantId)
            ? (context: Parameters<typeof app.run>[0]) => app.run(context).then(() => undefined)
            : refuseTenant(logger, tenantId);
        const queued = turns.run(`${activity.channelId}/${tenantId ?? ''}/${activity.conversation.id}`, () =>
            adapter.handleActivity(req.headers.authorization, activity, logic)
        );
        if (!queued) {
            logger.warn({ conversation: activity.conversation.id }, 'too many turns queued in one conversation');
            res.send(429, { error: 'Too many messages at once in this conversation. Try again in a moment.' });
            return;
        }
        const outcome = await queued;
        if (outcome.body === undefined) {
            // As botbuilder answers: an empty 200 with a length, not a chunked stream (one write on the socket, not two).
            res.status(outcome.status);
            res.end();
            return;
        }
        if (typeof outcome.body === 'string') res.header('content-type', 'text/plain; charset=utf-8');
        res.send(outcome.status, outcome.body);
    });

    server.get('/healthz', async (_req: Request, res: Response) => {
        res.send(200, { status: 'ok' });
    });

    // Malformed HTTP, resets and timeouts on a socket: answer when possible, log, and never let them escape.
    server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
        logger.warn({ code: err.code, err: err.message }, 'client connection error');
        if (socket.writable && !socket.writableEnded) {
            const status =
                err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
                    ? '408 Request Timeout'
                    : err.code === 'HPE_HEADER_OVERFLOW'
                      ? '431 Request Header Fields Too Large'
                      : '400 Bad Request';
            socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
        } else {
            socket.destroy();
        }
    });

    server.on('restifyError', (req: Request, _res: Response, err: Error & { statusCode?: number }, callback: () => void) => {
        logger.warn({ path: req.path(), status: err.statusCode, err: err.message }, 'rejected request');
        return callback();
    });
    return server;
}

export function listen(server: Server, port: number, host: string): Promise<string> {
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
            server.removeListener('error', reject);
            resolve(server.url.replace('[::]', 'localhost').replace('0.0.0.0', 'localhost'));
        });
    });
}
