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
    text: string;
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

    private constructor(readonly bot: Bot) {
        this.adapter = new TestAdapter(async (context) => {
            await bot.app.run(context);
        });
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

    /** Sends one activity (text or full activity) and returns the replies it produced. */
    async send(input: string | Partial<Activity>): Promise<Reply[]> {
        const activity = typeof input === 'string' ? messageActivity(input) : input;
        await this.adapter.processActivity(activity);
        // teams-ai starts its typing indicator on every turn that takes over a second; only real replies count here.
        const sent = this.adapter.activeQueue.splice(0).filter((a) => a.type !== 'typing');
        return sent.map((a) => ({ text: a.text ?? '', card: a.attachments?.[0]?.content as Record<string, any> | undefined, activity: a }));
    }

    /** Sends and returns the single reply, failing if there is not exactly one. */
    async ask(input: string | Partial<Activity>): Promise<Reply> {
        const replies = await this.send(input);
        if (replies.length !== 1) throw new Error(`expected 1 reply, got ${replies.length}: ${replies.map((r) => r.text).join(' | ')}`);
        return replies[0];
    }

    async stop(): Promise<void> {
        await this.bot.stop();
        this.bot.db.close();
    }
}

/** All the text a person sees in a reply: the message and every string in its card. */
export function visibleText(reply: Reply): string {
    const strings: string[] = [reply.text];
    const walk = (value: unknown) => {
        if (typeof value === 'string') strings.push(value);
        else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(reply.card);
    return strings.join('\n');
}
