/**
 * Issue 9's failure classes, each through the real Application: what a technician sees for questions asked the way
 * they ask them. One conversation per case, so nothing carries over unless the case is about carrying over.
 */
import { DECLINE_OPENING } from '../../src/bot/decline';
import { inConversation, messageActivity } from '../support/activities';
import { BotHarness, Reply, visibleText } from '../support/botHarness';

let bot: BotHarness;
let conversation = 0;

beforeAll(async () => {
    bot = await BotHarness.start();
});
afterAll(async () => {
    await bot.stop();
});

/** One conversation: every turn's replies, in order. */
async function talk(...turns: string[]): Promise<Reply[][]> {
    const where = inConversation(`understanding-${++conversation}`);
    const all: Reply[][] = [];
    for (const turn of turns) all.push(await bot.send(messageActivity(turn, where)));
    return all;
}

const seen = (replies: Reply[]) => replies.map(visibleText).join('\n');

describe('1. qualifiers choose the answer, not the first shared keyword', () => {
    it('the same question for the end user gets the user-side answer', async () => {
        const [[forTech], [forUser]] = [await talk('which ESP phases run at the bench'), await talk('which ESP phases run for the end user, not me')].map((t) => t[0]);
        expect(visibleText(forUser)).toMatch(/account setup/i);
        expect(visibleText(forUser)).not.toEqual(visibleText(forTech));
    });

    it('a phase named as "when" does not pull the card about that phase', async () => {
        const [replies] = await talk('dots keep spinning on identifying during device setup');
        expect(seen(replies)).toMatch(/identifying/i);
        expect(replies[0].summary).not.toMatch(/^Device setup installs/);
    });
});

describe('2. plain-language situations are answered', () => {
    it.each([['the dots keep spinning on identifying', /identifying/i]])('"%s"', async (text, expected) => {
        const [replies] = await talk(text);
        expect(replies[0].summary).not.toMatch(/not sure/i);
        expect(seen(replies)).toMatch(expected);
    });
});

describe('3. documented troubleshooting: the demo tenant\'s own failing app code is known', () => {
    it.each(['company portal failed with 0x87D1041C in the ESP', 'app error -2016345060 during device setup'])('"%s"', async (text) => {
        const [[reply]] = await talk(text);
        expect(reply.summary).not.toMatch(/don't know/i);
        expect(visibleText(reply)).toMatch(/0x87D1041C/);
    });
});

describe('4. a device named anywhere in a sentence goes to Intune; ordinary words never do', () => {
    it('looks up a demo device named mid-sentence', async () => {
        const [replies] = await talk('hey how is 5CG3291LQX doing?');
        expect(replies).toHaveLength(1);
        expect(replies[0].summary).toMatch(/^5CG3291LQX: /);
    });

    it.each(['is ABC-00917 stuck?', 'how is HX-77821 doing'])('asks Intune about "%s" (unknown to the demo tenant)', async (text) => {
        const [replies] = await talk(text);
        expect(replies[0].summary).toMatch(/no Autopilot device with serial (ABC-00917|HX-77821)/);
    });

    it('a sentence about progress is not a lookup', async () => {
        const [replies] = await talk('the ESP shows progress but the apps part never moves');
        expect(replies[0].summary).not.toMatch(/Which device|serial/i);
    });
});

describe('5. out of scope: declined once, kindly, with where to go', () => {
    it.each(['how do I set up Autopilot device preparation', 'enroll android phones in intune', 'tell me a joke', "what's for lunch"])(
        '"%s"',
        async (text) => {
            const [replies] = await talk(text);
            expect(replies).toHaveLength(1);
            expect(replies[0].summary.startsWith(DECLINE_OPENING)).toBe(true);
            expect(replies[0].card).toBeUndefined();
        }
    );

    it('names the neighbour and where to go for it', async () => {
        const [[reply]] = await talk('corporate identifiers for autopilot device preparation');
        expect(reply.summary).toMatch(/device preparation/i);
        expect(reply.summary).toMatch(/learn\.microsoft\.com|Intune admin/i);
    });

    it.each([
        ['0xC004F074 on a freshly resealed laptop', /activation/i],
        ["how do i reset a colleague's MFA", /Entra|identity/i],
        ['exclusions for defender on our build agents', /security team/i],
        ['device prep: how many apps can the policy hold', /device preparation/i],
        ['my bluetooth headphones keep disconnecting', /service desk/i],
        ['the laptop fan is really loud', /service desk/i]
    ])('a neighbour sharing words, or everyday IT, is told once where to go: "%s"', async (text, where) => {
        const [replies] = await talk(text);
        expect(replies).toHaveLength(1);
        expect(replies[0].summary.startsWith(DECLINE_OPENING)).toBe(true);
        expect(replies[0].summary).toMatch(where);
        expect(replies[0].card).toBeUndefined();
    });

    it('deployment words with a weak match still offer the closest topics', async () => {
        const [[reply]] = await talk('the intune thing is acting weird');
        expect(reply.summary.startsWith(DECLINE_OPENING)).toBe(false);
    });

    it('an in-scope question naming pre-provisioning is never declined', async () => {
        const [[reply]] = await talk('does white glove need the user assigned first?');
        expect(reply.summary.startsWith(DECLINE_OPENING)).toBe(false);
    });
});

describe('6. follow-ups keep the topic and change only the facet asked about', () => {
    it('ESP details for Windows 10, then "and on Windows 11?"', async () => {
        const [, [reply]] = await talk('how do i show the esp details on windows 10', 'and on Windows 11?');
        expect(visibleText(reply)).toMatch(/Windows 11/);
        expect(visibleText(reply)).toMatch(/∨|chevron/);
    });

    it('technician ESP phases, then "what about for the end user?"', async () => {
        const [, [reply]] = await talk('which esp phases run in the technician flow', 'what about for the end user?');
        expect(visibleText(reply)).toMatch(/account setup/i);
    });

    it('the options screen on Windows 11, then "same thing but for the older w10 ones?"', async () => {
        const [, [reply]] = await talk('win 11: which option after the windows key five times', 'same thing but for the older w10 ones?');
        expect(visibleText(reply)).toMatch(/Windows Autopilot provisioning/);
    });

    it('an error for a reused device, then "what if it\'s a brand new one that was never enrolled?"', async () => {
        const [, [reply]] = await talk('0x80180014 on a reused laptop', "what if it's a brand new one that was never enrolled?");
        expect(visibleText(reply)).toMatch(/0x80180014/);
        expect(visibleText(reply)).toMatch(/Enrollment restrictions/);
    });

    it('the TPM URLs for Intel, then "ok and for the amd ones?": the AMD URL from the same card, not an AMD error', async () => {
        const [, [reply]] = await talk('which tpm urls must be open for intel', 'ok and for the amd ones?');
        expect(visibleText(reply)).toMatch(/ftpm\.amd\.com/);
        expect(visibleText(reply)).not.toMatch(/0x80070490/);
    });

    it('a question that leans on the last topic ("where do I change it")', async () => {
        const [, [reply]] = await talk('what is the default esp timeout', 'where do i change it');
        expect(reply.summary.startsWith(DECLINE_OPENING)).toBe(false);
        expect(visibleText(reply)).toMatch(/timeout/i);
    });
});

describe('a complaint about the last answer', () => {
    it.each([
        ['0x80180014', 'that did not help'],
        ['what does Reseal do', 'this is useless'],
        ['what does Reseal do', 'I hate this bot']
    ])('after "%s", "%s" gets one plain line with a way forward, not the same card again nor a decline', async (question, complaint) => {
        const [, after] = await talk(question, complaint);
        expect(after).toHaveLength(1);
        expect(after[0].card).toBeUndefined();
        expect(after[0].text).toMatch(/^Sorry that didn't help\..*status <serial>.*escalate <serial>/);
        expect(after[0].text.startsWith(DECLINE_OPENING)).toBe(false);
    });
});
