import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import restify from 'restify';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { loadSettings } from '../src/config';
import { createLogger } from '../src/logger';
import { startService } from '../src/index';
import { listen } from '../src/server/createServer';

/**
 * The servers under test, in a process of their own so the load generator does not share their event loop:
 * the real bot on embedded defaults, and a bare botbuilder echo bot on the same restify stack.
 */
async function startEchoBot(): Promise<{ url: string; stop(): Promise<void> }> {
    const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
    const server = restify.createServer();
    server.use(restify.plugins.bodyParser());
    server.post('/api/messages', async (req, res) => {
        await adapter.process(req, res, async (context) => {
            await context.sendActivity(`echo: ${context.activity.text}`);
        });
    });
    const url = await listen(server, 0, '127.0.0.1');
    return { url, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function main(): Promise<void> {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-turns-'));
    const bot = await startService(loadSettings({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, PLAYGROUND: 'off', NODE_ENV: 'test' }), createLogger('silent'));
    const echo = await startEchoBot();
    process.send?.({ botUrl: bot.url, echoUrl: echo.url });
    process.once('message', async () => {
        await bot.stop();
        await echo.stop();
        fs.rmSync(dataDir, { recursive: true, force: true });
        process.exit(0);
    });
}

void main();
