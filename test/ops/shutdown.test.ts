import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { messageActivity } from '../support/activities';
import { startChildService } from '../support/childService';
import { FakeChannel } from '../support/fakeChannel';

test('SIGTERM lets the turn in flight finish and be saved, refuses new requests, then exits cleanly', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bot-sigterm-'));
    const channel = await new FakeChannel().start();
    const service = await startChildService({
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        PLAYGROUND: 'off',
        LOG_LEVEL: 'info',
        // Every Graph call takes 1.5 s: the status turn is still running when the signal comes.
        DEMO_GRAPH_FAULTS: 'slow=1500'
    });
    try {
        const activity = messageActivity('status PF3XYZ12', { serviceUrl: channel.serviceUrl });
        const inFlight = fetch(`${service.url}/api/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(activity)
        });
        await new Promise((resolve) => setTimeout(resolve, 400));
        service.child.kill('SIGTERM');

        const response = await inFlight;
        expect(response.status).toBe(200);
        const [reply] = await channel.waitForReplies(1);
        expect(JSON.stringify(reply.body)).toMatch(/PF3XYZ12/);
        expect(await service.exited).toBe(0);

        const messages = service.logs.map((l) => l.msg);
        expect(messages).toContain('shutting down');
        // The operator sees the end, after the storage was closed.
        expect(messages.at(-1)).toMatch(/^stopped: turns finished, background services stopped, storage closed/);
        // One "service" key per line (background services are named under "component").
        for (const line of service.stdout().split('\n').filter((l) => l.startsWith('{'))) expect(line.match(/"service":/g) ?? []).toHaveLength(1);
        await expect(fetch(`${service.url}/healthz`)).rejects.toThrow();

        // Storage was closed properly: the write-ahead log is folded into the file and the turn's state is in it.
        expect(fs.existsSync(path.join(dataDir, 'bot.sqlite-wal'))).toBe(false);
        const db = new Database(path.join(dataDir, 'bot.sqlite'), { readonly: true });
        try {
            const keys = (db.prepare('SELECT key FROM bot_state').all() as Array<{ key: string }>).map((r) => r.key);
            expect(keys.some((key) => key.includes(activity.conversation!.id))).toBe(true);
        } finally {
            db.close();
        }
    } finally {
        if (service.child.exitCode === null) service.child.kill('SIGKILL');
        await channel.stop();
        fs.rmSync(dataDir, { recursive: true, force: true });
    }
}, 90_000);
