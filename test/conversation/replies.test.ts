import { BotHarness, expectOneBubble, Reply, visibleText } from '../support/botHarness';
import { executeActivity, inConversation, messageActivity, submitActivity } from '../support/activities';
import type { Activity } from 'botbuilder';

/** Every toggle's value in a card, by id. */
function toggles(card: unknown): Record<string, string> {
    const found: Record<string, string> = {};
    const walk = (value: unknown) => {
        if (Array.isArray(value)) value.forEach(walk);
        else if (value && typeof value === 'object') {
            const node = value as Record<string, unknown>;
            if (node.type === 'Input.Toggle') found[String(node.id)] = String(node.value);
            Object.values(node).forEach(walk);
        }
    };
    walk(card);
    return found;
}

/** The card Teams puts in place of the one tapped: the invoke response to an Action.Execute. */
function invokeCard(replies: Reply[]): Record<string, any> {
    expect(replies).toHaveLength(1);
    const body = (replies[0].activity.value as { body: { statusCode: number; type: string; value: Record<string, any> } }).body;
    expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    return body.value;
}

let bot: BotHarness;
beforeAll(async () => (bot = await BotHarness.start()));
afterAll(async () => bot.stop());

describe('one bubble per answer', () => {
    // Every kind of turn, from every route: one message, and a card message has no text repeating the card.
    const turns: [name: string, say: string | Partial<Activity>][] = [
        ['a knowledge question', 'how do I get into pre-provisioning on windows 11'],
        ['a step', 'step 4'],
        ['an error code', '0x800705B4'],
        ['an unknown code', '0x8BADF00D'],
        ['off-topic', "what's the weather tomorrow"],
        ['unsure', 'the thing is broken'],
        ['help', 'help'],
        ['a status', 'status PF3XYZ12'],
        ['an unknown serial', 'status ZZZZ9999'],
        ['the checklist', 'checklist for PF3XYZ12'],
        ['ESP tips', 'how do I show the ESP details'],
        ['the walkthrough', 'walk me through the technician flow'],
        ['a confirmation', 'start over'],
        ['a long message', `step 4 ${'please '.repeat(700)}`],
        ['a stale button', submitActivity({ verb: 'bogus' })]
    ];

    it.each(turns)('%s', async (_, say) => {
        const replies = await bot.send(typeof say === 'string' ? messageActivity(say, inConversation('bubbles')) : { ...say, ...inConversation('bubbles') });
        expect(replies).toHaveLength(1);
        expectOneBubble(replies[0]);
    });

    it('puts a note about the question in the same message as the answer', async () => {
        const [answer, ...more] = await bot.send(messageActivity(`step 4 ${'please '.repeat(700)}`, inConversation('long')));
        expect(more).toHaveLength(0);
        expect(answer.text).toMatch(/long message: I read the first \d+ characters/);
        expect(answer.summary).toMatch(/^Step 4 of 9/);
    });

    it('never says two things that disagree: off-topic gets one apology and its topics', async () => {
        const reply = await bot.ask(messageActivity("what's the weather tomorrow", inConversation('off-topic')));
        const text = visibleText(reply);
        expect(text).toMatch(/outside what I cover/);
        expect(text).not.toMatch(/not sure I understood/);
    });

    it('welcomes a team in one post', async () => {
        const replies = await bot.send(
            messageActivity(undefined, {
                type: 'conversationUpdate',
                membersAdded: [{ id: 'bot-1', name: 'bot' }],
                conversation: { id: 'team-welcome', conversationType: 'channel', tenantId: 'tenant-1', isGroup: true, name: '' }
            })
        );
        expect(replies).toHaveLength(1);
        expectOneBubble(replies[0]);
    });

    it('shows typing only before slow work (Graph), once', async () => {
        await bot.send(messageActivity('step 2', inConversation('typing')));
        expect(bot.typingCount).toBe(0);
        await bot.send(messageActivity('status CZC2410A01', inConversation('typing')));
        expect(bot.typingCount).toBe(1);
        await bot.send(executeActivity('status', { verb: 'status', serial: 'CZC2410A01' }, inConversation('typing')));
        expect(bot.typingCount).toBe(0);
        // Watching reads the device from Graph first: the same one typing.
        await bot.send(messageActivity('watch CZC2410A01', inConversation('typing')));
        expect(bot.typingCount).toBe(1);
        await bot.send(messageActivity('stop watching CZC2410A01', inConversation('typing')));
        expect(bot.typingCount).toBe(0);
    });

    it('help gives real demo serials in local mode', async () => {
        const help = visibleText(await bot.ask(messageActivity('help', inConversation('help'))));
        const serial = /“status ([A-Z0-9-]+)”/.exec(help)?.[1];
        expect(serial).toBeDefined();
        const status = await bot.ask(messageActivity(`status ${serial}`, inConversation('help')));
        expect(status.summary).toMatch(new RegExp(`^${serial}: `));
    });
});

describe('cards updated in place', () => {
    it('Refresh (Action.Execute) answers with the new status card and sends nothing else', async () => {
        const card = invokeCard(await bot.send(executeActivity('status', { verb: 'status', serial: 'PF3XYZ12' }, inConversation('refresh'))));
        expect(JSON.stringify(card)).toMatch(/PF3XYZ12/);
        expect(card.fallbackText).toMatch(/^PF3XYZ12: /);
    });

    it('Refresh from an older client (Action.Submit) updates the message it came in', async () => {
        const replies = await bot.send(submitActivity({ verb: 'status', serial: 'PF3XYZ12' }, { ...inConversation('refresh-submit'), replyToId: 'status-card-1' }));
        expect(replies).toHaveLength(1);
        expect(replies[0].updated).toBe('status-card-1');
        expect(replies[0].summary).toMatch(/^PF3XYZ12: /);
        expectOneBubble(replies[0]);
    });

    it('Save and Reset update the checklist where it is; Reset is asked first and clears only saved ticks', async () => {
        const here = inConversation('checklist-in-place');
        const first = await bot.ask(messageActivity('checklist for PF3XYZ12', here));
        const resetAction = JSON.stringify(first.card);
        expect(resetAction).toMatch(/"type":"Action.ShowCard","title":"Reset"/);

        const saved = invokeCard(await bot.send(executeActivity('checklistSave', { verb: 'checklistSave', serial: 'PF3XYZ12', 'check-wired-network': 'true' }, here)));
        expect(toggles(saved)['check-wired-network']).toBe('true');
        expect(JSON.stringify(saved)).toMatch(/Saved for PF3XYZ12: \d+ of \d+ done\./);

        const submitted = await bot.send(submitActivity({ verb: 'checklistSave', serial: 'PF3XYZ12', 'check-clock': 'true' }, { ...here, replyToId: 'checklist-card' }));
        expect(submitted.map((reply) => reply.updated)).toEqual(['checklist-card']);
        expect(toggles(submitted[0].card)['check-clock']).toBe('true');

        const cleared = invokeCard(await bot.send(executeActivity('checklistReset', { verb: 'checklistReset', serial: 'PF3XYZ12' }, here)));
        expect(toggles(cleared)['check-clock']).toBe('false');
        expect(toggles(cleared)['check-registered']).toBe('true'); // Intune's answer, not a saved tick
        expect(JSON.stringify(cleared)).toMatch(/Cleared the saved ticks for PF3XYZ12/);
    });

    it('the walkthrough replaces its own card, and nothing above it goes stale', async () => {
        const here = inConversation('walk-in-place');
        const first = await bot.ask(messageActivity('walk me through the technician flow', here));
        expect(first.text).toBe('');
        const next = invokeCard(await bot.send(executeActivity('flowStep', { verb: 'flowStep', index: 1 }, here)));
        expect(JSON.stringify(next)).toMatch(/Screen 2 of/);
        const fallback = await bot.send(submitActivity({ verb: 'flowStep', index: 2 }, { ...here, replyToId: 'flow-card' }));
        expect(fallback.map((reply) => reply.updated)).toEqual(['flow-card']);
        expect(fallback[0].summary).toMatch(/screen 3 of/);
    });

    it('a pick among similar serials becomes the status card in place', async () => {
        const here = inConversation('pick');
        const notice = await bot.ask(messageActivity('status of CZC2410A', here));
        expect(JSON.stringify(notice.card)).toMatch(/CZC2410A01/);
        const picked = await bot.send(submitActivity({ verb: 'status', serial: 'CZC2410A01' }, { ...here, replyToId: 'notice-card' }));
        expect(picked.map((reply) => reply.updated)).toEqual(['notice-card']);
    });
});

describe('status you can read', () => {
    it("gives times in the technician's time zone from the activity, UTC without one", async () => {
        const local = await bot.ask(messageActivity('status CZC2410A01', { ...inConversation('tz'), localTimezone: 'Asia/Tokyo' } as Partial<Activity>));
        expect(visibleText(local)).toMatch(/Checked \d{4}-\d\d-\d\d \d\d:\d\d GMT\+9/);
        const fromClientInfo = await bot.ask(
            messageActivity('status CZC2410A01', { ...inConversation('tz'), entities: [{ type: 'clientInfo', timezone: 'America/New_York' }] })
        );
        expect(visibleText(fromClientInfo)).toMatch(/Checked .* (EST|EDT|GMT-[45])/);
        const unknown = await bot.ask(messageActivity('status CZC2410A01', { ...inConversation('tz'), localTimezone: 'Mars/Olympus' } as Partial<Activity>));
        expect(visibleText(unknown)).toMatch(/Checked .* UTC/);
    });

    it('colours a failure red and a stall amber', async () => {
        const style = (reply: Reply) => (reply.card!.body[0] as { style: string }).style;
        expect(style(await bot.ask(messageActivity('status PC2RD9NX', inConversation('colours'))))).toBe('attention');
        expect(style(await bot.ask(messageActivity('status 5CD3384F7K', inConversation('colours'))))).toBe('warning');
        expect(style(await bot.ask(messageActivity('status CZC2410A01', inConversation('colours'))))).toBe('good');
    });

    it('every knowledge answer links its public source and shows no internal path', async () => {
        for (const question of ['how do I get into pre-provisioning on windows 11', '0x800705B4', 'what does the ESP timeout do?']) {
            const reply = await bot.ask(messageActivity(question, inConversation('sources')));
            const card = JSON.stringify(reply.card);
            expect(card).toMatch(/"type":"Action.OpenUrl","title":"Learn more","url":"https:\/\/learn\.microsoft\.com\//);
            expect(visibleText(reply)).not.toMatch(/memdocs|\.md\b/);
        }
    });
});
