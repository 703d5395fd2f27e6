import { BotHarness, Reply } from '../support/botHarness';
import { executeActivity, inConversation, messageActivity, submitActivity } from '../support/activities';


/** Every element of a card, flattened, to find inputs and containers by id. */
function elements(card: unknown): Record<string, any>[] {
    const found: Record<string, any>[] = [];
    const walk = (value: unknown) => {
        if (Array.isArray(value)) value.forEach(walk);
        else if (value && typeof value === 'object') {
            found.push(value as Record<string, any>);
            Object.values(value).forEach(walk);
        }
    };
    walk(card);
    return found;
}

const toggles = (reply: Reply) => Object.fromEntries(elements(reply.card).filter((e) => e.type === 'Input.Toggle').map((e) => [e.id, e.value]));
const visibility = (reply: Reply, id: string) => elements(reply.card).find((e) => e.id === id)?.isVisible;

// One bot for the file: every test talks in its own conversation.
let bot: BotHarness;
beforeAll(async () => (bot = await BotHarness.start()));
afterAll(async () => bot.stop());

describe('checklist card', () => {
    it('asks, ticks, saves, asks again, resets — per conversation and device', async () => {
        const here = inConversation('checklist-1');
        const first = await bot.ask(messageActivity('checklist for PF3XYZ12', here));
        expect(first.summary).toMatch(/PF3XYZ12/);
        const initial = toggles(first);
        expect(initial['check-wired-network']).toBe('false');
        // Intune answers what it can: the demo device is registered and its profile allows pre-provisioning.
        expect(initial['check-registered']).toBe('true');
        expect(JSON.stringify(first.card)).toMatch(/Verified in Intune/);

        const saved = await bot.ask(submitActivity({ verb: 'checklistSave', serial: 'PF3XYZ12', 'check-wired-network': 'true', 'check-clock': 'true', 'check-tpm': 'false' }, here));
        // The count is the card's own (Intune's answers included), never a second figure beside it.
        const progress = JSON.stringify(saved.card).match(/"text":"(\d+ of \d+ done)"/)![1];
        expect(saved.summary).toBe(`Saved for PF3XYZ12: ${progress}.`);

        const again = await bot.ask(messageActivity('checklist PF3XYZ12', here));
        expect(toggles(again)).toMatchObject({ 'check-wired-network': 'true', 'check-clock': 'true', 'check-tpm': 'false' });

        const generic = await bot.ask(messageActivity('show me the checklist', here));
        expect(toggles(generic)['check-wired-network']).toBe('false');

        const otherChat = await bot.ask(messageActivity('checklist for PF3XYZ12', inConversation('checklist-2')));
        expect(toggles(otherChat)['check-wired-network']).toBe('false');

        const reset = await bot.ask(submitActivity({ verb: 'checklistReset', serial: 'PF3XYZ12' }, here));
        expect(reset.summary).toMatch(/Cleared/);
        expect(toggles(reset)['check-wired-network']).toBe('false');
    });

    it('a tick Intune contradicts is said once, beside the card\'s own count', async () => {
        const here = inConversation('checklist-overruled');
        const saved = await bot.ask(submitActivity({ verb: 'checklistSave', serial: '5CG3291LQX', 'check-profile-assigned': 'true', 'check-clock': 'true' }, here));
        const progress = JSON.stringify(saved.card).match(/"text":"(\d+ of \d+ done)"/)![1];
        expect(saved.summary).toBe(`Saved for 5CG3291LQX: ${progress}. Intune says one item you ticked is not done yet (in red).`);
        expect(JSON.stringify(saved.card)).not.toMatch(/ticked for/);
    });

    it('marks what Intune says is missing on a device without a profile', async () => {
        const reply = await bot.ask(messageActivity('checklist 5CG3291LQX', inConversation('checklist-3')));
        expect(JSON.stringify(reply.card)).toMatch(/Intune says/);
    });

    it('ignores fields that are not checklist items and serials that are not serials', async () => {
        const here = inConversation('checklist-4');
        const reply = await bot.ask(submitActivity({ verb: 'checklistSave', serial: "x' or 1=1", 'check-clock': 'true', bogus: 'true' }, here));
        expect(reply.summary).toMatch(/can't read, so I saved nothing/);
        expect(reply.card).toBeUndefined();
        const number = await bot.ask(submitActivity({ verb: 'checklistSave', serial: 12345, 'check-clock': 'true' }, here));
        expect(number.summary).toMatch(/can't read, so I saved nothing/);
        const generic = await bot.ask(submitActivity({ verb: 'checklistSave', 'check-clock': 'true', bogus: 'true' }, here));
        expect(generic.summary).toMatch(/^Saved: 1 of \d+ done\.$/);
        expect(reply.summary).not.toMatch(/or 1=1/);
    });
});

describe('ESP details tips card', () => {
    it.each([
        ['how do I see ESP details on Windows 11', 'win11Tips', 'win10Tips', /chevron|∨/i],
        ['show details on the esp win 10', 'win10Tips', 'win11Tips', /Show details/]
    ])('%s opens the right part', async (question, open, closed, wording) => {
        const reply = await bot.ask(messageActivity(question, inConversation(`esp-${open}`)));
        expect(visibility(reply, open)).not.toBe(false);
        expect(visibility(reply, closed)).toBe(false);
        expect(reply.summary).toMatch(wording);
    });

    it('keeps both collapsed with clear buttons when the OS is unknown', async () => {
        const reply = await bot.ask(messageActivity('how do I show the ESP details?', inConversation('esp-unknown')));
        expect(visibility(reply, 'win10Tips')).toBe(false);
        expect(visibility(reply, 'win11Tips')).toBe(false);
        expect(elements(reply.card).filter((e) => e.type === 'Action.ToggleVisibility').length).toBeGreaterThanOrEqual(2);
        expect(JSON.stringify(reply.card)).toMatch(/Account setup/);
    });

    it('opens the device OS once a device status is known', async () => {
        const here = inConversation('esp-device');
        const status = await bot.ask(messageActivity('status 8CG1462WQ7', here));
        expect(status.summary).toMatch(/8CG1462WQ7/);
        const tips = await bot.ask(messageActivity('how do I expand the esp details', here));
        expect(visibility(tips, 'win10Tips')).not.toBe(false);
        expect(visibility(tips, 'win11Tips')).toBe(false);
        const fromButton = await bot.ask(submitActivity({ verb: 'espTips', os: 'win11' }, here));
        expect(visibility(fromButton, 'win11Tips')).not.toBe(false);
    });
});

describe('technician flow walkthrough', () => {
    it('walks from the first screen to Reseal, updating the card in place', async () => {
        const here = inConversation('flow-1');
        const first = await bot.ask(messageActivity('walk me through the technician flow', here));
        expect(first.summary).toMatch(/screen 1 of (\d+)/);
        const count = Number(/screen 1 of (\d+)/.exec(first.summary)![1]);
        let card: Record<string, any> = first.card!;
        for (let index = 1; index < count; index++) {
            const [response] = await bot.send(executeActivity('flowStep', { verb: 'flowStep', index }, here));
            expect(response.activity.type).toBe('invokeResponse');
            const body = (response.activity.value as any).body;
            expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
            card = body.value;
            expect(JSON.stringify(card)).toContain(`${index + 1} of ${count}`);
        }
        expect(JSON.stringify(card)).toMatch(/Reseal/);
        const next = await bot.ask(messageActivity('next', here));
        expect(next.summary).toMatch(/last screen/);
        const back = await bot.ask(messageActivity('back', here));
        expect(back.summary).toMatch(new RegExp(`screen ${count - 1} of ${count}`));
    });

    it('falls back to Action.Submit and answers unknown invokes politely', async () => {
        const here = inConversation('flow-2');
        const submitted = await bot.ask(submitActivity({ verb: 'flowStep', index: 2 }, here));
        expect(submitted.summary).toMatch(/screen 3 of/);
        const [unknown] = await bot.send(executeActivity('noSuchVerb', {}, here));
        expect((unknown.activity.value as any).body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    });
});
