import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSettings } from '../../src/config';
import { startService } from '../../src/index';
import { messageActivity } from '../support/activities';
import { FakeChannel } from '../support/fakeChannel';
import { silentLogger } from '../support/silentLogger';

/** Conversation state lives in SQLite under DATA_DIR: a restart of the bot loses nothing. */
it('keeps the conversation across a restart', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bot-restart-'));
    const channel = await new FakeChannel().start();
    const settings = loadSettings({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, PLAYGROUND: 'off' });
    const say = async (url: string, text: string) => {
        const before = channel.received.length;
        const response = await fetch(`${url}/api/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(messageActivity(text, { serviceUrl: channel.serviceUrl }))
        });
        expect(response.status).toBe(200);
        return (await channel.waitForReplies(before + 1))[before].body.summary as string;
    };
    try {
        const first = await startService(settings, silentLogger);
        expect(await say(first.url, 'step 6')).toMatch(/^Step 6 of 9/);
        await first.stop();
        const second = await startService(settings, silentLogger);
        expect(await say(second.url, 'next')).toMatch(/^Step 7 of 9/);
        await second.stop();
    } finally {
        await channel.stop();
        fs.rmSync(dataDir, { recursive: true, force: true });
    }
});
