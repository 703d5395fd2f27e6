import { matchIntent } from '../../src/bot/intents';
import { BotHarness, visibleText } from '../support/botHarness';
import { inConversation, messageActivity, submitActivity } from '../support/activities';
import { understanding } from '../support/knowledge';

/** Escalation's entry points in a chat, through the real Application (no helpdesk channel in this tenant). */
describe('escalating from chat', () => {
    let bot: BotHarness;
    beforeAll(async () => (bot = await BotHarness.start()));
    afterAll(async () => bot.stop());

    it('typed commands reach the escalation capability before the knowledge search', () => {
        expect(matchIntent('escalate PF3XYZ12 red screen after the apps step', understanding)).toEqual({
            kind: 'escalation',
            command: { kind: 'escalate', rest: 'PF3XYZ12 red screen after the apps step' }
        });
        expect(matchIntent('note for ESC-12: retried, same error', understanding)).toMatchObject({ kind: 'escalation', command: { kind: 'note', caseNumber: 12 } });
        expect(matchIntent('when should I escalate a 0x800705b4?', understanding).kind).not.toBe('escalation');
    });

    it('the not-sure answer offers "Ask the helpdesk" about the device in the conversation, with the question as the note', async () => {
        const where = inConversation('unsure-escalate');
        await bot.send(messageActivity('status PC2RD9NX', where));
        const unsure = await bot.ask(messageActivity('the purple ring keeps spinning near the wifi icon', where));
        const escalate = unsure.card?.actions.find((a: any) => a.data?.verb === 'escalate');
        // The serial is in the card's text: the button title stays short enough for a phone.
        expect(JSON.stringify(unsure.card)).toContain('your question about PC2RD9NX');
        expect(escalate).toMatchObject({ title: 'Ask the helpdesk', data: { serial: 'PC2RD9NX', source: 'unsure', note: 'the purple ring keeps spinning near the wifi icon' } });
        const noChannel = await bot.ask(submitActivity(escalate.data, where));
        expect(noChannel.text).toMatch(/^No helpdesk channel is set up/);
    });

    it('asks which device when none is named or known, and says so for an unknown serial', async () => {
        expect((await bot.ask(messageActivity('escalate', inConversation('escalate-which')))).text).toMatch(/^Which device should I escalate\?/);
        const registered = await bot.ask(
            messageActivity('use this channel for escalations', { ...inConversation('escalate-channel'), conversation: { id: '19:c@thread.tacv2;messageid=1', conversationType: 'channel', tenantId: 'tenant-1', isGroup: true, name: '' } })
        );
        expect(registered.text).toMatch(/^Done: escalations from this organization now open a new thread here/);
        const unknown = await bot.ask(messageActivity('escalate ZZ99ZZ99 stuck', inConversation('escalate-unknown')));
        expect(visibleText(unknown)).toMatch(/couldn't find a device with serial ZZ99ZZ99.*did not escalate it/);
    });
});
