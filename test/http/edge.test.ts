import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { loadSettings } from '../../src/config';
import { startService, RunningService } from '../../src/index';
import { inConversation, messageActivity } from '../support/activities';
import { FakeChannel } from '../support/fakeChannel';
import { rawPost, rawSocket } from '../support/rawHttp';
import { silentLogger } from '../support/silentLogger';

/**
 * Issue 8, rows 1-3: the HTTP edge of the real server. Each hostile request is refused with a 4xx before any body is
 * decompressed or stored, and the bot answers a normal question afterwards (a crash would fail the whole file).
 */
describe('HTTP edge: only plain JSON gets in', () => {
    let service: RunningService;
    let channel: FakeChannel;
    let dataDir: string;
    let conversation = 0;

    beforeAll(async () => {
        dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bot-edge-'));
        channel = await new FakeChannel().start();
        service = await startService(loadSettings({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, PLAYGROUND: 'off', NODE_ENV: 'test' }), silentLogger);
    });

    afterAll(async () => {
        await service?.stop();
        await channel?.stop();
        fs.rmSync(dataDir, { recursive: true, force: true });
    });

    const endpoint = () => `${service.url}/api/messages`;
    const activityJson = (text: string) =>
        JSON.stringify(messageActivity(text, { serviceUrl: channel.serviceUrl, ...inConversation(`edge-${++conversation}`) }));

    async function expectNormalAnswer(contentType = 'application/json'): Promise<void> {
        const before = channel.received.length;
        const response = await rawPost(endpoint(), { 'content-type': contentType }, [activityJson('step 4')]);
        expect(response.status).toBe(200);
        const replies = await channel.waitForReplies(before + 1);
        expect(replies[before].body.summary).toMatch(/^Step 4 of 9/);
    }

    describe('row 1: a compressed body never reaches a decompressor', () => {
        it.each(['gzip', 'deflate', 'br', 'GZIP', 'x-gzip', 'compress', 'gzip, identity', 'identity, gzip'])(
            'refuses Content-Encoding %s with 415, garbage body and all',
            async (encoding) => {
                const response = await rawPost(endpoint(), { 'content-type': 'application/json', 'content-encoding': encoding }, ['x']);
                expect(response.status).toBe(415);
                expect(JSON.parse(response.body).error).toMatch(/uncompressed/);
            }
        );

        it('refuses a well-formed gzip activity too, and still answers afterwards', async () => {
            const gzipped = zlib.gzipSync(activityJson('step 4'));
            const response = await rawPost(endpoint(), { 'content-type': 'application/json', 'content-encoding': 'gzip' }, [gzipped]);
            expect(response.status).toBe(415);
            await expectNormalAnswer();
        });

        it('accepts Content-Encoding identity', async () => {
            const before = channel.received.length;
            const response = await rawPost(endpoint(), { 'content-type': 'application/json', 'content-encoding': 'identity' }, [activityJson('step 2')]);
            expect(response.status).toBe(200);
            expect((await channel.waitForReplies(before + 1))[before].body.summary).toMatch(/^Step 2 of 9/);
        });
    });

    it('row 2: a decompression bomb is refused before inflating and memory stays flat', async () => {
        const inflated = JSON.stringify({ ...JSON.parse(activityJson('x')), text: 'a'.repeat(64 * 1024 * 1024) });
        const bomb = zlib.gzipSync(inflated, { level: 9 });
        expect(bomb.length).toBeLessThan(512 * 1024);
        const rssBefore = process.memoryUsage().rss;
        for (let i = 0; i < 10; i += 1) {
            const response = await rawPost(endpoint(), { 'content-type': 'application/json', 'content-encoding': 'gzip' }, [bomb]);
            expect(response.status).toBe(415);
        }
        expect(process.memoryUsage().rss - rssBefore).toBeLessThan(64 * 1024 * 1024);
        await expectNormalAnswer();
    });

    it('row 3: a multipart upload is refused with 415 and no file part reaches the temp dir', async () => {
        const marker = `upload-marker-${process.pid}-${Date.now()}`;
        const boundary = '----edgeboundary';
        const multipart = [
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`,
            `${marker}${'z'.repeat(256 * 1024)}\r\n`,
            `--${boundary}--\r\n`
        ];
        const response = await rawPost(endpoint(), { 'content-type': `multipart/form-data; boundary=${boundary}` }, multipart);
        expect(response.status).toBe(415);
        const tmp = os.tmpdir();
        const leftovers = fs
            .readdirSync(tmp)
            .filter((name) => name.startsWith('upload_'))
            .filter((name) => {
                try {
                    return fs.readFileSync(path.join(tmp, name)).subarray(0, marker.length).toString() === marker;
                } catch {
                    return false;
                }
            });
        expect(leftovers).toEqual([]);
        await expectNormalAnswer();
    });

    it.each([
        ['no Content-Type', undefined],
        ['text/plain', 'text/plain'],
        ['a form post', 'application/x-www-form-urlencoded'],
        ['a UTF-16 charset', 'application/json; charset=utf-16'],
        ['an unknown parameter', 'application/json; boundary=x'],
        ['a look-alike type', 'application/jsonp']
    ])('refuses %s with 415', async (_name, contentType) => {
        const headers: Record<string, string> = contentType ? { 'content-type': contentType } : {};
        const response = await rawPost(endpoint(), headers, [activityJson('step 1')]);
        expect(response.status).toBe(415);
        expect(JSON.parse(response.body).error).toMatch(/application\/json/);
    });

    it.each(['application/json; charset=utf-8', 'Application/JSON;charset="UTF-8"', 'application/json ; charset=utf8'])('accepts %s', async (contentType) => {
        await expectNormalAnswer(contentType);
    });

    it('answers 413 to a body declared over the limit, without reading it', async () => {
        const response = await rawPost(endpoint(), { 'content-type': 'application/json', 'content-length': String(600 * 1024) }, ['{"type":"message"'], {
            abortAfterChunks: 1,
            hangUpAfterMs: 5000
        });
        expect(response.status).toBe(413);
    });

    it('answers 413 to a chunked body that grows over the limit', async () => {
        const chunk = `"${'p'.repeat(64 * 1024)}",`;
        const response = await rawPost(endpoint(), { 'content-type': 'application/json' }, ['[', ...Array(12).fill(chunk), '0]']);
        expect(response.status).toBe(413);
        await expectNormalAnswer();
    });

    it.each([
        ['invalid JSON', '{"type": "message",'],
        ['JSON nested 10,000 deep', `${'['.repeat(10000)}${']'.repeat(10000)}`],
        ['a byte-order mark and nothing else', '\uFEFF']
    ])('answers 400 to %s', async (_name, body) => {
        const response = await rawPost(endpoint(), { 'content-type': 'application/json' }, [body]);
        expect(response.status).toBe(400);
    });

    it('survives clients that hang up mid-body and requests that are not HTTP', async () => {
        for (let i = 0; i < 20; i += 1) {
            await rawPost(endpoint(), { 'content-type': 'application/json', 'content-length': '5000' }, ['{"type":', '"message"'], { abortAfterChunks: 1 });
        }
        const garbage = await rawSocket(endpoint(), 'BLAH /api/messages HTTP/9.9\r\n\x00\x01\r\n\r\n');
        expect(garbage).toMatch(/^HTTP\/1\.1 400/);
        const badHeader = await rawSocket(endpoint(), 'POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n');
        expect(badHeader).toMatch(/^HTTP\/1\.1 400/);
        await expectNormalAnswer();
    });
});
