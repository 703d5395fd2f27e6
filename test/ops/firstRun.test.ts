import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { FIRST_MESSAGES } from '../../src/devtools/firstRun';
import { matchIntent } from '../../src/bot/intents';
import { BotHarness, visibleText } from '../support/botHarness';
import { startChildService } from '../support/childService';

async function freePort(): Promise<number> {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return port;
}

test('every message the first-run banner suggests gets a real answer from the demo tenant', async () => {
    const harness = await BotHarness.start();
    try {
        for (const text of FIRST_MESSAGES) {
            expect([text, matchIntent(text, harness.bot.deps.understanding).kind]).not.toEqual([text, 'unsure']);
            const replies = await harness.send(text);
            expect(replies.length).toBeGreaterThan(0);
            const seen = replies.map(visibleText).join('\n');
            expect(seen).not.toMatch(/not sure|couldn't find|no device/i);
            const serial = /PF3XYZ12/.exec(text)?.[0];
            if (serial) expect(seen).toContain(serial);
        }
    } finally {
        await harness.stop();
    }
});

test('npm start in local mode prints where to chat and what to type first, and the playground is there', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bot-first-run-'));
    const playgroundPort = await freePort();
    const service = await startChildService({ PORT: '0', DATA_DIR: dataDir, PLAYGROUND_PORT: String(playgroundPort), LOG_LEVEL: 'info' });
    try {
        await service.waitForOutput('Type first:');
        const banner = service.stdout();
        expect(banner).toContain(`open http://localhost:${playgroundPort} in a browser`);
        expect(banner).toMatch(/Type first: +help/);
        expect(banner).toContain(`${service.url}/api/messages`);
        expect(banner).toContain('/readyz');
        // The page the banner points at answers (the playground takes a moment to come up).
        let status = 0;
        for (let attempt = 0; attempt < 60 && status !== 200; attempt++) {
            status = await fetch(`http://127.0.0.1:${playgroundPort}`).then(
                (r) => r.status,
                () => 0
            );
            if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 500));
        }
        expect(status).toBe(200);
        service.child.kill('SIGTERM');
        expect(await service.exited).toBe(0);
    } finally {
        if (service.child.exitCode === null) service.child.kill('SIGKILL');
        fs.rmSync(dataDir, { recursive: true, force: true });
    }
}, 90_000);

test('the server loads without a deprecation (restify no longer pulls in spdy, whose http-deceiver printed DEP0111)', () => {
    const root = path.resolve(__dirname, '../..');
    // --throw-deprecation turns any deprecation met while loading into a crash with its name on stderr.
    const run = spawnSync(process.execPath, ['--throw-deprecation', '-r', 'ts-node/register/transpile-only', '-e', "require('./src/server/createServer')"], {
        cwd: root,
        encoding: 'utf8',
        timeout: 60_000
    });
    expect(run.stderr).not.toMatch(/DEP0\d+|DeprecationWarning/);
    expect(run.status).toBe(0);
}, 90_000);
