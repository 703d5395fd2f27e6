import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buildBot, type Bot } from '../../src/compose/buildBot';
import { loadSettings } from '../../src/config';
import { openDatabase } from '../../src/store/database';
import { inConversation, messageActivity } from '../support/activities';
import { FakeChannel } from '../support/fakeChannel';
import { FuzzGenerator, type FuzzRequest } from '../support/fuzzRequests';
import { silentLogger } from '../support/silentLogger';

/** FUZZ_REQUESTS and FUZZ_SEED reproduce or lengthen a run (npm run test:soak runs 100,000). */
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 8);
const PARALLEL = 16;

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const heapAfterGc = () => {
    collectGarbage();
    collectGarbage();
    return process.memoryUsage().heapUsed;
};

/**
 * Issue 8 item 7: thousands of generated hostile or malformed requests against the real server on loopback. None
 * may end the process, none may get a 5xx (every one is the client's mistake or a normal turn), none may leave a
 * file in the temp dir, memory must not grow with the number of requests, and a normal question is answered after.
 */
describe(`fuzz: ${REQUESTS} generated requests (seed ${SEED})`, () => {
    let channel: FakeChannel;
    let bot: Bot;
    let url: string;
    const agent = new http.Agent({ keepAlive: true, maxSockets: PARALLEL });

    beforeAll(async () => {
        channel = await new FakeChannel().start();
        bot = await buildBot(loadSettings({ PLAYGROUND: 'off', PORT: '0', HOST: '127.0.0.1' }), silentLogger, { db: openDatabase(':memory:'), ai: null });
        url = (await bot.start())!;
    });

    afterAll(async () => {
        agent.destroy();
        await bot.stop();
        await channel.stop();
    });

    /**
     * Status 0 means the connection dropped. A reused keep-alive socket can meet the server closing it (after an early
     * 413/415 answer, or its idle timeout on a loaded machine), so a drop is tried once more on a fresh connection: a
     * crashed or hung server drops that one too, and only then does it count.
     */
    async function send(request: FuzzRequest): Promise<number> {
        const status = await sendOnce(request, agent);
        return status === 0 ? sendOnce(request, false) : status;
    }

    function sendOnce(request: FuzzRequest, via: http.Agent | false): Promise<number> {
        return new Promise((resolve) => {
            const outgoing = http.request(`${url}/api/messages`, { method: 'POST', agent: via, headers: { ...request.headers, 'content-length': String(request.body.length) } }, (response) => {
                response.resume();
                response.on('end', () => resolve(response.statusCode ?? 0));
                response.on('error', () => resolve(response.statusCode ?? 0));
            });
            outgoing.on('error', () => resolve(0));
            outgoing.end(request.body);
        });
    }

    async function run(generator: FuzzGenerator, count: number, failures: string[]): Promise<Map<string, number>> {
        const kinds = new Map<string, number>();
        let issued = 0;
        const worker = async () => {
            while (issued < count) {
                issued += 1;
                const request = generator.next();
                kinds.set(request.kind, (kinds.get(request.kind) ?? 0) + 1);
                const status = await send(request);
                if (status === 0 || status >= 500) {
                    failures.push(`${status} for ${request.kind}: ${JSON.stringify(request.headers)} ${request.body.subarray(0, 300).toString('utf8')}`);
                }
            }
        };
        await Promise.all(Array.from({ length: PARALLEL }, worker));
        return kinds;
    }

    it('never crashes, never answers 5xx, leaves no temp file and keeps memory flat', async () => {
        const tmpBefore = new Set(fs.readdirSync(os.tmpdir()));
        const generator = new FuzzGenerator(SEED, channel.serviceUrl);
        const failures: string[] = [];

        // A warm-up tenth first, so caches and lazily loaded modules do not count as growth.
        await run(generator, Math.ceil(REQUESTS / 10), failures);
        const heapWarm = heapAfterGc();
        const kinds = await run(generator, REQUESTS - Math.ceil(REQUESTS / 10), failures);
        const heapAfter = heapAfterGc();

        expect(failures.slice(0, 5)).toEqual([]);
        expect(kinds.size).toBeGreaterThanOrEqual(10);
        // Flat: what is left after GC does not scale with thousands of requests (a leak of even 2 KB each would show).
        expect(heapAfter - heapWarm).toBeLessThan(24 * 1024 * 1024);
        const uploads = fs.readdirSync(os.tmpdir()).filter((name) => !tmpBefore.has(name) && name.startsWith('upload_'));
        expect(uploads).toEqual([]);

        const before = channel.received.length;
        const response = await fetch(`${url}/api/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(messageActivity('step 8', { serviceUrl: channel.serviceUrl, ...inConversation('after-fuzz') }))
        });
        expect(response.status).toBe(200);
        const replies = await channel.waitForReplies(before + 1);
        expect(JSON.stringify(replies.slice(before).map((r) => r.body))).toMatch(/Step 8 of 9/);
    }, 300_000);
});
