import { aiFallbackFor } from '../../src/ai/fallback';
import { AI_ANSWER_NOTE } from '../../src/bot/freeText';
import { MAX_PLAIN_TEXT } from '../../src/cards/longTextCard';
import { inConversation, messageActivity } from '../support/activities';
import { knowledgeSearch } from '../support/knowledge';
import { startLoopbackBot, type LoopbackBot } from '../support/loopbackBot';
import { silentLogger } from '../support/silentLogger';
import { StubModel } from '../support/stubModel';

/**
 * A reply longer than a chat bubble (here an AI answer of any length), over HTTP: exactly one activity per turn,
 * within Teams' message size, its start readable and the rest behind "Show more"; nothing is sent twice.
 */
const VAGUE_ESP = 'the esp thing is weird';
/** Teams refuses a message over about 28 KB, card included. */
const TEAMS_MESSAGE_BYTES = 28 * 1024;

let answer = '';
let running: LoopbackBot;
beforeAll(async () => {
    const model = new StubModel(() => answer);
    running = await startLoopbackBot({}, silentLogger, { ai: aiFallbackFor({ model, logger: silentLogger, search: knowledgeSearch }) });
});
afterAll(async () => running.stop());

/** Sentences about the ESP, `chars` long, in paragraphs. */
function longAnswer(chars: number): string {
    const sentence = 'The Enrollment Status Page tracks apps and policies during the technician flow, phase by phase. ';
    const paragraph = sentence.repeat(6).trim();
    let text = '';
    while (text.length < chars) text += `${paragraph}\n\n`;
    return text.slice(0, chars);
}

async function turn(text: string, conversation: string): Promise<Record<string, any>[]> {
    const before = running.channel.received.length;
    const response = await running.post(messageActivity(text, inConversation(conversation)));
    expect(response.status).toBe(200);
    await running.channel.waitForReplies(before + 1);
    await new Promise((resolve) => setTimeout(resolve, 200)); // a second message, if any, would be here by now
    return running.channel.received.slice(before).map((r) => r.body);
}

it('a short answer stays one plain message', async () => {
    answer = 'The ESP has three phases.';
    const sent = await turn(VAGUE_ESP, 'long-short');
    expect(sent).toHaveLength(1);
    expect(sent[0].text).toBe(`${answer}\n\n${AI_ANSWER_NOTE}`);
    expect(sent[0].attachments ?? []).toHaveLength(0);
});

it.each([[MAX_PLAIN_TEXT + 500], [9_000], [60_000]])('an answer of %i characters is one message within Teams limits', async (chars) => {
    answer = longAnswer(chars);
    const sent = await turn(VAGUE_ESP, `long-${chars}`);
    expect(sent).toHaveLength(1);
    const [message] = sent;
    expect(Buffer.byteLength(JSON.stringify(message))).toBeLessThan(TEAMS_MESSAGE_BYTES);
    expect(message.text ?? '').toBe('');
    const card = message.attachments[0].content;
    const lead: string = card.body[0].text;
    expect(lead.length).toBeLessThanOrEqual(800);
    expect(lead).toMatch(/^The Enrollment Status Page tracks apps/);
    expect(card.actions[0]).toMatchObject({ type: 'Action.ShowCard', title: 'Show more' });
    const more: string = card.actions[0].card.body[0].text;
    // What the technician can read adds up to the answer (cut with a note when it would not fit a message).
    if (chars < 10_000) expect(`${lead}\n\n${more}`.replace(/\s+/g, ' ')).toBe(`${answer}\n\n${AI_ANSWER_NOTE}`.replace(/\s+/g, ' ').trim());
    else expect(more).toMatch(/The rest was cut/);
    expect(message.summary.length).toBeLessThanOrEqual(200);
    expect(card.fallbackText).toBe(message.summary);
});

it('a long question and a long answer: the note about the question rides in the same one message', async () => {
    answer = longAnswer(6_000);
    const sent = await turn(`${VAGUE_ESP} ${'really '.repeat(800)}`, 'long-both');
    expect(sent).toHaveLength(1);
    expect(JSON.stringify(sent[0])).toMatch(/I read the first 4000 characters/);
});
