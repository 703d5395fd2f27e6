import { buildBot, type Bot } from '../../src/compose/buildBot';
import { loadSettings } from '../../src/config';
import { openDatabase } from '../../src/store/database';
import { inConversation, messageActivity } from '../support/activities';
import { FakeChannel } from '../support/fakeChannel';
import { capturedLog } from '../support/capturedLog';

/**
 * Issue 8 row 10: activities with a valid shape but odd field types. Each gets a proper answer (a reply, or an
 * invoke response) instead of a TypeError apology or silence, and the bot answers normally afterwards.
 */
describe('odd but valid-shaped activities', () => {
    let channel: FakeChannel;
    let bot: Bot;
    let url: string;
    let conversation = 0;
    const log = capturedLog('info');

    beforeAll(async () => {
        channel = await new FakeChannel().start();
        bot = await buildBot(loadSettings({ PLAYGROUND: 'off', PORT: '0', HOST: '127.0.0.1' }), log.logger, { db: openDatabase(':memory:'), ai: null });
        url = (await bot.start())!;
    });

    afterAll(async () => {
        await bot.stop();
        await channel.stop();
    });

    const post = (activity: object) =>
        fetch(`${url}/api/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ ...activity, serviceUrl: channel.serviceUrl })
        });

    const fresh = (text: string | undefined, overrides: Record<string, unknown> = {}) =>
        messageActivity(text, { ...inConversation(`odd-${++conversation}`), ...overrides });

    it.each([
        ['value: null', fresh('step 2', { value: null })],
        ['entities: "x"', fresh('step 2', { entities: 'x' })],
        ['entities with nulls', fresh('step 2', { entities: [null, 7, { type: null }] })],
        ['a mention with null fields', fresh('<at>Bot</at> step 2', { entities: [{ type: 'mention', text: null, mentioned: null }] })],
        ['a mention of nobody', fresh('<at>Bot</at> step 2', { entities: [{ type: 'mention', mentioned: { id: null, name: null } }] })],
        ['locale: {}', fresh('step 2', { locale: {} })],
        ['locale: 42', fresh('step 2', { locale: 42 })],
        ['channelData: "x"', fresh('step 2', { channelData: 'x' })],
        ['channelData.tenant: null', fresh('step 2', { channelData: { tenant: null } })],
        ['attachments: "x"', fresh('step 2', { attachments: 'x' })],
        ['from.name: {}', fresh('step 2', { from: { id: 'user-odd', name: {} } })],
        ['timestamp: "yesterday"', fresh('step 2', { timestamp: 'yesterday' })],
        ['localTimezone: 5', fresh('step 2', { localTimezone: 5 })],
        ['text: 42', fresh(undefined, { text: 42 })]
    ])('answers a message with %s', async (_name, activity) => {
        const before = channel.received.length;
        const response = await post(activity);
        expect(response.status).toBe(200);
        const replies = await channel.waitForReplies(before + 1);
        const text = replies.slice(before).map((r) => r.body.text ?? '').join('\n');
        expect(text).not.toMatch(/something went wrong/i);
    });

    it.each([
        ['an unknown invoke', { type: 'invoke', name: 'composeExtension/bogus', value: { x: 1 } }, 1],
        ['an invoke with no name', { type: 'invoke', value: null }, 1],
        ['a card action with no action', { type: 'invoke', name: 'adaptiveCard/action', value: null }, 1],
        ['a card action with an unknown verb', { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'nope', data: null } } }, 0]
    ])('answers %s with an invoke response and one log line', async (_name, invoke, lines) => {
        const logged = log.lines.filter((l) => l.msg === 'invoke not handled').length;
        const response = await post(fresh(undefined, invoke));
        expect(response.status).toBeLessThan(500);
        expect(response.status).not.toBe(501);
        const body = await response.json();
        expect(JSON.stringify(body)).toMatch(/not available|does not handle/);
        const unhandled = log.lines.filter((l) => l.msg === 'invoke not handled').length - logged;
        expect(unhandled).toBe(lines);
    });

    it.each([
        ['an unknown activity type', { type: 'bogusType' }],
        ['a conversationUpdate with odd members', { type: 'conversationUpdate', membersAdded: 'x', membersRemoved: [null] }],
        ['an installationUpdate with no action', { type: 'installationUpdate', action: null }],
        ['a messageReaction with nulls', { type: 'messageReaction', reactionsAdded: [null] }]
    ])('accepts %s without failing', async (_name, overrides) => {
        const response = await post(fresh(undefined, overrides));
        expect(response.status).toBe(200);
    });

    it('answers normally afterwards', async () => {
        const before = channel.received.length;
        expect((await post(fresh('step 5'))).status).toBe(200);
        expect((await channel.waitForReplies(before + 1))[before].body.summary).toMatch(/^Step 5 of 9/);
    });
});
