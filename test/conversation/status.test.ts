import { buildFixtures } from '../../src/demo/fixtures';
import { EXPECTED_VERDICT } from '../demo/expectedVerdicts';
import { BotHarness, visibleText } from '../support/botHarness';
import { inConversation, messageActivity, submitActivity } from '../support/activities';


/** The headline each verdict shows; the status card and the reply text both carry it. */
const HEADLINES: Record<string, RegExp> = {
    profileNotAssigned: /No Autopilot profile assigned/,
    profileAssigning: /Profile assignment in progress/,
    preProvisioningNotAllowed: /does not allow pre-provisioning/,
    readyToProvision: /Ready for the technician flow/,
    inProgress: /Provisioning in progress/,
    stalled: /looks stalled/,
    failed: /Provisioning failed/,
    readyToReseal: /Ready to Reseal/,
    userFlowDone: /Done/,
    reusedDevice: /pre-provisioned before/,
    attentionRequired: /Hardware change/
};

describe('device status in chat', () => {
    let bot: BotHarness;
    beforeAll(async () => (bot = await BotHarness.start()));
    afterAll(async () => bot.stop());

    const devices = buildFixtures(new Date()).devices.map((d) => [d.identity.serialNumber as string, EXPECTED_VERDICT[d.scenario]] as const);

    it.each(devices)('status %s → %s', async (serial, verdict) => {
        const reply = await bot.ask(messageActivity(`status ${serial}`, inConversation(`status-${serial}`)));
        expect(reply.summary).toMatch(HEADLINES[verdict]);
        expect(reply.card).toBeDefined();
        expect(visibleText(reply)).toMatch(/Next step/i);
    });

    it.each([
        ['where is my device at? PF3XYZ12', /PF3XYZ12: Provisioning in progress/],
        ['pf3xyz12', /PF3XYZ12/],
        ['status of CZC2410A', /Several devices match/],
        ['status PF3XYZ13', /no Autopilot device with serial PF3XYZ13.*Did you mean PF3XYZ12/],
        ['status ZZZZ9999', /no Autopilot device with serial ZZZZ9999/],
        ['where is my device at?', /Which device\?/],
        // Something that cannot be a serial is named back, cut short, with the rule, and the question asked again.
        [`status ${'A'.repeat(200)}`, /^"A{24}…" isn't a serial number I can look up: a serial is 4 to 30 letters, digits or hyphens\. Which device\?/],
        ['status of 5CD_4017', /"5CD_4017" isn't a serial number/]
    ])('%s', async (text, expected) => {
        const reply = await bot.ask(messageActivity(text, inConversation(`lookup-${text}`)));
        expect(reply.summary).toMatch(expected);
    });

    it('remembers the last device for follow-ups and refreshes from the button', async () => {
        const here = inConversation('status-follow');
        await bot.ask(messageActivity('status CZC2410A01', here));
        expect((await bot.ask(messageActivity('where is my device at?', here))).summary).toMatch(/CZC2410A01: Ready to Reseal/);
        expect((await bot.ask(submitActivity({ verb: 'status', serial: 'PC2RD9NX' }, here))).summary).toMatch(/PC2RD9NX: Provisioning failed/);
    });

    it.each([
        ['status CZC2410A01', 'what do I do now?', /^CZC2410A01: .*Reseal/],
        ['status PC2RD9NX', 'ok so what now', /^PC2RD9NX: /],
        ['status PC2RD9NX', 'how do i fix it?', /^PC2RD9NX: /]
    ])('after "%s", "%s" gives that device\'s next step', async (ask, followUp, expected) => {
        const here = inConversation(`next-${ask}-${followUp}`);
        const card = await bot.ask(messageActivity(ask, here));
        const nextStep = await bot.ask(messageActivity(followUp, here));
        expect(nextStep.text).toMatch(expected);
        // The same words as the card's next step: one rule, not a second wording.
        expect(visibleText(card)).toContain(nextStep.text!.replace(/^\w+: /, ''));
    });

    it('"what does that error mean?" right after a failed device explains its error code', async () => {
        const here = inConversation('that-error');
        await bot.ask(messageActivity('status PC2RD9NX', here));
        const reply = await bot.ask(messageActivity('what does that error mean?', here));
        expect(reply.card).toBeDefined();
        expect(visibleText(reply)).toMatch(/0x87D1041C/);
    });

    it('once something else was shown, "what now" is no longer about the device', async () => {
        const here = inConversation('focus-moves');
        await bot.ask(messageActivity('status CZC2410A01', here));
        await bot.ask(messageActivity('what is step 4', here));
        expect(visibleText(await bot.ask(messageActivity('what do I do now?', here)))).not.toMatch(/^CZC2410A01:/);
    });

    it('says why the app failed once: the line above names what failed, the reason sits under the item', async () => {
        const text = visibleText(await bot.ask(messageActivity('status PC2RD9NX', inConversation('status-once'))));
        expect(text).toMatch(/Company VPN \(Win32\) failed with 0x87D1041C\./);
        expect(text.match(/detection rule/g)).toHaveLength(1);
    });

    it('a device ready for the technician flow says when its ESP profile is decided, not a blank', async () => {
        const waiting = buildFixtures(new Date()).devices.find((d) => EXPECTED_VERDICT[d.scenario] === 'readyToProvision')!;
        const reply = await bot.ask(messageActivity(`status ${waiting.identity.serialNumber}`, inConversation('status-esp-later')));
        expect(visibleText(reply)).toMatch(/ESP profile[\s\S]{0,40}Decided when it enrolls/);
        expect(visibleText(reply)).not.toContain('—');
    });

    it('explains the failing app with its code', async () => {
        const reply = await bot.ask(messageActivity('status PC2RD9NX', inConversation('status-app')));
        expect(visibleText(reply)).toMatch(/0x87D1041C/);
    });
});

describe('device status when Graph misbehaves', () => {
    it.each([
        ['throttled beyond what a turn can wait', '429=1,retry-after=30', /Intune is busy right now.*Try again in 30 s/],
        ['down with 503', '503=1', /not answering right now \(HTTP 503\)/]
    ])('%s', async (_name, faults, expected) => {
        const bot = await BotHarness.start({ faults });
        try {
            const reply = await bot.ask(messageActivity('status PF3XYZ12'));
            expect(reply.summary).toMatch(expected);
            expect(reply.summary).not.toMatch(/at .*\.ts|Error:/);
        } finally {
            await bot.stop();
        }
    });

    it('retries a short throttle and answers', async () => {
        const bot = await BotHarness.start({ faults: '429=0.5,retry-after=0' });
        try {
            expect((await bot.ask(messageActivity('status PF3XYZ12'))).summary).toMatch(/PF3XYZ12: Provisioning in progress/);
        } finally {
            await bot.stop();
        }
    });

    it('says Intune cannot be reached when Graph is down, and recovers nothing is lost', async () => {
        const bot = await BotHarness.start();
        await bot.demoTenant.close();
        const reply = await bot.ask(messageActivity('status PF3XYZ12'));
        expect(reply.summary).toMatch(/could not reach Intune/);
        expect((await bot.ask(messageActivity('step 2'))).summary).toMatch(/^Step 2 of 9/);
        await bot.stop();
    });
});
