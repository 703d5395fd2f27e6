import { buildBot, type Bot, type BotOverrides } from '../../src/compose/buildBot';
import { loadSettings } from '../../src/config';
import type { Logger } from '../../src/logger';
import { openDatabase, type SqliteDatabase } from '../../src/store/database';
import { FakeChannel, type CapturedActivity } from './fakeChannel';
import { silentLogger } from './silentLogger';

/** The real bot on an ephemeral loopback port (local mode, demo tenant, in-memory SQLite) replying to a FakeChannel. */
export interface LoopbackBot {
    bot: Bot;
    db: SqliteDatabase;
    channel: FakeChannel;
    url: string;
    /** POSTs an activity to /api/messages with the channel as its serviceUrl. */
    post(activity: object): Promise<Response>;
    /**
     * One turn: POSTs the activity and returns the HTTP answer's body (an invoke response, say) and every activity the
     * bot sent the channel meanwhile, waiting a moment so a second one would have arrived.
     */
    turn(activity: object): Promise<TurnResult>;
    stop(): Promise<void>;
}

export interface TurnResult {
    body: any;
    sent: CapturedActivity[];
}

/** Long enough for anything else a turn sends to reach the channel. */
const SETTLE_MS = 150;

export async function startLoopbackBot(env: Record<string, string> = {}, logger: Logger = silentLogger, overrides: Omit<BotOverrides, 'db'> = {}): Promise<LoopbackBot> {
    const channel = await new FakeChannel().start();
    const db = openDatabase(':memory:');
    const bot = await buildBot(loadSettings({ PLAYGROUND: 'off', PORT: '0', HOST: '127.0.0.1', ...env }), logger, { db, ai: null, ...overrides });
    const url = (await bot.start())!;
    const post = (activity: object) =>
        fetch(`${url}/api/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ ...activity, serviceUrl: channel.serviceUrl })
        });
    return {
        bot,
        db,
        channel,
        url,
        post,
        async turn(activity) {
            const before = channel.received.length;
            const response = await post(activity);
            if (response.status !== 200) throw new Error(`the bot answered HTTP ${response.status}`);
            const text = await response.text();
            await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
            return { body: text ? JSON.parse(text) : undefined, sent: channel.received.slice(before) };
        },
        async stop() {
            await bot.stop();
            await channel.stop();
        }
    };
}
