import { inConversation, messageActivity } from '../support/activities';
import { startLoopbackBot, type LoopbackBot } from '../support/loopbackBot';

/** The help card in local mode, over HTTP: what it offers, with demo serials, and every example it gives works. */
let running: LoopbackBot;
beforeAll(async () => (running = await startLoopbackBot()));
afterAll(async () => running.stop());

async function ask(text: string): Promise<Record<string, any>> {
    const before = running.channel.received.length;
    expect((await running.post(messageActivity(text, inConversation('help-examples')))).status).toBe(200);
    const replies = await running.channel.waitForReplies(before + 1);
    return replies[before].body;
}

const strings = (card: unknown): string[] => {
    const found: string[] = [];
    const walk = (value: unknown) => {
        if (typeof value === 'string') found.push(value);
        else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(card);
    return found;
};

it('offers the QR code / companion app, assigning a user, watching and escalating, with examples on demo devices that work', async () => {
    const help = await ask('help');
    const texts = strings(help.attachments[0].content);
    const all = texts.join('\n');
    for (const ability of [/paste the QR code text/, /companion app/, /Assign a user/, /watch it/, /Escalate a device to the helpdesk/]) expect(all).toMatch(ability);

    const examples = texts.filter((t) => t.startsWith('“')).map((t) => t.replace(/^“|”$/g, ''));
    expect(examples.map((e) => e.split(' ')[0])).toEqual(['status', 'watch', 'give', 'escalate', 'what']);
    const demoSerials = new Set(running.bot.demoTenant!.serials().map((d) => d.serial));
    for (const example of examples) {
        const serial = example.match(/\b[A-Z0-9]{8,}\b/)?.[0];
        if (example.startsWith('what')) continue;
        expect(demoSerials.has(serial!)).toBe(true);
        const answer = await ask(example);
        const said = `${answer.summary ?? ''} ${answer.text ?? ''}`;
        expect(said).not.toMatch(/not sure|outside what I cover|too short|no Autopilot device|couldn't find/i);
    }
});
