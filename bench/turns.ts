import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import restify from 'restify';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { loadSettings } from '../src/config';
import { createLogger } from '../src/logger';
import { startService } from '../src/index';
import { listen } from '../src/server/createServer';
import { FakeChannel } from '../test/support/fakeChannel';
import { messageActivity } from '../test/support/activities';
import { runLoad, LoadResult } from './load';
import { fmt, ratio } from './stats';

/** A bare botbuilder echo bot on the same restify stack: the floor a turn cannot go below. */
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

const QUESTION = 'what does the ESP timeout do?';

async function load(url: string, serviceUrl: string, concurrency: number, perWorker: number): Promise<LoadResult> {
    return runLoad(concurrency, perWorker, async (worker) => {
        const activity = messageActivity(QUESTION, { serviceUrl, conversation: { id: `bench-conv-${worker}`, conversationType: 'personal', tenantId: 't', isGroup: false, name: '' } });
        const response = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
        await response.arrayBuffer();
        return response.status === 200;
    });
}

export async function benchTurns(): Promise<void> {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-turns-'));
    const channel = await new FakeChannel().start();
    const bot = await startService(loadSettings({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, PLAYGROUND: 'off', NODE_ENV: 'test' }), createLogger('silent'));
    const echo = await startEchoBot();
    const record = () => channel.received.splice(0);
    try {
        // Warm both paths (JIT, connection pools, SQLite pages) before measuring.
        await load(echo.url, channel.serviceUrl, 4, 20);
        await load(bot.url, channel.serviceUrl, 4, 20);
        console.log('bench/turns: knowledge answer vs bare echo bot, same restify stack, HTTP on 127.0.0.1');
        console.log('concurrency  bot median ms  echo median ms  median ratio  bot req/s  echo req/s  throughput ratio (echo/bot)');
        for (const [concurrency, perWorker] of [[1, 300], [64, 15]]) {
            record();
            const echoResult = await load(echo.url, channel.serviceUrl, concurrency, perWorker);
            const botResult = await load(bot.url, channel.serviceUrl, concurrency, perWorker);
            const replies = record().length;
            console.log(
                `${String(concurrency).padStart(11)}  ${fmt(botResult.medianMs).padStart(13)}  ${fmt(echoResult.medianMs).padStart(14)}  ${fmt(ratio(botResult.medianMs, echoResult.medianMs)).padStart(12)}x` +
                    `  ${fmt(botResult.throughputPerSec, 0).padStart(9)}  ${fmt(echoResult.throughputPerSec, 0).padStart(10)}  ${fmt(ratio(echoResult.throughputPerSec, botResult.throughputPerSec)).padStart(10)}x` +
                    `   (errors bot ${botResult.errors}, echo ${echoResult.errors}; replies ${replies})`
            );
        }
    } finally {
        await bot.stop();
        await echo.stop();
        await channel.stop();
        fs.rmSync(dataDir, { recursive: true, force: true });
    }
}
