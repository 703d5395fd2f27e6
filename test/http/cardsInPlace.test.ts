import { executeActivity, inConversation, messageActivity, submitActivity } from '../support/activities';
import { startLoopbackBot, type LoopbackBot } from '../support/loopbackBot';

/**
 * Buttons that change the card they sit on, over HTTP (Watch, Unwatch, Stop watching all, a step's Previous/Next):
 * Action.Execute answers with that card redrawn (the invoke response) and sends nothing else; the Action.Submit
 * fallback updates the card's message (PUT on replyToId). A button from a card that does not say which it is (an alert sent
 * before alerts were redrawn) answers with one line of text; alerts in place are in alertInPlace.test.ts.
 */
let running: LoopbackBot;
beforeAll(async () => (running = await startLoopbackBot()));
afterAll(async () => running.stop());

const SERIAL = 'PC2RD9NX';


/** The card an Action.Execute answered with (Universal Actions: Teams puts it in place of the tapped one). */
function cardInPlace(answer: { body: any; sent: unknown[] }): Record<string, any> {
    expect(answer.sent).toHaveLength(0);
    expect(answer.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    return answer.body.value;
}

/** The card's watch buttons (each Action.Execute, its Action.Submit fallback not counted again). */
const buttons = (card: unknown) => [...JSON.stringify(card).matchAll(/"type":"Action.Execute","title":"(Watch|Unwatch|Stop watching all)"/g)].map((m) => m[1]);

describe('on the status card', () => {
    const here = inConversation('watch-status');

    it('Watch turns the card into a watched status card in place, Unwatch back; nothing else is posted', async () => {
        const shown = await running.turn(messageActivity(`status ${SERIAL}`, here));
        expect(shown.sent).toHaveLength(1);
        expect(buttons(shown.sent[0].body.attachments[0].content)).toEqual(['Watch']);

        const watched = cardInPlace(await running.turn(executeActivity('watch', { verb: 'watch', serial: SERIAL, card: 'status' }, here)));
        expect(JSON.stringify(watched)).toContain(`Device ${SERIAL}`);
        expect(buttons(watched)).toEqual(['Unwatch']);
        expect(JSON.stringify(watched)).toMatch(/Watching: I tell this chat if it stalls, fails or is ready to Reseal/);
        expect(watched.fallbackText).toMatch(new RegExp(`^Watching ${SERIAL}\\.`));
        expect(running.bot.deps.watches.list({ tenantId: 'tenant-1', conversationKey: 'tenant-1/watch-status' }).map((w) => w.serial)).toEqual([SERIAL]);

        const unwatched = cardInPlace(await running.turn(executeActivity('unwatch', { verb: 'unwatch', serial: SERIAL, card: 'status' }, here)));
        expect(buttons(unwatched)).toEqual(['Watch']);
        expect(JSON.stringify(unwatched)).not.toMatch(/Watching:/);
        expect(unwatched.fallbackText).toMatch(new RegExp(`^Stopped watching ${SERIAL}\\.`));
    });

    it('from an older client (Action.Submit) the card message is updated, not answered with a second card', async () => {
        const answer = await running.turn(submitActivity({ verb: 'watch', serial: SERIAL, card: 'status' }, { ...here, replyToId: 'status-message-7' }));
        expect(answer.sent).toHaveLength(1);
        expect(answer.sent[0].method).toBe('PUT');
        expect(answer.sent[0].path).toMatch(/\/activities\/status-message-7$/);
        expect(buttons(answer.sent[0].body.attachments[0].content)).toEqual(['Unwatch']);
        expect(answer.sent[0].body.text ?? '').toBe('');
    });
});

describe('on the checklist card', () => {
    const here = inConversation('watch-checklist');

    it('Watch and Unwatch redraw the checklist with its ticks, the sentence as its note', async () => {
        await running.turn(messageActivity(`checklist for ${SERIAL}`, here));
        const watched = cardInPlace(await running.turn(executeActivity('watch', { verb: 'watch', serial: SERIAL, card: 'checklist' }, here)));
        expect(JSON.stringify(watched)).toContain('Pre-flight checklist');
        expect(JSON.stringify(watched)).toContain(`Watching ${SERIAL}.`);
        expect(buttons(watched)).toEqual(['Unwatch']);
        const unwatched = cardInPlace(await running.turn(executeActivity('unwatch', { verb: 'unwatch', serial: SERIAL, card: 'checklist' }, here)));
        expect(buttons(unwatched)).toEqual(['Watch']);
    });
});

describe('on the watch list', () => {
    const here = inConversation('watch-list');

    it('Unwatch removes that row in place; Stop watching all empties the list in place', async () => {
        for (const serial of [SERIAL, 'PF3XYZ12', '5CD3384F7K']) await running.turn(messageActivity(`watch ${serial}`, here));
        const list = await running.turn(messageActivity('what am I watching', here));
        expect(list.sent).toHaveLength(1);

        const fewer = cardInPlace(await running.turn(executeActivity('unwatch', { verb: 'unwatch', serial: 'PF3XYZ12', card: 'watchList' }, here)));
        expect(JSON.stringify(fewer)).toContain('Watching 2 devices');
        expect(JSON.stringify(fewer)).not.toContain('PF3XYZ12"');
        expect(fewer.fallbackText).toMatch(/^Stopped watching PF3XYZ12\./);

        const none = cardInPlace(await running.turn(executeActivity('unwatchAll', { verb: 'unwatchAll', card: 'watchList' }, here)));
        expect(JSON.stringify(none)).toContain('Not watching any device');
        expect(none.fallbackText).toBe('Stopped watching 2 devices in this chat.');
    });
});

it('Stop watching from a card that does not name itself (an older alert) answers with one plain line', async () => {
    const here = inConversation('watch-alert');
    await running.turn(messageActivity(`watch ${SERIAL}`, here));
    const answer = await running.turn(submitActivity({ verb: 'unwatch', serial: SERIAL }, { ...here, replyToId: 'alert-message-1' }));
    expect(answer.sent).toHaveLength(1);
    expect(answer.sent[0].method).toBe('POST');
    expect(answer.sent[0].body.attachments ?? []).toHaveLength(0);
    expect(answer.sent[0].body.text).toMatch(new RegExp(`^Stopped watching ${SERIAL}\\. No more alerts about it here\\.$`));
});

it("a step card's Next and Previous turn that card in place; a double tap posts nothing", async () => {
    const here = inConversation('steps-in-place');
    const shown = await running.turn(messageActivity('step 4', here));
    expect(shown.sent).toHaveLength(1);
    const next = cardInPlace(await running.turn(executeActivity('stepPage', { verb: 'stepPage', step: 5 }, here)));
    expect(JSON.stringify(next)).toMatch(/Step 5 of 9/);
    const again = cardInPlace(await running.turn(executeActivity('stepPage', { verb: 'stepPage', step: 5 }, here)));
    expect(again).toEqual(next);
    const fallback = await running.turn(submitActivity({ verb: 'stepPage', step: 4 }, { ...here, replyToId: 'step-card-1' }));
    expect(fallback.sent.map((a) => a.method)).toEqual(['PUT']);
    expect(fallback.sent[0].body.summary).toMatch(/^Step 4 of 9/);
    // "next" typed after paging continues from the step on screen.
    const typed = await running.turn(messageActivity('next', here));
    expect(typed.sent[0].body.summary).toMatch(/^Step 5 of 9/);
});
