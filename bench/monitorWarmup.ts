import { buildBot } from '../src/compose/buildBot';
import { createMonitorCapability } from '../src/compose/monitor';
import { loadSettings } from '../src/config';
import { createLogger } from '../src/logger';
import { BotMetrics } from '../src/ops/metrics';
import { WatchStore } from '../src/store/watches';

/**
 * The benchmark's cold start, in a process of its own: watches for every device, each read once without a budget,
 * state committed to the data directory. The measured monitor then starts from there, as after a restart.
 * Args: dataDir, Graph base URL, channel serviceUrl, start time (epoch ms), serials (comma-separated).
 */
async function main(): Promise<void> {
    const [dataDir, baseUrl, serviceUrl, startedAt, serialList, conversations] = process.argv.slice(2);
    const now = () => new Date(Number(startedAt));
    const settings = loadSettings({ NODE_ENV: 'test', PLAYGROUND: 'off', DATA_DIR: dataDir });
    const logger = createLogger('silent');
    const bot = await buildBot(settings, logger, { graphBaseUrl: baseUrl, now });
    const watches = new WatchStore(bot.db);
    const serials = serialList.split(',');
    const count = Number(conversations);
    bot.db.transaction(() => {
        for (let c = 0; c < count; c++) {
            bot.deps.references.save({
                channelId: 'msteams',
                serviceUrl,
                conversation: { id: `bench-${c}`, tenantId: 'tenant-bench', conversationType: 'personal', isGroup: false, name: '' },
                bot: { id: 'bot', name: 'bot' },
                user: { id: `user-${c}`, name: `Tech ${c}` }
            });
        }
        serials.forEach((serial, i) => {
            const c = i % count;
            watches.add({ tenantId: 'tenant-bench', conversationKey: `tenant-bench/bench-${c}`, serial, askedBy: { id: `user-${c}` }, createdAt: now(), expiresAt: new Date(now().getTime() + 24 * 3600_000) });
        });
    })();
    const unpaced = createMonitorCapability({ ...settings, monitor: { ...settings.monitor, requestsPer20s: 1e9 } }, {
        db: bot.db,
        graph: { baseUrl, maxRetryAfterSeconds: 10 },
        statusService: bot.deps.statusService,
        references: bot.deps.references,
        proactive: bot.deps.proactive,
        now,
        logger,
        // Its own registry: the bot's already counts the monitor it wired.
        metrics: new BotMetrics()
    });
    const started = performance.now();
    const report = await unpaced.monitor.runCycle();
    process.send?.({ read: report.read, seconds: (performance.now() - started) / 1000, rss: process.memoryUsage().rss });
    await bot.stop();
    process.exit(0);
}

void main();
