import { executeActivity, inConversation, messageActivity, submitActivity } from '../support/activities';
import { actions } from '../cards/cardJson';
import { startLoopbackBot, type LoopbackBot, type TurnResult } from '../support/loopbackBot';
import { silentLogger } from '../support/silentLogger';

/**
 * An alert's own buttons change that alert where it is, over HTTP both ways (the app's wiring, the monitor's alert
 * sent to a stand-in channel): Snooze and Stop watching redraw it (Action.Execute: the invoke answers with the card;
 * Action.Submit: a PUT on the alert's message), one bubble at most per click, and an old or malformed click gets a line.
 */
let running: LoopbackBot;
/** The bot's and the demo tenant's clock, stepped by the test. */
let t = Date.now();
beforeAll(async () => (running = await startLoopbackBot({ MONITOR_POLL_SECONDS: '3600', STALL_AFTER_MINUTES: '3' }, silentLogger, { now: () => new Date(t) })));
afterAll(async () => running.stop());

/** Runs the technician flow from 2 minutes before the tenant starts: stalled (over 3 minutes) a minute later. */
const STALLED = '5CD4017HJT';
const here = { ...inConversation('alert-in-place'), localTimezone: 'Asia/Kolkata' };

/** The card an Action.Execute answered with: nothing posted, the invoke's body is the card. */
function cardInPlace(answer: TurnResult): Record<string, any> {
    expect(answer.sent).toHaveLength(0);
    expect(answer.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    return answer.body.value;
}
const titles = (card: Record<string, any>) => actions(card).map((action) => String(action.title));
/** The data of the card's button titled so (the Action.Execute's; its fallback carries the same). */
const dataOf = (card: Record<string, any>, title: string) => actions(card).find((action) => action.title === title)!.data as Record<string, unknown>;
const text = (card: unknown) => JSON.stringify(card);

describe('an alert changes in place', () => {
    let alert: Record<string, any>;

    beforeAll(async () => {
        const watched = await running.turn(messageActivity(`watch ${STALLED}`, here));
        expect(watched.sent[0].body.summary).toMatch(/Right now: Provisioning in progress/);
        t += 90_000;
        const before = running.channel.received.length;
        await running.bot.deps.monitor.runCycle();
        const sent = running.channel.received.slice(before);
        expect(sent).toHaveLength(1);
        alert = sent[0].body.attachments[0].content;
        expect(text(alert)).toContain('Provisioning looks stalled');
    });

    it('offers Snooze and Stop watching, each naming the alert it is on', () => {
        expect(titles(alert)).toEqual(['Show status', 'Escalate to helpdesk', 'Snooze 30 min', 'Stop watching']);
        expect(dataOf(alert, 'Snooze 30 min')).toMatchObject({ verb: 'snooze', serial: STALLED, card: 'alert', deployment: expect.any(String), alert: 'stalled#1' });
    });

    it('Snooze turns the alert into a snoozed one, in the presser’s time, with no second Snooze', async () => {
        const snoozed = cardInPlace(await running.turn(executeActivity('snooze', dataOf(alert, 'Snooze 30 min'), { ...here, replyToId: 'alert-1' })));
        expect(text(snoozed)).toMatch(/Snoozed until \d{4}-\d\d-\d\d \d\d:\d\d GMT\+5:30: if it is still stuck then, I'll tell you again\./);
        expect(text(snoozed)).toContain('Provisioning looks stalled');
        expect(titles(snoozed)).toEqual(['Show status', 'Escalate to helpdesk', 'Stop watching']);
        expect(snoozed.fallbackText).toMatch(new RegExp(`^${STALLED} stalled: provisioning has stopped moving\\. Snoozed until `));
        expect(running.bot.deps.watches.list({ tenantId: 'tenant-1', conversationKey: 'tenant-1/alert-in-place' })[0].snoozedUntil).toBeDefined();
    });

    it('Stop watching from an older client (Action.Submit) updates the alert message: no longer watched, no Snooze', async () => {
        const answer = await running.turn(submitActivity(dataOf(alert, 'Stop watching'), { ...here, replyToId: 'alert-1' }));
        expect(answer.sent.map((sent) => sent.method)).toEqual(['PUT']);
        expect(answer.sent[0].path).toMatch(/\/activities\/alert-1$/);
        expect(answer.sent[0].body.text ?? '').toBe('');
        const stopped = answer.sent[0].body.attachments[0].content;
        expect(text(stopped)).toContain('No longer watching this device: no more alerts about it here.');
        expect(titles(stopped)).toEqual(['Show status', 'Escalate to helpdesk', 'Watch again']);
        expect(running.bot.deps.watches.list({ tenantId: 'tenant-1', conversationKey: 'tenant-1/alert-in-place' })).toEqual([]);
    });

    it('Watch again redraws it watched, and the monitor does not tell the same stall a second time', async () => {
        const watched = cardInPlace(await running.turn(executeActivity('watch', { ...dataOf(alert, 'Stop watching'), verb: 'watch' }, here)));
        expect(titles(watched)).toEqual(['Show status', 'Escalate to helpdesk', 'Snooze 30 min', 'Stop watching']);
        expect(text(watched)).not.toContain('No longer watching');
        const before = running.channel.received.length;
        await running.bot.deps.monitor.runCycle();
        expect(running.channel.received.slice(before)).toHaveLength(0);
    });

    it('an alert the ledger never issued, or a malformed click, changes nothing and is answered with one line', async () => {
        const place = { tenantId: 'tenant-1', conversationKey: 'tenant-1/alert-in-place' };
        for (const unknown of [
            { verb: 'snooze', serial: STALLED, minutes: 30, card: 'alert', deployment: 'gone-deployment', alert: 'stalled#1' },
            { verb: 'unwatch', serial: STALLED, card: 'alert', deployment: dataOf(alert, 'Stop watching').deployment, alert: 'failed#99' }
        ]) {
            const execute = await running.turn(executeActivity(unknown.verb, unknown, here));
            expect(execute.sent).toHaveLength(0);
            expect(execute.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: expect.stringMatching(/^I could not find that alert any more, so I changed nothing\./) });
        }
        expect(running.bot.deps.watches.list(place)).toEqual([expect.objectContaining({ serial: STALLED, snoozedUntil: undefined })]);
        for (const value of [
            { verb: 'unwatch', serial: STALLED, card: 'alert', deployment: 42, alert: ['x'] },
            { verb: 'snooze', card: 'alert', deployment: 'x'.repeat(5000), alert: null },
            { verb: 'watch', serial: { nested: true }, card: 'alert' },
            { verb: 'snooze', serial: '<script>alert(1)</script>', card: 'alert', deployment: 'x', alert: 'y' }
        ]) {
            const answer = await running.turn(submitActivity(value, { ...here, replyToId: 'alert-1' }));
            expect(answer.sent).toHaveLength(1);
            expect(answer.sent[0].method).toBe('POST');
            expect(answer.sent[0].body.attachments ?? []).toHaveLength(0);
            expect(answer.sent[0].body.text).toMatch(/^I could not find that alert any more/);
        }
        expect(running.bot.deps.watches.list(place).map((w) => w.serial)).toEqual([STALLED]);
    });
});
