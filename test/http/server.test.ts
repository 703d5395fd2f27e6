import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSettings } from '../../src/config';
import { startService, RunningService } from '../../src/index';
import { messageActivity, submitActivity } from '../support/activities';
import { FakeChannel } from '../support/fakeChannel';
import { silentLogger } from '../support/silentLogger';

/** The real server on an ephemeral port, in local mode, replying to a stand-in Teams channel. */
describe('HTTP /api/messages', () => {
    let service: RunningService;
    let channel: FakeChannel;
    let dataDir: string;

    beforeAll(async () => {
        dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bot-http-'));
        channel = await new FakeChannel().start();
        const settings = loadSettings({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, PLAYGROUND: 'off', NODE_ENV: 'test' });
        service = await startService(settings, silentLogger);
    });

    afterAll(async () => {
        await service?.stop();
        await channel?.stop();
        fs.rmSync(dataDir, { recursive: true, force: true });
    });

    const post = (body: unknown, contentType = 'application/json') =>
        fetch(`${service.url}/api/messages`, {
            method: 'POST',
            headers: { 'content-type': contentType },
            body: typeof body === 'string' ? body : JSON.stringify(body)
        });

    async function askOverHttp(activity: object): Promise<Record<string, any>> {
        const before = channel.received.length;
        const response = await post({ ...activity, serviceUrl: channel.serviceUrl });
        expect(response.status).toBe(200);
        const replies = await channel.waitForReplies(before + 1);
        return replies[before].body;
    }

    it('answers /healthz', async () => {
        const response = await fetch(`${service.url}/healthz`);
        expect(response.status).toBe(200);
        expect(await response.json()).toEqual({ status: 'ok' });
    });

    it('replies to a question by POSTing to the serviceUrl', async () => {
        const reply = await askOverHttp(messageActivity('how do I get into pre-provisioning on Windows 11?'));
        expect(channel.received.at(-1)!.path).toMatch(/^\/v3\/conversations\/conv-1\/activities/);
        expect(JSON.stringify(reply)).toMatch(/Windows key five times/i);
    });

    it('reads a device status from the demo tenant over Graph', async () => {
        const reply = await askOverHttp(messageActivity('status PF3XYZ12'));
        expect(reply.summary).toMatch(/PF3XYZ12/);
        expect(reply.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    });

    it.each([
        ['empty text', messageActivity('')],
        ['emoji only', messageActivity('🙂🚀💻')],
        ['100 KB of text', messageActivity('tpm '.repeat(25600))],
        ['a card submit with no verb', submitActivity({ foo: 'bar' })]
    ])('gives a clear reply to %s', async (_name, activity) => {
        const reply = await askOverHttp(activity);
        const said = reply.summary ?? reply.text;
        expect(said.length).toBeGreaterThan(10);
        expect(said).not.toMatch(/stack|Error:/);
    });

    it.each([
        ['a non-JSON body', 'this is not json', 'application/json'],
        ['a JSON array', '[1,2,3]', 'application/json'],
        ['missing from', JSON.stringify({ ...messageActivity('hi'), from: undefined }), 'application/json'],
        ['missing conversation', JSON.stringify({ ...messageActivity('hi'), conversation: undefined }), 'application/json']
    ])('answers 4xx to %s', async (_name, body, contentType) => {
        const response = await post(body, contentType);
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
    });

    it('fills in a missing recipient and channelId instead of refusing the activity', async () => {
        const { recipient: _recipient, channelId: _channelId, ...bare } = messageActivity('step 3') as Record<string, unknown>;
        const reply = await askOverHttp(bare);
        expect(reply.summary).toMatch(/^Step 3 of 9/);
    });

    it('still answers normally after bad input', async () => {
        await post('garbage');
        const reply = await askOverHttp(messageActivity('step 4'));
        expect(reply.summary).toMatch(/Step 4 of 9/);
    });
});
