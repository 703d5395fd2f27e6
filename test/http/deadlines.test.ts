import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildBot, type Bot } from '../../src/compose/buildBot';
import { loadSettings } from '../../src/config';
import { openDatabase } from '../../src/store/database';
import { inConversation, messageActivity } from '../support/activities';
import { FakeChannel } from '../support/fakeChannel';
import { silentLogger } from '../support/silentLogger';

/** How the misbehaving Graph answers every request. */
type GraphMisbehaviour = 'hang' | 'trickle' | 'html' | 'brokenJson' | 'notACollection';

/** A Graph endpoint that misbehaves in one chosen way; it keeps every socket so the test can close them. */
async function startBadGraph(): Promise<{ baseUrl: string; mode: GraphMisbehaviour; requests: number; close(): Promise<void> }> {
    const state = { baseUrl: '', mode: 'hang' as GraphMisbehaviour, requests: 0, close: async () => undefined };
    const timers = new Set<NodeJS.Timeout>();
    const server = http.createServer((req, res) => {
        state.requests += 1;
        req.resume();
        switch (state.mode) {
            case 'hang':
                return;
            case 'trickle': {
                res.writeHead(200, { 'content-type': 'application/json' });
                res.write('{"value":[');
                const timer = setInterval(() => res.write(' '), 50);
                timers.add(timer);
                res.on('close', () => clearInterval(timer));
                return;
            }
            case 'html':
                res.writeHead(200, { 'content-type': 'text/html' });
                res.end('<html><body>Sign in to continue</body></html>');
                return;
            case 'brokenJson':
                res.writeHead(200, { 'content-type': 'application/json' });
                res.end('{"responses":[{"id":"identities","status":200,"body":{"value":[');
                return;
            case 'notACollection':
                res.writeHead(200, { 'content-type': 'application/json' });
                res.end(req.url?.includes('$batch') ? '{"responses":[{"id":"identities","status":200,"body":"<html>"}]}' : '{"hello":"world"}');
        }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    state.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    state.close = async () => {
        timers.forEach(clearInterval);
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
    };
    return state;
}

/**
 * Issue 8 rows 6, 7 and 11 over real HTTP: Graph that never answers, trickles, or answers something that is not
 * Graph JSON; a serviceUrl that never answers. Deadlines are short here (settable); the defaults are 10 s / 20 s / 15 s.
 */
describe('every outbound call has a deadline', () => {
    let graph: Awaited<ReturnType<typeof startBadGraph>>;
    let channel: FakeChannel;
    let bot: Bot;
    let url: string;
    let conversation = 0;

    beforeAll(async () => {
        graph = await startBadGraph();
        channel = await new FakeChannel().start();
        const settings = loadSettings({
            PLAYGROUND: 'off',
            PORT: '0',
            HOST: '127.0.0.1',
            GRAPH_REQUEST_TIMEOUT_MS: '300',
            GRAPH_ANSWER_TIMEOUT_MS: '900',
            BOT_REPLY_TIMEOUT_MS: '400'
        });
        bot = await buildBot(settings, silentLogger, { db: openDatabase(':memory:'), graphBaseUrl: graph.baseUrl, graphRetryDelaySeconds: 0, ai: null });
        url = (await bot.start())!;
    });

    afterAll(async () => {
        await bot.stop();
        await graph.close();
        await channel.stop();
    });

    const send = (text: string) =>
        fetch(`${url}/api/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(messageActivity(text, { serviceUrl: channel.serviceUrl, ...inConversation(`deadline-${++conversation}`) }))
        });

    async function statusReply(): Promise<string> {
        const before = channel.received.length;
        const response = await send('status PF3XYZ12');
        expect(response.status).toBe(200);
        return (await channel.waitForReplies(before + 1))[before].body.text as string;
    }

    it.each(['hang', 'trickle'] as const)('row 6: Graph that %ss gets "Intune is not answering" within the answer deadline, and no typing after', async (mode) => {
        graph.mode = mode;
        const started = graph.requests;
        expect(await statusReply()).toMatch(/Intune is not answering/);
        expect(graph.requests).toBeGreaterThan(started);
        const requestsAfterReply = channel.requests;
        await new Promise((resolve) => setTimeout(resolve, 1200));
        expect(channel.requests).toBe(requestsAfterReply);
    });

    it.each(['html', 'brokenJson', 'notACollection'] as const)('row 11: Graph answering %s with 200 is reported as unreadable, not as "not found"', async (mode) => {
        graph.mode = mode;
        const text = await statusReply();
        expect(text).toMatch(/Intune answered something I could not read/);
        expect(text).not.toMatch(/couldn't find/);
    });

    it('row 7: a serviceUrl that accepts and never answers does not hold the inbound request', async () => {
        graph.mode = 'html';
        // The reply and the apology after it both hang, far longer than the test.
        channel.faults.push({ delayMs: 60_000 }, { delayMs: 60_000 });
        const response = await send('step 2');
        expect(response.status).toBeLessThan(500);
        expect(channel.requests).toBeGreaterThanOrEqual(1);
        channel.faults.length = 0;
        const before = channel.received.length;
        expect((await send('step 3')).status).toBe(200);
        const replies = await channel.waitForReplies(before + 1);
        expect(replies.some((r) => /^Step 3 of 9/.test(r.body.summary))).toBe(true);
    });
});
