import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { inConversation, messageActivity } from '../support/activities';
import { FakeChannel } from '../support/fakeChannel';

/** SOAK_ROUNDS kill -9 / restart cycles (default 20). Run with `npm run test:soak`, not in `npm test`. */
const ROUNDS = Number(process.env.SOAK_ROUNDS ?? 20);
const CONVERSATIONS = 4;
const ROOT = path.resolve(__dirname, '../..');

/** The real service as its own process (ts-node), on an ephemeral port; resolves with its URL from the start log. */
function startBot(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/index.ts'], {
        cwd: ROOT,
        env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, PLAYGROUND: 'off', LOG_LEVEL: 'info', NODE_ENV: 'test' },
        stdio: ['ignore', 'pipe', 'pipe']
    });
    return new Promise((resolve, reject) => {
        let out = '';
        child.stdout!.on('data', (chunk: Buffer) => {
            out += chunk.toString();
            const started = out.split('\n').find((line) => line.includes('"bot started"'));
            if (started) resolve({ child, url: JSON.parse(started).url });
        });
        child.once('exit', (code) => reject(new Error(`bot exited (${code}) before starting: ${out.slice(-500)}`)));
    });
}

/**
 * Issue 8 item 7 (soak): the process is killed with SIGKILL at a random moment while turns are in flight, again and
 * again. After every restart the SQLite file passes integrity_check and every conversation continues from its last
 * acknowledged step (or from the one in flight when the kill came): no acknowledged turn is lost.
 */
it(`survives ${ROUNDS} kill -9 restarts without losing an acknowledged turn`, async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bot-soak-'));
    const channel = await new FakeChannel().start();
    const acknowledged = new Map<string, number>();
    const inFlight = new Map<string, number>();
    try {
        for (let round = 0; round < ROUNDS; round += 1) {
            const { child, url } = await startBot(dataDir);
            // Every conversation first proves its state survived the last kill.
            for (let c = 0; c < CONVERSATIONS; c += 1) {
                const id = `soak-${c}`;
                const last = acknowledged.get(id);
                if (last === undefined || last >= 9) continue;
                const before = channel.received.length;
                const response = await fetch(`${url}/api/messages`, {
                    method: 'POST',
                    headers: { 'content-type': 'application/json' },
                    body: JSON.stringify(messageActivity('next', { serviceUrl: channel.serviceUrl, ...inConversation(id) }))
                });
                expect(response.status).toBe(200);
                const text = (await channel.waitForReplies(before + 1))[before].body.text as string;
                const step = Number(/^Step (\d) of 9/.exec(text)?.[1]);
                expect([last + 1, (inFlight.get(id) ?? last) + 1]).toContain(step);
                acknowledged.set(id, step);
            }
            inFlight.clear();
            // Then turns until the kill, which comes at a random moment.
            const killAt = Date.now() + 200 + Math.random() * 800;
            const killed = new Promise<void>((resolve) => child.once('exit', () => resolve()));
            const timer = setTimeout(() => child.kill('SIGKILL'), killAt - Date.now());
            await Promise.all(
                Array.from({ length: CONVERSATIONS }, async (_, c) => {
                    const id = `soak-${c}`;
                    while (Date.now() < killAt + 50) {
                        const step = 1 + Math.floor(Math.random() * 8);
                        inFlight.set(id, step);
                        const response = await fetch(`${url}/api/messages`, {
                            method: 'POST',
                            headers: { 'content-type': 'application/json' },
                            body: JSON.stringify(messageActivity(`step ${step}`, { serviceUrl: channel.serviceUrl, ...inConversation(id) }))
                        }).catch(() => undefined);
                        if (response?.status !== 200) break;
                        acknowledged.set(id, step);
                        inFlight.delete(id);
                    }
                })
            );
            await killed;
            clearTimeout(timer);
            const db = new Database(path.join(dataDir, fs.readdirSync(dataDir).find((f) => f.endsWith('.db') || f.endsWith('.sqlite')) ?? 'bot.db'));
            expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
            db.close();
        }
    } finally {
        await channel.stop();
        fs.rmSync(dataDir, { recursive: true, force: true });
    }
}, 1_800_000);
