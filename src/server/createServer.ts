import restify, { Request, Response, Server } from 'restify';
import type { Application } from '@microsoft/teams-ai';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { AppState } from '../bot/state';
import type { Logger } from '../logger';
import { checkActivity } from './activityShape';

export interface ServerDeps {
    adapter: TeamsAdapter;
    app: Application<AppState>;
    logger: Logger;
}

/** Teams caps a message at 100 KB of text; the activity wrapper adds a little. */
const MAX_BODY_BYTES = 512 * 1024;

export function createServer({ adapter, app, logger }: ServerDeps): Server {
    const server = restify.createServer({ name: 'autopilot-technician-bot', handleUncaughtExceptions: false });
    server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, mapFiles: false }));

    server.post('/api/messages', async (req: Request, res: Response) => {
        const checked = checkActivity(req.body);
        if (checked.problem !== undefined) {
            res.send(400, { error: checked.problem });
            return;
        }
        req.body = checked.activity;
        try {
            await adapter.process(req, res, (context) => app.run(context).then(() => undefined));
        } catch (error) {
            logger.error({ err: (error as Error).message }, 'request failed');
            if (!res.headersSent) res.send(500, { error: 'The bot could not process this activity.' });
        }
    });

    server.get('/healthz', async (_req: Request, res: Response) => {
        res.send(200, { status: 'ok' });
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
