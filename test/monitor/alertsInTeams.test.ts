import { messageActivity, submitActivity } from '../support/activities';
import { BotHarness } from '../support/botHarness';
import { type CapturedActivity, FakeChannel } from '../support/fakeChannel';

const group = { id: 'bench-group', conversationType: 'groupChat', tenantId: 'tenant-1', isGroup: true, name: 'Bench' };
const personal = { id: 'alex-personal', conversationType: 'personal', tenantId: 'tenant-1', isGroup: false, name: '' };
const alex = { id: '29:alex', name: 'Alex Tech', aadObjectId: '00000000-0000-0000-0000-0000000000a1' };
const megan = { id: '29:megan', name: 'Megan Bowen', aadObjectId: '00000000-0000-0000-0000-0000000000b2' };

/**
 * Alerts as a technician sees them in Teams (the app's own wiring, alerts over HTTP to a stand-in channel): what a notification shows, the colours,
 * the technician's own time, everyone who asked mentioned, and the watch list showing what the monitor judged.
 */
describe('alerts a technician can read', () => {
    let channel: FakeChannel;
    let bot: BotHarness;
    let t = Date.now();

    beforeAll(async () => {
        channel = await new FakeChannel().start();
        // Turns go through the harness; alerts leave over HTTP to the stand-in channel the conversations came from.
        // The demo tenant's moving devices, on a clock the test steps: in progress when watched, alerting minutes later.
        bot = await BotHarness.start({ env: { MONITOR_POLL_SECONDS: '3600', STALL_AFTER_MINUTES: '3' }, now: () => new Date(t) });
    });
    afterAll(async () => {
        await bot.stop();
        await channel.stop();
    });

    const send = (activity: Record<string, unknown>) => bot.ask({ ...activity, serviceUrl: channel.serviceUrl });
    const say = (text: string, conversation: typeof group, from: typeof alex, timeZone?: string) => send(messageActivity(text, { conversation, from, localTimezone: timeZone }));

    /** The alerts that arrived since `from`, by conversation and serial. */
    function alertsSince(from: number): Map<string, CapturedActivity> {
        const found = new Map<string, CapturedActivity>();
        for (const received of channel.received.slice(from)) {
            const card = received.body.attachments?.[0]?.content;
            if (!card || !JSON.stringify(card).includes('alertKind')) continue;
            const serial = /Device (\S+)/.exec(JSON.stringify(card.body[0]))?.[1];
            found.set(`${received.path.split('/')[3]} ${serial}`, received);
        }
        return found;
    }
    const header = (alert: CapturedActivity) => alert.body.attachments[0].content.body[0];
    const cardText = (alert: CapturedActivity) => JSON.stringify(alert.body.attachments[0].content.body);

    test('one line for notifications, the status card’s colours, local time, every asker mentioned; the list shows the monitor’s view', async () => {
        // Two technicians in one group chat watch the same devices, from different time zones.
        for (const serial of ['5CD4017HJT', 'R90W2K4F']) {
            await say(`watch ${serial}`, group, alex, 'America/New_York');
            await say(`watch ${serial}`, group, megan, 'Asia/Kolkata');
        }
        await say('watch CZC5120M7Q', personal, alex, 'Europe/Paris');

        // Past the stall threshold, the failure and the success (DEMO_TIMELINE): one alert each.
        t += 5 * 60_000;
        const before = channel.received.length;
        await bot.bot.deps.monitor.runCycle();
        const alerts = alertsSince(before);
        expect([...alerts.keys()].sort()).toEqual(['alex-personal CZC5120M7Q', 'bench-group 5CD4017HJT', 'bench-group R90W2K4F']);
        const stalled = alerts.get('bench-group 5CD4017HJT')!;
        const failed = alerts.get('bench-group R90W2K4F')!;
        const ready = alerts.get('alex-personal CZC5120M7Q')!;

        // A toast and the activity feed show one readable line; the card says the rest, no text repeats it.
        expect(stalled.body.summary).toBe('5CD4017HJT stalled: provisioning has stopped moving');
        expect(failed.body.summary).toBe('R90W2K4F failed provisioning');
        expect(ready.body.summary).toBe('CZC5120M7Q is ready to Reseal');
        for (const alert of [stalled, failed, ready]) {
            expect(alert.body.text ?? '').toBe('');
            expect(alert.body.attachments[0].content.fallbackText).toBe(alert.body.summary);
        }

        // Stalled amber, failed red, ready green: as on the status card.
        expect([header(stalled).style, header(failed).style, header(ready).style]).toEqual(['warning', 'attention', 'good']);
        const statusCard = (await say('status R90W2K4F', personal, alex)).card!;
        expect(statusCard.body[0].style).toBe(header(failed).style);

        // One alert in the group, mentioning both who asked.
        expect(stalled.body.attachments[0].content.msteams.entities.map((e: { mentioned: { id: string } }) => e.mentioned.id)).toEqual([alex.aadObjectId, megan.aadObjectId]);
        expect(cardText(stalled)).toContain('<at>Alex Tech</at> and <at>Megan Bowen</at>, you asked me to watch this device.');

        // Times in the zone of whoever asked last: Kolkata in the group, Paris in Alex's personal chat.
        expect(cardText(stalled)).toMatch(/Checked \d{4}-\d\d-\d\d \d\d:\d\d GMT\+5:30/);
        expect(cardText(ready)).toMatch(/Checked \d{4}-\d\d-\d\d \d\d:\d\d (CET|GMT\+1)/);
        expect(cardText(failed)).not.toContain('UTC');

        // Snoozed from the alert; the list shows the stall as the monitor judged it, snoozed until when, in local time.
        const snoozed = await send(submitActivity({ verb: 'snooze', serial: '5CD4017HJT', minutes: 30 }, { conversation: group, from: megan, localTimezone: 'Asia/Kolkata' }));
        expect(snoozed.summary).toMatch(/^Snoozed 5CD4017HJT for 30 min, until \d{4}-\d\d-\d\d \d\d:\d\d GMT\+5:30\./);
        const list = JSON.stringify((await say('what am I watching', group, alex, 'America/New_York')).card);
        expect(list).toMatch(/"text":"Provisioning looks stalled · snoozed until \d{4}-\d\d-\d\d \d\d:\d\d EST","color":"Warning"/);
        expect(list).toContain('Asked by Alex Tech, Megan Bowen · watching until');
        expect(list).not.toContain('Provisioning in progress');
        expect(list).not.toContain('UTC');
    });
});
