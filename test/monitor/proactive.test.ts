import type { ConversationReference } from 'botbuilder';
import { createAdapter } from '../../src/server/botAdapter';
import { ProactiveSender, ProactiveSenderOptions } from '../../src/proactive/proactiveSender';
import { conversationKey, SqliteConversationReferenceStore } from '../../src/store/conversationReferences';
import { openDatabase } from '../../src/store/database';
import { FakeChannel } from '../support/fakeChannel';
import { silentLogger } from '../support/silentLogger';

/** The real Teams adapter in local mode, sending over HTTP to a stand-in channel. */
describe('ProactiveSender', () => {
    let channel: FakeChannel;
    let references: SqliteConversationReferenceStore;
    let key: string;

    const adapter = createAdapter({ bot: { mode: 'local', appId: '', type: 'MultiTenant' }, logger: silentLogger });

    function sender(overrides: Partial<ProactiveSenderOptions> = {}): ProactiveSender {
        return new ProactiveSender({ adapter, botAppId: '', references, logger: silentLogger, backoffMs: 5, maxBackoffMs: 20, ...overrides });
    }

    function reference(conversationId: string): Partial<ConversationReference> {
        return {
            channelId: 'msteams',
            serviceUrl: channel.serviceUrl,
            conversation: { id: conversationId, tenantId: 'tenant-p', conversationType: 'personal', isGroup: false, name: '' },
            bot: { id: 'bot-1', name: 'Autopilot Technician' },
            user: { id: 'user-1', name: 'Alex Tech', aadObjectId: 'aad-1' }
        };
    }

    beforeEach(async () => {
        channel = await new FakeChannel().start();
        references = new SqliteConversationReferenceStore(openDatabase(':memory:'));
        const stored = reference('conv-p1');
        references.save(stored);
        key = conversationKey(stored);
    });

    afterEach(() => channel.stop());

    test('delivers to the stored conversation and returns the channel id', async () => {
        const outcome = await sender().send(key, 'Device PF3XYZ12 is ready to Reseal');
        expect(outcome).toEqual({ kind: 'sent', value: { id: 'reply-1' }, attempts: 1 });
        expect(channel.received).toHaveLength(1);
        expect(channel.received[0].path).toMatch(/^\/v3\/conversations\/conv-p1\/activities/);
        expect(channel.received[0].body.text).toBe('Device PF3XYZ12 is ready to Reseal');
    });

    test('an unknown conversation is reported, nothing is sent', async () => {
        expect(await sender().send('tenant-p/never-installed', 'hello')).toEqual({ kind: 'noReference' });
        expect(channel.requests).toBe(0);
    });

    test.each([
        [403, 'BotNotInConversationRoster'],
        [404, 'ConversationNotFound']
    ])('%i: the reference is deleted, subscribers hear it once, later sends find nothing', async (status, code) => {
        const proactive = sender();
        const gone: string[] = [];
        proactive.onConversationGone((goneKey, detail) => void gone.push(`${goneKey} ${detail.status} ${detail.code}`));
        channel.faults.push({ status, code });
        const [first, second] = await Promise.all([proactive.send(key, 'one'), proactive.send(key, 'two')]);
        expect(first).toEqual({ kind: 'gone', status, code });
        expect(second).toEqual({ kind: 'noReference' });
        expect(gone).toEqual([`${key} ${status} ${code}`]);
        expect(references.get(key)).toBeUndefined();
        expect(channel.requests).toBe(1);
    });

    test('429 beyond the connector’s own retries is retried with backoff until it goes through', async () => {
        // The connector client retries each POST 3 times itself: six 429s exhaust its first attempt.
        for (let i = 0; i < 6; i++) channel.faults.push({ status: 429, retryAfter: '0' });
        const outcome = await sender().send(key, 'after the storm');
        expect(outcome).toMatchObject({ kind: 'sent', attempts: 2 });
        expect(channel.received.map((r) => r.body.text)).toEqual(['after the storm']);
    });

    test('a 429 storm ends in a bounded number of requests and a typed failure', async () => {
        for (let i = 0; i < 100; i++) channel.faults.push({ status: 429, retryAfter: '0' });
        const outcome = await sender({ maxAttempts: 2 }).send(key, 'never');
        expect(outcome).toMatchObject({ kind: 'failed', reason: 'throttled', status: 429, attempts: 2 });
        expect(channel.requests).toBe(8); // 2 attempts × (1 + 3 connector retries)
        expect(references.get(key)).toBeDefined();
    });

    test('a refusal that retrying cannot fix is not retried and keeps the reference', async () => {
        channel.faults.push({ status: 400, code: 'BadArgument' });
        const outcome = await sender().send(key, 'bad');
        expect(outcome).toMatchObject({ kind: 'failed', reason: 'rejected', status: 400, attempts: 1 });
        expect(channel.requests).toBe(1);
        expect(references.get(key)).toBeDefined();
    });

    test('a channel that answers too late is given up on at the attempt deadline, and the next send still works', async () => {
        channel.faults.push({ delayMs: 600 });
        const proactive = sender({ attemptTimeoutMs: 300 });
        const outcome = await proactive.send(key, 'lost');
        expect(outcome).toMatchObject({ kind: 'failed', reason: 'timeout', attempts: 1 });
        expect(await proactive.send(key, 'next')).toMatchObject({ kind: 'sent' });
        // The late answer still arrives; it was not sent twice.
        await channel.waitForReplies(2);
        expect(channel.received.map((r) => r.body.text).sort()).toEqual(['lost', 'next']);
    });

    test('a channel that keeps failing (503) is reported as unavailable after the retries', async () => {
        for (let i = 0; i < 100; i++) channel.faults.push({ status: 503, retryAfter: '0' });
        const outcome = await sender({ maxAttempts: 2 }).send(key, 'x');
        expect(outcome).toMatchObject({ kind: 'failed', reason: 'unavailable', status: 503, attempts: 2 });
        expect(references.get(key)).toBeDefined();
    });

    test('sends to one conversation arrive in order, each paced within its window', async () => {
        const proactive = sender({ conversationWindows: [{ limit: 2, ms: 100 }] });
        const texts = Array.from({ length: 6 }, (_, i) => `alert ${i + 1}`);
        const outcomes = await Promise.all(texts.map((text) => proactive.send(key, text)));
        expect(outcomes.every((o) => o.kind === 'sent')).toBe(true);
        expect(channel.received.map((r) => r.body.text)).toEqual(texts);
    });

    test('pacing that would pass the send deadline drops the send instead of queueing it forever', async () => {
        const proactive = sender({ conversationWindows: [{ limit: 1, ms: 60_000 }], sendDeadlineMs: 1000 });
        expect(await proactive.send(key, 'first')).toMatchObject({ kind: 'sent' });
        expect(await proactive.send(key, 'second')).toMatchObject({ kind: 'failed', reason: 'deadline', attempts: 0 });
        expect(channel.received).toHaveLength(1);
    });

    test('continueWith runs arbitrary logic in the conversation and returns its value', async () => {
        const outcome = await sender().continueWith(key, async (context) => {
            const sent = await context.sendActivity('card placeholder');
            return `kept ${sent?.id}`;
        });
        expect(outcome).toEqual({ kind: 'sent', value: 'kept reply-1', attempts: 1 });
    });
});
