import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildBot } from '../../src/compose/buildBot';
import { startServices, stopServices, type BackgroundService } from '../../src/ops/backgroundService';
import { loadSettings } from '../../src/config';
import { openDatabase } from '../../src/store/database';
import { messageActivity } from '../support/activities';
import { FakeChannel } from '../support/fakeChannel';
import { silentLogger } from '../support/silentLogger';

/** A service that writes what happens to it into `events`. */
function recording(name: string, events: string[], fail?: 'start' | 'stop'): BackgroundService {
    return {
        name,
        start: () => {
            if (fail === 'start') throw new Error(`${name} cannot start`);
            events.push(`start ${name}`);
        },
        stop: async () => {
            if (fail === 'stop') throw new Error(`${name} cannot stop`);
            events.push(`stop ${name}`);
        }
    };
}

const settingsFor = (env: Record<string, string> = {}) =>
    loadSettings({ PORT: '0', HOST: '127.0.0.1', PLAYGROUND: 'off', NODE_ENV: 'test', ...env });

describe('background services', () => {
    it('start in order and stop in reverse, and one failing to stop does not keep the others running', async () => {
        const events: string[] = [];
        const services = [recording('a', events), recording('b', events, 'stop'), recording('c', events)];
        await startServices(services, silentLogger);
        await stopServices(services, silentLogger);
        expect(events).toEqual(['start a', 'start b', 'start c', 'stop c', 'stop a']);
    });

    it('a failed start stops the ones already started and reports the error', async () => {
        const events: string[] = [];
        const services = [recording('a', events), recording('b', events, 'start'), recording('c', events)];
        await expect(startServices(services, silentLogger)).rejects.toThrow('b cannot start');
        expect(events).toEqual(['start a', 'stop a']);
    });

    it('a service that never stops is given up on after the deadline', async () => {
        const hanging: BackgroundService = { name: 'hang', start: () => undefined, stop: () => new Promise<void>(() => undefined) };
        const events: string[] = [];
        await stopServices([recording('a', events), hanging], silentLogger, 20);
        expect(events).toEqual(['stop a']);
    });
});

describe('buildBot', () => {
    it('starts the plugged-in services with the server and stops them once, however often stop is called', async () => {
        const events: string[] = [];
        const bot = await buildBot(settingsFor(), silentLogger, {
            db: openDatabase(':memory:'),
            services: (deps) => {
                expect(deps.statusService).toBeDefined();
                return [recording('monitor', events), recording('helpdesk', events)];
            }
        });
        const url = await bot.start();
        expect(events).toEqual(['start monitor', 'start helpdesk']);
        expect((await fetch(`${url}/healthz`)).status).toBe(200);
        await Promise.all([bot.stop(), bot.stop()]);
        expect(events).toEqual(['start monitor', 'start helpdesk', 'stop helpdesk', 'stop monitor']);
        await expect(fetch(`${url}/healthz`)).rejects.toThrow();
        bot.db.close();
    });

    it('on shutdown finishes the turn in flight, then closes the database it opened', async () => {
        const channel = await new FakeChannel().start();
        const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bot-stop-'));
        try {
            // Every Graph request takes 300 ms, so the status turn is still running when stop() is called.
            const bot = await buildBot(settingsFor({ DATA_DIR: dataDir, DEMO_GRAPH_FAULTS: 'slow=300' }), silentLogger);
            const url = await bot.start();
            const activity = messageActivity('status PF3XYZ12', { serviceUrl: channel.serviceUrl });
            const response = fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
            await new Promise((resolve) => setTimeout(resolve, 100));
            const stopped = bot.stop();
            expect((await response).status).toBe(200);
            await stopped;
            expect(channel.received.at(-1)?.body.summary).toMatch(/PF3XYZ12/);
            expect(bot.db.open).toBe(false);
        } finally {
            await channel.stop();
            fs.rmSync(dataDir, { recursive: true, force: true });
        }
    });
});
