import { aiFallbackFor } from '../../src/ai/fallback';
import { DONT_KNOW } from '../../src/ai/prompt';
import { matchIntent } from '../../src/bot/intents';
import { AI_ANSWER_NOTE } from '../../src/bot/freeText';
import { getEntry } from '../../src/knowledge';
import { BotHarness } from '../support/botHarness';
import { knowledgeSearch, understanding } from '../support/knowledge';
import { silentLogger } from '../support/silentLogger';
import { StubModel } from '../support/stubModel';

/** Vague, ESP-ish: retrieval finds ESP entries but is not confident, so the bot would ask "did you mean". */
const VAGUE_ESP = 'the esp thing is weird';
const CANNED = 'The Enrollment Status Page has three phases; the technician flow runs the first two.';

describe('optional AI fallback (stub model, no network)', () => {
    let bot: BotHarness | undefined;
    afterEach(async () => {
        await bot?.stop();
        bot = undefined;
    });

    const start = async (model: StubModel, timeoutMs?: number) => {
        bot = await BotHarness.start({ ai: aiFallbackFor({ model, logger: silentLogger, search: knowledgeSearch, timeoutMs }) });
        return bot;
    };

    it('precondition: the vague question is unsure and its hits include an ESP entry', () => {
        const intent = matchIntent(VAGUE_ESP, understanding);
        expect(intent.kind).toBe('unsure');
        expect(knowledgeSearch.search(VAGUE_ESP, 5).some((hit) => hit.entry.kind === 'esp')).toBe(true);
    });

    it('answers an unsure question from the model, grounded in the top knowledge excerpts, and marks it', async () => {
        const model = new StubModel(() => CANNED);
        const reply = await (await start(model)).ask(VAGUE_ESP);
        expect(reply.summary).toBe(`${CANNED}\n\n${AI_ANSWER_NOTE}`);
        expect(reply.card).toBeUndefined();
        expect(model.calls).toHaveLength(1);
        const [call] = model.calls;
        const hits = knowledgeSearch.search(VAGUE_ESP, 5);
        expect(hits).toHaveLength(5);
        for (const hit of hits) {
            expect(call.text).toContain(hit.entry.title);
            expect(call.text).toContain(hit.entry.short);
        }
        expect(call.text).toContain(getEntry('esp-overview')!.title);
        // The grounding rules go first, as the system message; the technician's words come last, as the user's.
        expect(call.messages[0]).toMatchObject({ role: 'system' });
        expect(call.messages[0].content).toContain(DONT_KNOW);
        expect(call.messages[call.messages.length - 1]).toEqual({ role: 'user', content: VAGUE_ESP });
    });

    it('falls back to the "did you mean" topics when the model does not know', async () => {
        const model = new StubModel(() => `${DONT_KNOW}.`);
        const reply = await (await start(model)).ask(VAGUE_ESP);
        expect(model.calls).toHaveLength(1);
        expect(reply.summary).toMatch(/not sure I understood/i);
        expect(JSON.stringify(reply.card)).toMatch(/showEntry/);
        expect(reply.summary).not.toContain(AI_ANSWER_NOTE);
    });

    it('falls back, without crashing, when the model throws', async () => {
        const model = new StubModel(() => {
            throw new Error('429 rate limited');
        });
        const harness = await start(model);
        const reply = await harness.ask(VAGUE_ESP);
        expect(reply.summary).toMatch(/not sure I understood/i);
        // The conversation carries on.
        expect((await harness.ask('step 4')).summary).toMatch(/^Step 4 of 9/);
    });

    it('falls back when the model is too slow', async () => {
        const model = new StubModel(() => new Promise<string>(() => undefined));
        const reply = await (await start(model, 50)).ask(VAGUE_ESP);
        expect(model.calls).toHaveLength(1);
        expect(reply.summary).toMatch(/not sure I understood/i);
    });

    it.each([
        ['step 4', /^Step 4 of 9/],
        ['0x80180014', /^0x80180014: /],
        ['how do I get into pre-provisioning on Windows 11?', /Windows key five times/i],
        ['status', /serial/i]
    ])('never consults the model for a deterministic answer: %s', async (text, expected) => {
        const model = new StubModel(() => CANNED);
        const reply = await (await start(model)).ask(text);
        expect(reply.summary).toMatch(expected);
        expect(model.calls).toHaveLength(0);
    });

    it('does not consult the model when retrieval found nothing at all', async () => {
        const model = new StubModel(() => CANNED);
        const reply = await (await start(model)).ask("what's the weather tomorrow");
        expect(reply.summary).toMatch(/outside what I cover/i);
        expect(model.calls).toHaveLength(0);
    });

    it('without AI configured, the same question gets the usual topics', async () => {
        bot = await BotHarness.start();
        const reply = await bot.ask(VAGUE_ESP);
        expect(reply.summary).toMatch(/not sure I understood/i);
    });
});
