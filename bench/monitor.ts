import { ChildProcess, fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildBot } from '../src/compose/buildBot';
import { createMonitorCapability } from '../src/compose/monitor';
import { loadSettings } from '../src/config';
import { createGraphClient } from '../src/graph/graphClient';
import { filterParam, odataString } from '../src/graph/odata';
import { GraphRequestBudget, RequestCounts } from '../src/graph/requestBudget';
import { createLogger } from '../src/logger';
import { WatchStore } from '../src/store/watches';
import { FakeChannel } from '../test/support/fakeChannel';
import { fmt, ratio } from './stats';

const DEVICES = 10_000;
const CONVERSATIONS = 100;
const POLL_SECONDS = 120;
/** The stall rule for this run: the demo's silent device (started 2 min before the tenant) stalls 5 min in. */
const STALL_AFTER_MINUTES = 7;
const STALLING_SERIAL = '5CD4017HJT';
const MEASURED_CYCLES = 3;
const NAIVE_CONCURRENCY = 8;

/** The naive loop: for every watched device, the three reads one request each. */
async function naiveCycle(client: ReturnType<typeof createGraphClient>, serials: string[]): Promise<void> {
    const queue = serials.slice();
    const worker = async () => {
        for (let serial = queue.shift(); serial; serial = queue.shift()) {
            const literal = odataString(serial);
            await client.api(`/deviceManagement/windowsAutopilotDeviceIdentities?$filter=${filterParam(`contains(serialNumber,${literal})`)}&$expand=deploymentProfile`).version('beta').get();
            await client.api(`/deviceManagement/autopilotEvents?$filter=${filterParam(`deviceSerialNumber eq ${literal}`)}`).version('beta').get();
            await client.api(`/deviceManagement/managedDevices?$filter=${filterParam(`serialNumber eq ${literal}`)}`).version('beta').get();
        }
    };
    await Promise.all(Array.from({ length: NAIVE_CONCURRENCY }, worker));
}

function startTenant(startedAt: number): Promise<{ child: ChildProcess; baseUrl: string; setNow(now: number): Promise<void> }> {
    const child = fork(path.join(__dirname, 'monitorTenant.ts'), [String(DEVICES), String(startedAt)], { execArgv: ['-r', 'ts-node/register/transpile-only'] });
    const setNow = (now: number) =>
        new Promise<void>((resolve) => {
            child.once('message', () => resolve());
            child.send({ now });
        });
    return new Promise((resolve, reject) => {
        child.once('message', (message: { baseUrl: string }) => resolve({ child, baseUrl: message.baseUrl, setNow }));
        child.once('exit', (code) => reject(new Error(`bench tenant exited with ${code}`)));
    });
}

const diff = (after: RequestCounts, before: RequestCounts): RequestCounts => ({
    roundTrips: after.roundTrips - before.roundTrips,
    subRequests: after.subRequests - before.subRequests,
    throttled: after.throttled - before.throttled
});

/**
 * `npm run bench:monitor`: 10,000 watched devices on the demo tenant (a fleet in a child process), a tenth of them
 * changing per 120 s cycle. Graph round trips and sub-requests per cycle against the naive three-reads-per-device loop
 * measured in the same run, cycle time, peak RSS of the monitor's process, and stall-to-alert delay at a stand-in
 * channel. Simulated time advances one poll interval per cycle; Intune's budget (800 per 20 s) is paced in real time.
 */
export async function benchMonitor(): Promise<void> {
    const startedAt = Date.now();
    let t = startedAt;
    const now = () => new Date(t);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-monitor-'));
    const channel = await new FakeChannel().start();
    const tenant = await startTenant(startedAt);
    const settings = loadSettings({
        NODE_ENV: 'test',
        PLAYGROUND: 'off',
        DATA_DIR: dataDir,
        MONITOR_POLL_SECONDS: String(POLL_SECONDS),
        STALL_AFTER_MINUTES: String(STALL_AFTER_MINUTES)
    });
    const logger = createLogger('silent');
    const bot = await buildBot(settings, logger, { graphBaseUrl: tenant.baseUrl, now });
    let peakRss = 0;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
    try {
        const { deps } = bot;
        const conversation = (i: number) => ({
            channelId: 'msteams',
            serviceUrl: channel.serviceUrl,
            conversation: { id: `bench-${i}`, tenantId: 'tenant-bench', conversationType: 'personal', isGroup: false, name: '' },
            bot: { id: 'bot', name: 'bot' },
            user: { id: `user-${i}`, name: `Tech ${i}` }
        });
        const serials = Array.from({ length: DEVICES }, (_, i) => `FL${String(i).padStart(8, '0')}`);
        const watchStore = new WatchStore(bot.db);
        bot.db.transaction(() => {
            for (let c = 0; c <= CONVERSATIONS; c++) deps.references.save(conversation(c));
            serials.forEach((serial, i) => {
                const c = i % CONVERSATIONS;
                watchStore.add({ tenantId: 'tenant-bench', conversationKey: `tenant-bench/bench-${c}`, serial, askedBy: { id: `user-${c}` }, createdAt: now(), expiresAt: new Date(t + 24 * 3600_000) });
            });
            watchStore.add({ tenantId: 'tenant-bench', conversationKey: `tenant-bench/bench-${CONVERSATIONS}`, serial: STALLING_SERIAL, askedBy: { id: 'user-stall' }, createdAt: now(), expiresAt: new Date(t + 24 * 3600_000) });
        })();

        // Cold start: every device read once, outside the measurement and outside the budget (watches arrive over
        // time in real use).
        const warm = createMonitorCapability({ ...settings, monitor: { ...settings.monitor, requestsPer20s: 1e9 } }, {
            db: bot.db,
            graph: { baseUrl: tenant.baseUrl, maxRetryAfterSeconds: 10 },
            statusService: deps.statusService,
            references: deps.references,
            proactive: deps.proactive,
            now,
            logger
        });
        const coldStarted = performance.now();
        const cold = await warm.monitor.runCycle();
        console.log(`\nbench/monitor: ${DEVICES} watched devices (${CONVERSATIONS} conversations), a tenth changing per ${POLL_SECONDS} s cycle, demo tenant in its own process`);
        console.log(`cold start (not measured below): ${cold.read} devices read in ${fmt((performance.now() - coldStarted) / 1000, 1)} s, peak RSS ${fmt(peakRss / 1e6, 0)} MB`);
        peakRss = 0;

        console.log('cycle  changed  read  round trips  sub-requests  throttled  alerts  cycle s (budget-paced)  naive sub-requests  ratio (monitor/naive)');
        const budget = deps.budget;
        const stallTrueAt = startedAt + (STALL_AFTER_MINUTES - 2) * 60_000;
        let stallDelay: number | undefined;
        for (let cycle = 1; cycle <= MEASURED_CYCLES; cycle++) {
            t = startedAt + cycle * POLL_SECONDS * 1000;
            await tenant.setNow(t);
            const before = budget.counts();
            const alertsBefore = channel.received.length;
            const wallStart = performance.now();
            const report = await deps.monitor.runCycle();
            const spent = diff(budget.counts(), before);
            const cycleSeconds = (performance.now() - wallStart) / 1000;
            if (stallDelay === undefined && channel.received.length > alertsBefore && t >= stallTrueAt) {
                // Simulated wait until the cycle, plus the real time the cycle took to deliver it.
                stallDelay = (t - stallTrueAt) / 1000 + cycleSeconds;
            }
            // The naive loop over the same devices at the same simulated time, counted the same way, not paced.
            const naiveBudget = new GraphRequestBudget(1e9);
            await naiveCycle(createGraphClient({ baseUrl: tenant.baseUrl, maxRetryAfterSeconds: 10, requestBudget: naiveBudget }), [...serials, STALLING_SERIAL]);
            const naive = naiveBudget.counts();
            console.log(
                `${String(cycle).padStart(5)}  ${String(report.changedEvents).padStart(7)}  ${String(report.read).padStart(4)}  ${String(spent.roundTrips).padStart(11)}  ${String(spent.subRequests).padStart(12)}  ${String(spent.throttled).padStart(9)}  ${String(report.alerts).padStart(6)}  ${fmt(cycleSeconds, 1).padStart(22)}  ${String(naive.subRequests).padStart(18)}  ${fmt(ratio(spent.subRequests, naive.subRequests), 3).padStart(20)}`
            );
        }
        console.log(`targets: <= 4800 sub-requests per ${POLL_SECONDS} s cycle; naive three reads per device = ${3 * (DEVICES + 1)}`);
        console.log(`peak RSS of the monitor's process over the measured cycles: ${fmt(peakRss / 1e6, 0)} MB (target <= 250 MB)`);
        console.log(
            `stall-to-alert delay (${STALLING_SERIAL}, stalls ${STALL_AFTER_MINUTES - 2} min in): ${stallDelay === undefined ? 'no alert' : `${fmt(stallDelay, 1)} s`} (target <= ${POLL_SECONDS + 5} s: one poll interval + 5 s)`
        );
    } finally {
        clearInterval(sampler);
        await bot.stop();
        tenant.child.send({ stop: true });
        await channel.stop();
        fs.rmSync(dataDir, { recursive: true, force: true });
    }
}

if (require.main === module) {
    benchMonitor().then(
        () => process.exit(0),
        (error) => {
            console.error(error);
            process.exit(1);
        }
    );
}
