import { buildFixtures } from '../../src/demo/fixtures';
import { BotHarness } from '../support/botHarness';
import { inConversation, messageActivity } from '../support/activities';

/** Issue 8 row 9: `status <36-char Autopilot id>` finds that device, even in a chat that looked at another one. */
describe('status by Autopilot (ZTD) id', () => {
    let bot: BotHarness;
    beforeAll(async () => (bot = await BotHarness.start()));
    afterAll(async () => bot.stop());

    const [first, second] = buildFixtures(new Date()).devices.filter((d) => d.identity.serialNumber && d.identity.id);

    it.each([
        ['status {id}', (id: string) => `status ${id}`],
        ['upper case', (id: string) => `status ${id.toUpperCase()}`],
        ['in a sentence', (id: string) => `how is ${id} doing?`],
        ['alone', (id: string) => id]
    ])('%s answers for that device, not the one asked about before', async (_name, phrase) => {
        const chat = inConversation(`ztd-${_name}`);
        expect((await bot.ask(messageActivity(`status ${first.identity.serialNumber}`, chat))).summary).toContain(first.identity.serialNumber!);
        const reply = await bot.ask(messageActivity(phrase(second.identity.id!), chat));
        expect(reply.summary).toContain(second.identity.serialNumber!);
        expect(reply.summary).not.toContain(first.identity.serialNumber!);
    });

    it('an unknown Autopilot id is not found, rather than answered for the last device', async () => {
        const chat = inConversation('ztd-unknown');
        await bot.ask(messageActivity(`status ${first.identity.serialNumber}`, chat));
        const reply = await bot.ask(messageActivity('status 6f9a1c2e-1b2c-4d3e-8f90-123456789abc', chat));
        expect(reply.summary).toMatch(/couldn't find/);
        expect(reply.summary).not.toContain(first.identity.serialNumber!);
    });
});
