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

it('a hybrid join code asked about as hybrid is one decline that says what the code is; the code alone keeps its card', async () => {
    const replies = await bot.send(messageActivity('0x80070774 on our hybrid autopilot devices', inConversation('hybrid-code')));
    expect(replies).toHaveLength(1);
    expect(visibleText(replies[0])).toMatch(/^That's outside what I cover: 0x80070774: domain controller not reachable \(hybrid only\)\./);
    expect(visibleText(replies[0])).toMatch(/hybrid join/i);
    const alone = await bot.send(messageActivity('0x80070774', inConversation('hybrid-code-alone')));
    expect(alone.map(visibleText).join('\n')).not.toMatch(/^That's outside/);
    expect(alone.map(visibleText).join('\n')).toMatch(/Entra join only/);
});
