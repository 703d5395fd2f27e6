import { buildBot, type Bot, type BotOverrides } from '../../src/compose/buildBot';
import { loadSettings } from '../../src/config';
import type { Logger } from '../../src/logger';
import { openDatabase, type SqliteDatabase } from '../../src/store/database';
import { FakeChannel } from './fakeChannel';
import { silentLogger } from './silentLogger';

/** The real bot on an ephemeral loopback port (local mode, demo tenant, in-memory SQLite) replying to a FakeChannel. */
export interface LoopbackBot {
    bot: Bot;
    db: SqliteDatabase;
    channel: FakeChannel;
    url: string;
    /** POSTs an activity to /api/messages with the channel as its serviceUrl. */
    post(activity: object): Promise<Response>;
    stop(): Promise<void>;
}

export async function startLoopbackBot(env: Record<string, string> = {}, logger: Logger = silentLogger, overrides: Omit<BotOverrides, 'db'> = {}): Promise<LoopbackBot> {
    const channel = await new FakeChannel().start();
    const db = openDatabase(':memory:');
    const bot = await buildBot(loadSettings({ PLAYGROUND: 'off', PORT: '0', HOST: '127.0.0.1', ...env }), logger, { db, ai: null, ...overrides });
    const url = (await bot.start())!;
    return {
        bot,
        db,
        channel,
        url,
        post: (activity) =>
            fetch(`${url}/api/messages`, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ ...activity, serviceUrl: channel.serviceUrl })
            }),
        async stop() {
            await bot.stop();
            await channel.stop();
        }
    };
}
