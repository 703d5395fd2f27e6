import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { buildBot, type Bot } from '../../src/compose/buildBot';
import { loadSettings, type Settings } from '../../src/config';
import { executeActivity, messageActivity, submitActivity } from '../support/activities';
import { CapturedActivity, FakeChannel } from '../support/fakeChannel';
import { silentLogger } from '../support/silentLogger';

/**
 * The whole hand-off over real HTTP: the bot's own wiring on loopback, a stand-in Teams connector receiving the new
 * channel thread, card updates (PUT) and the technician's messages. Ids are this test's own, not the playground's.
 */
const TENANT = 'b7a3c2d1-0000-4000-8000-00000000e5c0';
const CHANNEL = '19:hd-queue-7f3a@thread.tacv2';
const technician = { id: '29:tech-anna', name: 'Anna Tech', aadObjectId: '0e1b6a2c-1111-4a2b-9c3d-00000000a001' };
const helpdeskA = { id: '29:hd-ben', name: 'Ben Desk', aadObjectId: '0e1b6a2c-2222-4a2b-9c3d-00000000b002' };
const helpdeskB = { id: '29:hd-cara', name: 'Cara Desk', aadObjectId: '0e1b6a2c-3333-4a2b-9c3d-00000000c003' };

describe('helpdesk escalation over HTTP', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'escalation-http-'));
    let channel: FakeChannel;
    let settings: Settings;
    let bot: Bot;
    let url: string;

    const techChat = (overrides: Partial<Activity> = {}) => ({
        serviceUrl: channel.serviceUrl,
        from: technician,
        conversation: { id: 'a:anna-personal', conversationType: 'personal', tenantId: TENANT, isGroup: false, name: '' },
        ...overrides
    });
    const inChannel = (from: typeof helpdeskA, thread = '100', channelId = CHANNEL) => ({
        serviceUrl: channel.serviceUrl,
        from,
        conversation: { id: `${channelId};messageid=${thread}`, conversationType: 'channel', tenantId: TENANT, isGroup: true, name: '' },
        channelData: { channel: { id: channelId, name: 'Escalations' }, team: { id: '19:team-hd@thread.tacv2', name: 'Helpdesk' }, tenant: { id: TENANT } }
    });

    async function post(activity: Partial<Activity>): Promise<{ status: number; body: any }> {
        const response = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
        const text = await response.text();
        return { status: response.status, body: text ? JSON.parse(text) : undefined };
    }

    /** Sends and waits for `count` requests to reach the channel; returns them. */
    async function expectRequests(send: () => Promise<unknown>, count: number): Promise<CapturedActivity[]> {
        const before = channel.received.length;
        await send();
        await channel.waitForReplies(before + count);
        await new Promise((resolve) => setTimeout(resolve, 100)); // nothing more should come
        return channel.received.slice(before);
    }

    const say = (text: string, where: Partial<Activity>) => post(messageActivity(text, where));
    const cardOf = (request: CapturedActivity) => request.body.attachments?.[0]?.content;
    const cardText = (card: unknown) => JSON.stringify(card);

    async function startBot(): Promise<void> {
        bot = await buildBot(settings, silentLogger);
        url = (await bot.start())!;
    }

    beforeAll(async () => {
        channel = await new FakeChannel().start();
        settings = loadSettings({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, PLAYGROUND: 'off', LOG_LEVEL: 'silent' });
        await startBot();
    });

    afterAll(async () => {
        await bot.stop();
        await channel.stop();
        fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('without a helpdesk channel, Escalate explains how to set one up and records nothing', async () => {
        const [answer] = await expectRequests(() => post(submitActivity({ verb: 'escalate', serial: 'PC2RD9NX' }, techChat())), 1);
        expect(answer.body.summary).toMatch(/No helpdesk channel is set up.*use this channel for escalations/);
        const [where] = await expectRequests(() => say('where do escalations go?', techChat()), 1);
        expect(where.body.summary).toMatch(/nowhere to go yet/);
    });

    let threadId: string;
    let cardId: string;

    it('registers the channel it is asked in, and says where escalations go', async () => {
        const [done] = await expectRequests(() => say('use this channel for escalations', inChannel(helpdeskA)), 1);
        expect(done.body.summary).toMatch(/Done: escalations from this organization now open a new thread here, in \*\*Escalations\*\* in team \*\*Helpdesk\*\*/);
        const [where] = await expectRequests(() => say('where do escalations go?', techChat()), 1);
        expect(where.body.summary).toMatch(/Escalations.*Helpdesk.*set by Ben Desk/);
    });

    it('Escalate on the status card opens a new thread in the helpdesk channel and confirms with the case number', async () => {
        const sent = await expectRequests(() => post(submitActivity({ verb: 'escalate', serial: 'PC2RD9NX', note: 'red screen after the apps step' }, techChat())), 2);
        const created = sent.find((r) => r.path === '/v3/conversations')!;
        expect(created.body).toMatchObject({ isGroup: true, channelData: { channel: { id: CHANNEL } }, tenantId: TENANT });
        const card = created.body.activity.attachments[0].content;
        expect(card.refresh.action).toMatchObject({ type: 'Action.Execute', verb: 'caseRefresh', data: { caseNumber: 1 } });
        expect(card.msteams.entities[0]).toMatchObject({ type: 'mention', text: '<at>Anna Tech</at>', mentioned: { id: technician.id } });
        expect(cardText(card)).toContain('ESC-1 · helpdesk case');
        expect(cardText(card)).toContain('PC2RD9NX');
        expect(cardText(card)).toContain('red screen after the apps step');
        expect(card.actions.map((a: any) => a.title)).toEqual(['Take', 'Add note', 'Resolve']);
        const confirmation = sent.find((r) => r.path.includes('a%3Aanna-personal'))!;
        expect(confirmation.body.summary).toMatch(/^Sent to the helpdesk as ESC-1/);
        const stored = bot.deps.escalation.view({ tenantId: TENANT, person: technician }, 1);
        cardId = stored.kind === 'found' ? stored.case.channelCard!.activityId : '';
        threadId = `${CHANNEL};messageid=${cardId}`;
    });

    it('a second escalation of the same device adds to the open case and updates the card in place', async () => {
        const sent = await expectRequests(() => say('escalate PC2RD9NX retried once, same error', techChat()), 2);
        const update = sent.find((r) => r.method === 'PUT')!;
        expect(update.path).toBe(`/v3/conversations/${encodeURIComponent(threadId)}/activities/${cardId}`);
        expect(cardText(cardOf(update))).toContain('retried once, same error');
        expect(sent.find((r) => r.method === 'POST')!.body.summary).toMatch(/^Added to ESC-1, which is still open/);
    });

    it('two people pressing Take at once: one takes it, the other is told who has it, one consistent card', async () => {
        const take = (who: typeof helpdeskA) => post(executeActivity('caseTake', { verb: 'caseTake', caseNumber: 1 }, { ...inChannel(who, cardId), replyToId: cardId }));
        const before = channel.received.length;
        const [a, b] = await Promise.all([take(helpdeskA), take(helpdeskB)]);
        const answers = [a, b].map((r) => r.body);
        const won = answers.filter((r) => r.type === 'application/vnd.microsoft.card.adaptive');
        const lost = answers.filter((r) => r.type === 'application/vnd.microsoft.activity.message');
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(1);
        const taker = cardText(won[0].value).includes('Taken by Ben Desk') ? 'Ben Desk' : 'Cara Desk';
        expect(lost[0].value).toBe(`ESC-1 is already taken by ${taker}. Nothing was changed.`);
        // The card is replaced for everyone once, and the technician hears who took it.
        await channel.waitForReplies(before + 2);
        await new Promise((resolve) => setTimeout(resolve, 100));
        const sent = channel.received.slice(before);
        expect(sent.filter((r) => r.method === 'PUT')).toHaveLength(1);
        expect(sent.find((r) => r.path.includes('a%3Aanna-personal'))!.body.summary).toBe(`${taker} took ESC-1. The helpdesk is on it.`);
        // A double click by the winner changes nothing either.
        const again = await take(taker === 'Ben Desk' ? helpdeskA : helpdeskB);
        expect(again.body.value).toBe('You have already taken ESC-1.');
    });

    it('Resolve from outside the helpdesk channel is refused politely and the card is unchanged', async () => {
        const before = channel.received.length;
        const fromChat = await post(executeActivity('caseResolve', { verb: 'caseResolve', caseNumber: 1, note: 'done' }, { ...techChat(), replyToId: cardId }));
        expect(fromChat.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
        expect(fromChat.body.value).toMatch(/^Sorry, only the helpdesk can resolve cases.*Nothing was changed\.$/);
        const otherChannel = await post(executeActivity('caseResolve', { verb: 'caseResolve', caseNumber: 1, note: 'done' }, { ...inChannel(helpdeskA, '5', '19:random@thread.tacv2'), replyToId: '5' }));
        expect(otherChannel.body.value).toMatch(/^Sorry, only the helpdesk can resolve/);
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(channel.received.slice(before)).toEqual([]);
        expect(bot.deps.escalation.view({ tenantId: TENANT, person: technician }, 1)).toMatchObject({ case: { status: 'taken' } });
    });

    it("the technician's note from their chat appears on the channel card", async () => {
        const sent = await expectRequests(() => say('note for ESC-1: swapped the network cable, same error', techChat()), 2);
        expect(cardText(cardOf(sent.find((r) => r.method === 'PUT')!))).toContain('swapped the network cable, same error');
        expect(sent.find((r) => r.method === 'POST')!.body.summary).toMatch(/^Note added to ESC-1/);
    });

    it('Resolve with a note from the channel card closes the case and tells the technician', async () => {
        const empty = await post(executeActivity('caseResolve', { verb: 'caseResolve', caseNumber: 1, note: ' ' }, { ...inChannel(helpdeskB, cardId), replyToId: cardId }));
        expect(empty.body.value).toMatch(/Write what fixed it/);
        const before = channel.received.length;
        const resolved = await post(executeActivity('caseResolve', { verb: 'caseResolve', caseNumber: 1, note: 'Fixed the Win32 app detection rule' }, { ...inChannel(helpdeskB, cardId), replyToId: cardId }));
        expect(cardText(resolved.body.value)).toContain('Resolved by Cara Desk: Fixed the Win32 app detection rule');
        expect(resolved.body.value.actions.map((a: any) => a.title)).toEqual(['History']);
        await channel.waitForReplies(before + 2);
        const told = channel.received.slice(before).find((r) => r.path.includes('a%3Aanna-personal'))!;
        expect(told.body.text).toBeUndefined();
        expect(told.body.summary).toBe('ESC-1 resolved by Cara Desk. Resolution: Fixed the Win32 app detection rule');
    });

    it('after a restart the case, its history and the channel are all still there', async () => {
        await bot.stop();
        await startBot();
        const [history] = await expectRequests(() => say('show ESC-1', techChat()), 1);
        expect(cardText(cardOf(history))).toContain('Anna Tech');
        for (const what of ['escalated the device: red screen after the apps step', 'escalated the device again', 'took the case', 'added a note: swapped', 'resolved the case: Fixed']) {
            expect(cardText(cardOf(history))).toContain(what);
        }
        const late = await post(executeActivity('caseTake', { verb: 'caseTake', caseNumber: 1 }, { ...inChannel(helpdeskA, cardId), replyToId: cardId }));
        expect(late.body.value).toMatch(/^ESC-1 is already resolved by Cara Desk\. Nothing was changed\./);
        const [next] = await expectRequests(() => say('my open cases', techChat()), 1);
        expect(next.body.summary).toBe('You have 0 open cases.');
        const refreshed = await post(executeActivity('caseRefresh', { verb: 'caseRefresh', caseNumber: 1 }, { ...inChannel(helpdeskA, cardId), replyToId: cardId }));
        expect(refreshed.body.type).toBe('application/vnd.microsoft.card.adaptive');
        expect(cardText(refreshed.body.value)).toContain('Resolved by Cara Desk');
    });

    it('"open cases" in the helpdesk channel lists the tenant\'s cases; another tenant sees none of them', async () => {
        await expectRequests(() => post(submitActivity({ verb: 'escalate', serial: '038511294557' }, techChat())), 2);
        const [list] = await expectRequests(() => say('open cases', inChannel(helpdeskA)), 1);
        expect(list.body.summary).toBe('1 open case.');
        expect(cardText(cardOf(list))).toContain('ESC-2');
        const stranger = { ...techChat(), conversation: { id: 'a:other', conversationType: 'personal', tenantId: 'another-tenant', isGroup: false, name: '' } };
        const [other] = await expectRequests(() => say('show ESC-2', stranger), 1);
        expect(other.body.summary).toMatch(/^I have no case ESC-2/);
    });
});
