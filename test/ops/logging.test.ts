import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { routeConsole } from '../../src/logger';
import { startServices, stopServices } from '../../src/ops/backgroundService';
import { capturedLog } from '../support/capturedLog';

const root = path.resolve(__dirname, '../..');

test('console output joins the JSON log: the message at its level, a stack trace it carries only at debug', () => {
    const saved = { error: console.error, warn: console.warn, log: console.log };
    const log = capturedLog('debug');
    try {
        routeConsole(log.logger);
        console.log('[teams-ai] planner failed: Error: boom\n    at Planner.run (planner.js:1:1)\n    at async App.run (app.js:2:2)');
        console.error('auth failed');
    } finally {
        Object.assign(console, saved);
    }
    const [info, debug, warn] = log.lines;
    expect(info).toMatchObject({ level: 30, source: 'console', msg: '[teams-ai] planner failed: Error: boom' });
    expect(debug).toMatchObject({ level: 20, stack: 'at Planner.run (planner.js:1:1)\nat async App.run (app.js:2:2)' });
    expect(warn).toMatchObject({ level: 40, msg: 'auth failed' });
});

test('background services are named under "component": no log line carries the "service" key twice', async () => {
    const log = capturedLog('info');
    const service = { name: 'device monitor', start() {}, stop() {} };
    await startServices([service], log.logger);
    await stopServices([{ ...service, stop: () => Promise.reject(new Error('stuck')) }], log.logger);
    const lines = log.raw().split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.match(/"service":/g) ?? []).toHaveLength(1);
    expect(log.lines.map((l) => l.component)).toEqual(['device monitor', 'device monitor']);
});

test('a database that is not one stops the start with a sentence naming the file and DATA_DIR', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bot-corrupt-'));
    try {
        fs.writeFileSync(path.join(dataDir, 'bot.sqlite'), 'this is not a database, it is a text file of sufficient length to be read'.repeat(20));
        const run = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/index.ts'], {
            cwd: root,
            encoding: 'utf8',
            timeout: 60_000,
            env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', PLAYGROUND: 'off', DATA_DIR: dataDir }
        });
        expect(run.status).toBe(1);
        expect(run.stderr).toContain(`Failed to start: Cannot open the bot's database ${path.join(dataDir, 'bot.sqlite')} (DATA_DIR=${dataDir}): file is not a database`);
    } finally {
        fs.rmSync(dataDir, { recursive: true, force: true });
    }
}, 90_000);
