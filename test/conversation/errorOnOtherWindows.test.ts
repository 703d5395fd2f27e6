/**
 * Issue 9 (und8): after an error's answer, "we also see it on w10 22h2, same KB?" stays on that error and shows its
 * wording for the Windows named, through the real Application.
 */
import { inConversation, messageActivity } from '../support/activities';
import { BotHarness, visibleText } from '../support/botHarness';

let bot: BotHarness;

beforeAll(async () => {
    bot = await BotHarness.start();
});
afterAll(async () => {
    await bot.stop();
});

it('the same error on Windows 10 by release name answers with the Windows 10 fix, not the Windows versions card', async () => {
    const where = inConversation('error-on-other-windows');
    await bot.send(messageActivity('0x81039023 at securing your hardware', where));
    const replies = await bot.send(messageActivity('we also see it on w10 22h2, same KB?', where));
    const text = replies.map(visibleText).join('\n');
    expect(text).toMatch(/KB5013942/);
    expect(text).toMatch(/0x81039023/);
});
