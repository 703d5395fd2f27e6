import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// The echo baseline loads restify the way the bot does (without spdy), so both run the same module and no warning.
import '../src/server/withoutSpdy';
import restify from 'restify';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, MemoryStorage, TurnContext } from 'botbuilder';
import { Application, TeamsAdapter } from '@microsoft/teams-ai';
import { loadSettings } from '../src/config';
import { createLogger } from '../src/logger';
import { startService } from '../src/index';
import { listen } from '../src/server/createServer';

/**
 * The servers under test, in a process of their own so the load generator does not share their event loop:
 * the real bot on embedded defaults, a bare botbuilder echo bot on the same restify stack (the floor), and an echo
 * on a minimal teams-ai Application with in-memory state (what the framework alone costs).
 */
async function startEcho(handle: (adapter: CloudAdapter, req: restify.Request, res: restify.Response) => Promise<void>, adapter: CloudAdapter) {
    const server = restify.createServer();
    server.use(restify.plugins.bodyParser());
    server.post('/api/messages', async (req, res) => handle(adapter, req, res));
    const url = await listen(server, 0, '127.0.0.1');
    return { url, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const echo = async (context: TurnContext) => {
    await context.sendActivity(`echo: ${context.activity.text}`);
};

function startEchoBot() {
    return startEcho((adapter, req, res) => adapter.process(req, res, echo), new CloudAdapter(new ConfigurationBotFrameworkAuthentication({})));
}

function startTeamsAiEchoBot() {
    const adapter = new TeamsAdapter({});
    const app = new Application({ adapter, storage: new MemoryStorage(), startTypingTimer: false });
    app.activity('message', echo);
    return startEcho((teamsAdapter, req, res) => teamsAdapter.process(req, res, async (context) => void (await app.run(context))), adapter);
}

async function main(): Promise<void> {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-turns-'));
    const bot = await startService(loadSettings({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, PLAYGROUND: 'off', NODE_ENV: 'test' }), createLogger('silent'));
    const echoBot = await startEchoBot();
    const teamsAiEcho = await startTeamsAiEchoBot();
    process.send?.({ botUrl: bot.url, echoUrl: echoBot.url, teamsAiEchoUrl: teamsAiEcho.url });
    // 'cpu': this process's CPU time so far (the servers are loaded one at a time, so a difference is one server's);
    // anything else: stop.
    process.on('message', async (message) => {
        if (message === 'cpu') {
            process.send?.({ cpu: process.cpuUsage(), atMicros: Number(process.hrtime.bigint() / 1000n) });
            return;
        }
        process.removeAllListeners('message');
        await bot.stop();
        await echoBot.stop();
        await teamsAiEcho.stop();
        fs.rmSync(dataDir, { recursive: true, force: true });
        process.exit(0);
    });
}

void main();
