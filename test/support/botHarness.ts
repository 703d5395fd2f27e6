import { Activity, TestAdapter } from 'botbuilder';
import type { AiFallback } from '../../src/ai/fallback';
import { buildBot, type Bot, type BotOverrides } from '../../src/compose/buildBot';
import { loadSettings } from '../../src/config';
import type { DemoTenant } from '../../src/demo/demoTenant';
import type { ConversationReferenceStore } from '../../src/store/conversationReferences';
import { openDatabase } from '../../src/store/database';
import { messageActivity } from './activities';
import { silentLogger } from './silentLogger';

export interface Reply {
    /** The message's own text: empty when a card carries the answer (one bubble). */
    text: string;
    /** What a notification or screen reader says for a card message; the text itself for a plain one. */
    summary: string;
    /** Set when the turn updated an earlier message in place instead of sending one: that message's id. */
    updated?: string;
    /** The first attachment's Adaptive Card JSON, if any. */
    card?: Record<string, any>;
    activity: Partial<Activity>;
}

export interface HarnessOptions extends Omit<BotOverrides, 'ai'> {
    /** Demo tenant faults, as in DEMO_GRAPH_FAULTS. */
    faults?: string;
    /** The optional AI fallback (e.g. over a stub model); absent, the bot runs without any model. */
    ai?: AiFallback;
    /** More settings, as environment variables (e.g. ASSIGNERS). */
    env?: Record<string, string>;
}

/**
 * The real bot from the app's own wiring (`buildBot`), its turns driven through botbuilder's TestAdapter: the real
 * Graph client talks HTTP to the embedded demo tenant on loopback, state lives in an in-memory SQLite database.
 */
export class BotHarness {
    readonly adapter: TestAdapter;
    /** Messages updated in place during the current turn (TestAdapter only replaces queued ones). */
    private updates: Partial<Activity>[] = [];

    private constructor(readonly bot: Bot) {
        this.adapter = new TestAdapter(async (context) => {
            await bot.app.run(context);
        });
        this.adapter.updateActivity = async (_context, activity) => {
            this.updates.push(activity);
            return { id: activity.id ?? '' };
        };
    }

    static async start(options: HarnessOptions = {}): Promise<BotHarness> {
        const { faults, ai, env, ...overrides } = options;
        const settings = loadSettings({ NODE_ENV: 'test', PLAYGROUND: 'off', DEMO_GRAPH_FAULTS: faults, GRAPH_MAX_RETRY_AFTER_SECONDS: '2', ...env });
        const bot = await buildBot(settings, silentLogger, { db: openDatabase(':memory:'), graphRetryDelaySeconds: 0, ai: ai ?? null, ...overrides });
        await bot.start({ serve: false });
        return new BotHarness(bot);
    }

    get demoTenant(): DemoTenant {
        return this.bot.demoTenant!;
    }

    get references(): ConversationReferenceStore {
        return this.bot.deps.references;
    }

    /** Sends one activity (text or full activity) and returns the replies it produced: new messages and updates. */
    async send(input: string | Partial<Activity>): Promise<Reply[]> {
        const activity = typeof input === 'string' ? messageActivity(input) : input;
        await this.adapter.processActivity(activity);
        // Typing indicators are not replies; `typingCount` tells whether one was sent.
        const sent = this.adapter.activeQueue.splice(0);
        this.typingCount = sent.filter((a) => a.type === 'typing').length;
        const replies = sent.filter((a) => a.type !== 'typing').map((a) => toReply(a));
        return [...replies, ...this.updates.splice(0).map((a) => toReply(a, a.id ?? ''))];
    }

    /** Typing indicators sent by the last turn. */
    typingCount = 0;

    /** Sends and returns the single reply, failing if there is not exactly one. */
    async ask(input: string | Partial<Activity>): Promise<Reply> {
        const replies = await this.send(input);
        if (replies.length !== 1) throw new Error(`expected 1 reply, got ${replies.length}: ${replies.map((r) => r.summary).join(' | ')}`);
        return replies[0];
    }

    async stop(): Promise<void> {
        await this.bot.stop();
        this.bot.db.close();
    }
}

function toReply(activity: Partial<Activity>, updated?: string): Reply {
    const card = activity.attachments?.[0]?.content as Record<string, any> | undefined;
    return { text: activity.text ?? '', summary: activity.summary ?? '', card, activity, ...(updated !== undefined && { updated }) };
}

/** All the text a person sees in a reply: its summary (the notification), the message and every string in its card. */
export function visibleText(reply: Reply): string {
    const strings: string[] = [reply.summary, reply.text];
    const walk = (value: unknown) => {
        if (typeof value === 'string') strings.push(value);
        else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(reply.card);
    return strings.join('\n');
}

/**
 * One bubble: a card message has no text repeating the card (the sentence is its summary and fallbackText);
 * a message without a card is plain text.
 */
export function expectOneBubble(reply: Reply): void {
    expect(reply.summary.length).toBeGreaterThan(0);
    if (reply.card) {
        // At most a note the card does not say (e.g. that a long message was cut), never the card again.
        if (reply.text) expect(JSON.stringify(reply.card)).not.toContain(reply.text);
        expect(reply.text).not.toContain(reply.summary);
        expect(reply.card.fallbackText).toBe(reply.summary);
    } else {
        expect(reply.text).toBe(reply.summary);
    }
}
