import type { Activity } from 'botbuilder';
import { buildBot, type Bot } from '../../src/compose/buildBot';
import { loadSettings } from '../../src/config';
import { AutoEscalation, isEscalatingAlert } from '../../src/escalation/autoEscalation';
import { AlertLedger, type AlertEntry } from '../../src/store/alertLedger';
import { conversationKey } from '../../src/store/conversationReferences';
import { openDatabase } from '../../src/store/database';
import { WatchStore } from '../../src/store/watches';
import { messageActivity, submitActivity } from '../support/activities';
import { FakeChannel } from '../support/fakeChannel';
import { silentLogger } from '../support/silentLogger';

const TENANT = 'c1d2e3f4-0000-4000-8000-0000000a0701';
const CHANNEL = '19:auto-hd@thread.tacv2';
const watcher = { id: '29:tech-dev', name: 'Dev Tech', aadObjectId: '11111111-2222-4333-8444-555555555501' };

it.each([
    ['stalled#1', true],
    ['stalled#12', true],
    // The monitor's reminder when a snooze ends on a device still stuck.
    ['stalled#2@2026-11-30T10:30:00.000Z', true],
    ['ready@2026-11-30T10:30:00.000Z', false],
    ['failed', true],
    ['ready', false],
    ['completed', false],
    ['timedOut', false]
])('alert kind %s escalates itself: %s', (kind, expected) => expect(isEscalatingAlert(kind)).toBe(expected));

describe('AUTO_ESCALATE_AFTER_MINUTES', () => {
    let channel: FakeChannel;
    let bot: Bot;
    let url: string;
    let clock = new Date('2026-11-30T10:00:00Z');
    const techConversation = { id: 'a:dev-chat', conversationType: 'personal', tenantId: TENANT, isGroup: false, name: '' };
    const techKey = conversationKey({ conversation: techConversation });

    const post = (activity: Partial<Activity>) =>
        fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    const auto = () => bot.services.find((s) => s.name === 'auto-escalation') as AutoEscalation;
    const ledger = () => new AlertLedger(bot.db);
    const minutes = (n: number) => (clock = new Date(clock.getTime() + n * 60_000));

    function deliveredAlert(serial: string, kind: string): AlertEntry {
        const entry = { tenantId: TENANT, conversationKey: techKey, serial, deploymentId: `dep-${serial}`, kind };
        ledger().claim(entry, clock);
        ledger().settle(entry, 'sent', clock);
        return entry;
    }

    beforeAll(async () => {
        channel = await new FakeChannel().start();
        const settings = loadSettings({ PORT: '0', HOST: '127.0.0.1', PLAYGROUND: 'off', AUTO_ESCALATE_AFTER_MINUTES: '10' });
        bot = await buildBot(settings, silentLogger, { db: openDatabase(':memory:'), now: () => clock, ai: null });
        url = (await bot.start())!;
        const inChannel = { conversation: { id: `${CHANNEL};messageid=1`, conversationType: 'channel', tenantId: TENANT, isGroup: true, name: '' }, channelData: { channel: { id: CHANNEL } } };
        await post(messageActivity('use this channel for escalations', { serviceUrl: channel.serviceUrl, ...inChannel }));
        await post(messageActivity('hi', { serviceUrl: channel.serviceUrl, from: watcher, conversation: techConversation }));
        await channel.waitForReplies(2);
        for (const serial of ['PC2RD9NX', '038511294557', 'PF3XYZ12']) {
            new WatchStore(bot.db).add({ tenantId: TENANT, conversationKey: techKey, serial, askedBy: watcher, createdAt: clock, expiresAt: new Date(clock.getTime() + 86_400_000) });
        }
    });

    afterAll(async () => {
        await bot.stop();
        bot.db.close();
        await channel.stop();
    });

    it('escalates a failure alert nobody acted on, once, and tells the technician', async () => {
        deliveredAlert('PC2RD9NX', 'failed');
        deliveredAlert('PF3XYZ12', 'ready');
        minutes(9);
        expect(await auto().runOnce()).toBe(0);
        minutes(2);
        const before = channel.received.length;
        expect(await auto().runOnce()).toBe(1);
        await channel.waitForReplies(before + 2);
        const sent = channel.received.slice(before);
        const created = sent.find((r) => r.path === '/v3/conversations')!;
        const card = JSON.stringify(created.body.activity.attachments[0].content);
        expect(card).toContain('automatically: an alert was not acted on');
        expect(card).toContain('Nobody acted on the \\"failed\\" alert for 10 min');
        expect(card).toContain('<at>Dev Tech</at>');
        // Nobody pressed anything: every message says the case escalated itself, none puts it in the technician's name.
        expect(sent.find((r) => r.path.includes('a%3Adev-chat'))!.body.summary).toMatch(/^PC2RD9NX escalated itself to the helpdesk as ESC-1\. Nobody acted on its alert in time/);
        expect(created.body.activity.summary).toMatch(/^ESC-1: device PC2RD9NX escalated itself \(alert to Dev Tech not acted on\)/);
        expect(card).toContain('Automatic escalation ·');
        expect(JSON.stringify(sent.map((r) => r.body))).not.toMatch(/escalated by|Sent to the helpdesk/);
        minutes(30);
        expect(await auto().runOnce()).toBe(0);
    });

    it('an alert the technician escalated by hand does not escalate again', async () => {
        deliveredAlert('038511294557', 'stalled#1');
        const before = channel.received.length;
        await post(submitActivity({ verb: 'escalate', serial: '038511294557', alertKind: 'stalled' }, { serviceUrl: channel.serviceUrl, from: watcher, conversation: techConversation }));
        await channel.waitForReplies(before + 2);
        minutes(11);
        expect(await auto().runOnce()).toBe(0);
        expect(bot.deps.escalation.openCaseForDevice(TENANT, '038511294557')).toMatchObject({ number: 2, source: 'alert', device: { alertKind: 'stalled' } });
    });

    it('the reminder a snooze ends with escalates itself when nobody acts on it either', async () => {
        const serial = '5CD3384F7K'; // the demo tenant's stalled device
        const tech = { serviceUrl: channel.serviceUrl, from: watcher, conversation: techConversation };
        let before = channel.received.length;
        await post(messageActivity(`watch ${serial}`, tech));
        await channel.waitForReplies(before + 1);
        await bot.deps.monitor.runCycle();
        const stallAlert = ledger().awaitingAction(clock).find((alert) => alert.serial === serial);
        expect(stallAlert?.kind).toBe('stalled#1');

        before = channel.received.length;
        await post(submitActivity({ verb: 'snooze', serial, minutes: 30 }, tech));
        await channel.waitForReplies(before + 1);
        minutes(31);
        await bot.deps.monitor.runCycle();
        const reminder = ledger().awaitingAction(clock).find((alert) => alert.serial === serial);
        expect(reminder?.kind).toMatch(/^stalled#1@/);

        minutes(11);
        await auto().runOnce();
        expect(bot.deps.escalation.openCaseForDevice(TENANT, serial)).toMatchObject({ source: 'auto', device: { alertKind: 'stalled' } });
    });
});
