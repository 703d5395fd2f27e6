import { conversationKey } from '../../src/store/conversationReferences';
import { inConversation, messageActivity, submitActivity } from '../support/activities';
import { BotHarness, expectOneBubble, visibleText } from '../support/botHarness';

/** Watching devices from chat and from cards, through the real app and the demo tenant. */
describe('watching devices in chat', () => {
    let bot: BotHarness;
    beforeAll(async () => (bot = await BotHarness.start()));
    afterAll(async () => bot.stop());

    const say = (conversation: string, text: string) => bot.ask(messageActivity(text, inConversation(conversation)));
    const press = (conversation: string, value: Record<string, unknown>) => bot.ask(submitActivity(value, inConversation(conversation)));

    test('a watch request naming something that is no serial never acts on the last device', async () => {
        expect((await say('w-garbage', 'watch 8CG1462WQ7')).summary).toMatch(/^Watching 8CG1462WQ7/);
        for (const text of ['unwatch !!!', 'stop watching the Dell on bench 3']) {
            expect((await say('w-garbage', text)).summary).toMatch(/isn't a serial number I can look up: a serial is 4 to 30 letters, digits or hyphens\. Which device\? For example: stop watching PF3XYZ12$/);
        }
        expect((await say('w-garbage', 'watch ???')).summary).toMatch(/"\?\?\?" isn't a serial number.*For example: watch PF3XYZ12$/);
        expect((await say('w-garbage', 'what am I watching')).summary).toMatch(/8CG1462WQ7/);
        expect((await say('w-garbage', 'stop watching it')).summary).toBe('Stopped watching 8CG1462WQ7. No more alerts about it here.');
    });

    test('watch by phrase, list, stop: the list shows what the monitor knows', async () => {
        expect((await say('w-1', 'ping me if 8CG1462WQ7 gets stuck')).summary).toMatch(/^Watching 8CG1462WQ7\. Right now: Provisioning in progress\..*stalls, fails or is ready to Reseal/);
        expect((await say('w-1', 'watch PF3XYZ12')).summary).toMatch(/^Watching PF3XYZ12/);
        expect((await say('w-1', 'watch pf3xyz12')).summary).toMatch(/^Still watching PF3XYZ12, for another 24 h/);

        const list = await say('w-1', 'what am I watching');
        expect(list.summary).toBe('Watching 8CG1462WQ7, PF3XYZ12.');
        expect(visibleText(list)).toMatch(/Watching 2 devices/);
        // What each watch read when it started, not "not checked yet" until the monitor's next cycle.
        expect(visibleText(list)).not.toMatch(/Not checked yet/);
        expect(visibleText(list)).toMatch(/8CG1462WQ7[\s\S]*Provisioning in progress/);
        expect(JSON.stringify(list.card)).toContain('"verb":"unwatch","serial":"PF3XYZ12"');

        expect((await say('w-1', 'stop watching PF3XYZ12')).summary).toMatch(/^Stopped watching PF3XYZ12/);
        expect((await say('w-1', 'stop watching PF3XYZ12')).summary).toMatch(/I was not watching PF3XYZ12/);
        expect((await say('w-1', 'stop watching all')).summary).toBe('Stopped watching 1 device in this chat.');
        expect(visibleText(await say('w-1', 'what am I watching'))).toMatch(/Not watching any device/);
    });

    test('several devices named in one message are all watched (or all stopped), in one reply', async () => {
        const watched = await say('w-several', 'watch PF3XYZ12 and CZC2410A01, also pf3xyz13');
        expect(watched.text).toMatch(/^Watching 1 of 3 devices\./);
        expect(watched.text).toMatch(/- PF3XYZ12: Provisioning in progress/);
        expect(watched.text).toMatch(/- CZC2410A01 is already ready to Reseal \(nothing left to watch for\)/);
        expect(watched.text).toMatch(/no Autopilot device with serial PF3XYZ13/);
        const place = { tenantId: 'tenant-1', conversationKey: 'tenant-1/w-several' };
        expect(bot.bot.deps.watches.list(place).map((w) => w.serial)).toEqual(['PF3XYZ12']);
        await say('w-several', 'watch 8CG1462WQ7');
        const stopped = await say('w-several', 'stop watching PF3XYZ12 and 8CG1462WQ7');
        expect(stopped.text).toMatch(/Stopped watching PF3XYZ12[\s\S]*Stopped watching 8CG1462WQ7/);
        expect(bot.bot.deps.watches.list(place)).toEqual([]);
    });

    test('a status asked for several devices shows the first and says how to see or watch the others', async () => {
        const reply = await say('s-several', 'status 5CD3384F7K and PF3XYZ12');
        expect(reply.card).toBeDefined();
        expect(visibleText(reply)).toMatch(/You named 2 devices: this is 5CD3384F7K\. Ask "status PF3XYZ12"[\s\S]*watch 5CD3384F7K PF3XYZ12/);
    });

    test('unknown and ambiguous devices are answered like the status lookup, and not watched', async () => {
        expect((await say('w-2', 'watch PF3XYZ13')).summary).toMatch(/no Autopilot device with serial PF3XYZ13.*Did you mean PF3XYZ12/);
        const chooser = await say('w-2', 'let me know when CZC2410A is done');
        expect(chooser.summary).toMatch(/Several devices match "CZC2410A"/);
        expect(JSON.stringify(chooser.card)).toContain('CZC2410A01');
        expect(JSON.stringify(chooser.card)).toContain('CZC2410A02');
        expect(bot.bot.deps.watches.list({ tenantId: 'tenant-1', conversationKey: 'tenant-1/w-2' })).toEqual([]);
    });

    test('a device already failed or ready is answered with its status card saying so, recorded as told; ready ends the watch', async () => {
        const failed = await say('w-2b', 'let me know when 038511294557 is done');
        const ready = await say('w-2b', 'let me know when CZC2410A01 is done');
        for (const answer of [failed, ready]) expectOneBubble(answer);
        expect(failed.summary).toMatch(/^Watching 038511294557\. It has already failed\. I'll tell you here when that changes \(for the next 24 h\)\./);
        expect(visibleText(failed)).toMatch(/Device 038511294557[\s\S]*Provisioning failed/);
        expect(failed.card!.body[0].items[0].text).toBe('It has already failed.');
        expect(ready.summary).toBe('CZC2410A01 is already ready to Reseal: nothing left to watch for, so I am not watching it.');
        expect(visibleText(ready)).toMatch(/Nothing left to watch for, so I am not watching it\.[\s\S]*Ready to Reseal/);
        expect(JSON.stringify(ready.card)).toContain('"title":"Watch","verb":"watch"');
        expect(bot.bot.deps.watches.list({ tenantId: 'tenant-1', conversationKey: 'tenant-1/w-2b' }).map((w) => w.serial)).toEqual(['038511294557']);
        // Both told here, in the ledger as the monitor records a delivered alert: it will not send them again.
        const told = bot.bot.db.prepare("SELECT serial, kind, outcome FROM alert_ledger WHERE conversation_key = 'tenant-1/w-2b' ORDER BY serial").all();
        expect(told).toEqual([
            { serial: '038511294557', kind: 'failed', outcome: 'sent' },
            { serial: 'CZC2410A01', kind: 'ready', outcome: 'sent' }
        ]);
        // Asked again: told again (the asker wants to know now), still recorded once.
        expect((await say('w-2b', 'watch 038511294557')).summary).toMatch(/^Still watching 038511294557, for another 24 h from now\. It has already failed\./);
        expect(bot.bot.db.prepare("SELECT COUNT(*) AS n FROM alert_ledger WHERE conversation_key = 'tenant-1/w-2b'").get()).toEqual({ n: 2 });
    });

    test('a part of a serial is searched or called too short, never taken for the last device', async () => {
        await say('w-2c', 'status PC2RD9NX');
        for (const text of ['watch 5CD3', 'status 5CD3', 'stop watching 5CD3']) {
            expect((await say('w-2c', text)).summary).toMatch(/^"5CD3" is too short to find one device: send at least 6 characters of the serial/);
        }
        expect((await say('w-2c', 'watch 5CD33')).summary).toMatch(/no Autopilot device with serial 5CD33.*send at least 6 characters of it/);
        // Only one device has 5CD338 in its serial: that is the device, not a chooser of one.
        expect((await say('w-2c', 'watch 5CD338')).summary).toMatch(/^Watching 5CD3384F7K\./);
        expect(bot.bot.deps.watches.list({ tenantId: 'tenant-1', conversationKey: 'tenant-1/w-2c' }).map((w) => w.serial)).toEqual(['5CD3384F7K']);
    });

    test('"watch it" watches the device asked about last; without one it asks which', async () => {
        expect((await say('w-3', 'watch it')).summary).toMatch(/Which device should I watch/);
        await say('w-3', 'status 5CD3384F7K');
        expect((await say('w-3', 'watch it')).summary).toMatch(/^Watching 5CD3384F7K/);
    });

    test('the status card offers Watch, then Unwatch; the buttons work', async () => {
        const before = await say('w-4', 'status PC2RD9NX');
        expect(JSON.stringify(before.card)).toContain('"title":"Watch","verb":"watch","data":{"verb":"watch","serial":"PC2RD9NX","card":"status"}');
        expect((await press('w-4', { verb: 'watch', serial: 'PC2RD9NX' })).summary).toMatch(/^Watching PC2RD9NX/);
        const after = await say('w-4', 'status PC2RD9NX');
        expect(JSON.stringify(after.card)).toContain('"title":"Unwatch","verb":"unwatch","data":{"verb":"unwatch","serial":"PC2RD9NX","card":"status"}');
        expect((await press('w-4', { verb: 'snooze', serial: 'PC2RD9NX', minutes: 30 })).summary).toMatch(/^Snoozed PC2RD9NX for 30 min/);
        expect((await press('w-4', { verb: 'unwatch', serial: 'PC2RD9NX' })).summary).toMatch(/^Stopped watching PC2RD9NX/);
        expect((await press('w-4', { verb: 'snooze', serial: 'PC2RD9NX', minutes: 30 })).summary).toMatch(/nothing to snooze/);
    });

    test('watches are per conversation and per tenant; uninstalling drops them', async () => {
        await say('w-5', 'watch 8CG1462WQ7');
        const other = await bot.ask(messageActivity('what am I watching', { conversation: { id: 'w-5', tenantId: 'tenant-2', conversationType: 'personal', isGroup: false, name: '' } }));
        expect(other.summary).toBe('I am not watching any device in this chat.');
        await bot.send(messageActivity(undefined, { type: 'installationUpdate', action: 'remove', ...inConversation('w-5') }));
        expect(bot.references.get(conversationKey({ conversation: inConversation('w-5').conversation }))).toBeUndefined();
        expect(bot.bot.deps.watches.list({ tenantId: 'tenant-1', conversationKey: 'tenant-1/w-5' })).toEqual([]);
    });

    test('in a group chat the watch says it will tell this chat', async () => {
        const group = { conversation: { id: 'w-group', tenantId: 'tenant-1', conversationType: 'groupChat', isGroup: true, name: 'Bench' } };
        expect((await bot.ask(messageActivity('watch 5CD3384F7K', group))).summary).toMatch(/I'll tell you in this chat/);
    });
});

describe('the checklist card offers Watch for its device', () => {
    let bot: BotHarness;
    beforeAll(async () => (bot = await BotHarness.start()));
    afterAll(async () => bot.stop());

    test('Watch, then Unwatch once watched; none on the generic checklist', async () => {
        const say = (text: string) => bot.ask(messageActivity(text, inConversation('w-check')));
        expect(JSON.stringify((await say('checklist PF3XYZ12')).card)).toContain('"title":"Watch","verb":"watch","associatedInputs":"none","data":{"verb":"watch","serial":"PF3XYZ12","card":"checklist"}');
        await say('watch PF3XYZ12');
        expect(JSON.stringify((await say('checklist PF3XYZ12')).card)).toContain('"verb":"unwatch","serial":"PF3XYZ12"');
        expect(JSON.stringify((await say('checklist')).card)).not.toMatch(/"verb":"(un)?watch"/);
    });
});
