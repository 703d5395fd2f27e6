import { inConversation, messageActivity } from '../support/activities';
import { BotHarness } from '../support/botHarness';
import { FakeChannel } from '../support/fakeChannel';

/**
 * `watch <serial>` while Graph cannot be read (throttled, or slower than a chat answer may wait): the watch is kept and
 * the answer says so honestly; the monitor reads the device when Graph answers, and a serial Intune does not have ends
 * its watch with a note. A serial Graph says does not exist is still refused at once (watch.test.ts).
 */
describe('watching while Graph is throttling', () => {
    let bot: BotHarness;
    beforeAll(async () => (bot = await BotHarness.start({ faults: '429=1,retry-after=30' })));
    afterAll(async () => bot.stop());

    it('keeps the watch and says it could not read the device', async () => {
        const here = inConversation('unread-429');
        const answer = await bot.ask(messageActivity('watch pf3xyz12', here));
        expect(answer.card).toBeUndefined();
        expect(answer.summary).toBe(
            "I couldn't read PF3XYZ12 just now (Intune is busy: Microsoft Graph is throttling requests). I'm watching it and will tell you here when it stalls, " +
                'fails or is ready to Reseal (for the next 24 h), or if Intune has no such device. Say "stop watching PF3XYZ12" to end it.'
        );
        expect(bot.bot.deps.watches.list({ tenantId: 'tenant-1', conversationKey: 'tenant-1/unread-429' }).map((w) => w.serial)).toEqual(['PF3XYZ12']);
        expect((await bot.ask(messageActivity('stop watching PF3XYZ12', here))).summary).toMatch(/^Stopped watching PF3XYZ12\./);
    });
});

describe('watching while Graph is slower than a chat answer may wait', () => {
    let bot: BotHarness;
    let channel: FakeChannel;
    beforeAll(async () => {
        channel = await new FakeChannel().start();
        // Every Graph request takes 400 ms: a chat lookup (several requests) gives up at 300 ms, the monitor waits.
        bot = await BotHarness.start({ faults: 'slow=400', env: { GRAPH_ANSWER_TIMEOUT_MS: '300', MONITOR_POLL_SECONDS: '3600' } });
    });
    afterAll(async () => {
        await bot.stop();
        await channel.stop();
    });

    it('keeps the watch; the monitor reads it later, and a serial Intune does not have ends with a note', async () => {
        const here = { ...inConversation('unread-slow'), serviceUrl: channel.serviceUrl };
        for (const serial of ['5CD4017HJT', 'PF3XYZ13', '5CD338']) {
            expect((await bot.ask(messageActivity(`watch ${serial}`, here))).summary).toMatch(new RegExp(`^I couldn't read ${serial} just now \\(Microsoft Graph did not answer in time\\)\\. I'm watching it`));
        }
        const place = { tenantId: 'tenant-1', conversationKey: 'tenant-1/unread-slow' };
        expect(bot.bot.deps.watches.list(place).map((w) => w.serial)).toEqual(['5CD4017HJT', 'PF3XYZ13', '5CD338']);

        const before = channel.received.length;
        await bot.bot.deps.monitor.runCycle();
        const notes = channel.received.slice(before).map((received) => received.body.text ?? received.body.summary);
        expect(notes).toEqual(
            expect.arrayContaining([
                'Intune has no Autopilot device with serial PF3XYZ13, so I stopped watching it. Check the serial on the device (Settings > About, or its label). Say "watch <serial>" to watch the right one.',
                'Intune has no Autopilot device with serial 5CD338, so I stopped watching it. Did you mean 5CD3384F7K? Say "watch <serial>" to watch the right one.'
            ])
        );
        // The device that exists is watched on; the unknown ones are not, and nothing is said twice.
        expect(bot.bot.deps.watches.list(place).map((w) => w.serial)).toEqual(['5CD4017HJT']);
        const after = channel.received.length;
        await bot.bot.deps.monitor.runCycle();
        expect(channel.received.slice(after).filter((received) => /Intune has no Autopilot device/.test(received.body.text ?? ''))).toEqual([]);
    });
});
