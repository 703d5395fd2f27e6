import { Activity, TestAdapter } from 'botbuilder';
import type { AiFallback } from '../../src/ai/fallback';
import { createApplication } from '../../src/bot/app';
import { startDemoTenant, DemoTenant } from '../../src/demo/demoTenant';
import { parseFaults } from '../../src/demo/faults';
import { AutopilotGraph } from '../../src/graph/autopilotGraph';
import { createGraphClient } from '../../src/graph/graphClient';
import { DeviceStatusService } from '../../src/status/statusService';
import { SqliteConversationReferenceStore } from '../../src/store/conversationReferences';
import { openDatabase } from '../../src/store/database';
import { SqliteStorage } from '../../src/store/sqliteStorage';
import { messageActivity } from './activities';
import { silentLogger } from './silentLogger';

export interface Reply {
    text: string;
    /** The first attachment's Adaptive Card JSON, if any. */
    card?: Record<string, any>;
    activity: Partial<Activity>;
}

/**
 * The real Application driven through botbuilder's TestAdapter, with the real Graph client talking HTTP to the
 * embedded demo tenant on loopback and state in an in-memory SQLite database.
 */
export class BotHarness {
    private constructor(
        readonly adapter: TestAdapter,
        readonly demoTenant: DemoTenant,
        readonly references: SqliteConversationReferenceStore
    ) {}

    /** `ai`: the optional AI fallback (e.g. over a stub model); absent, the bot runs without any model. */
    static async start(options: { faults?: string; ai?: AiFallback } = {}): Promise<BotHarness> {
        const demoTenant = await startDemoTenant({ faults: parseFaults(options.faults) });
        const graph = new AutopilotGraph(createGraphClient({ baseUrl: demoTenant.baseUrl, maxRetryAfterSeconds: 2, retryDelaySeconds: 0 }));
        const statusService = new DeviceStatusService(graph, { now: () => new Date(), espTimeoutMinutes: 60 });
        const db = openDatabase(':memory:');
        const references = new SqliteConversationReferenceStore(db);
        const storage = new SqliteStorage(db);
        const { ai } = options;
        const app = createApplication({ botAppId: '', storage, references, statusService, logger: silentLogger, ai });
        const adapter = new TestAdapter(async (context) => {
            await app.run(context);
        });
        return new BotHarness(adapter, demoTenant, references);
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
        await this.demoTenant.close();
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
