import { ChildProcess, fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildBot } from '../src/compose/buildBot';
import { loadSettings } from '../src/config';
import { createGraphClient } from '../src/graph/graphClient';
import { filterParam, odataString } from '../src/graph/odata';
import { GraphRequestBudget, RequestCounts } from '../src/graph/requestBudget';
import { createLogger } from '../src/logger';
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

/** Children run the way this file runs: under ts-node, or compiled (RSS without the TypeScript compiler in it). */
const CHILD_EXEC_ARGV = __filename.endsWith('.ts') ? ['-r', 'ts-node/register/transpile-only'] : [];
const sibling = (name: string) => path.join(__dirname, `${name}${path.extname(__filename)}`);

/** Runs bench/monitorWarmup.ts in a child process: watches created, every device read once, state on disk. */
function warmUp(dataDir: string, baseUrl: string, serviceUrl: string, startedAt: number, serials: string[]): Promise<{ read: number; seconds: number; rss: number }> {
    const child = fork(sibling('monitorWarmup'), [dataDir, baseUrl, serviceUrl, String(startedAt), serials.join(','), String(CONVERSATIONS)], { execArgv: CHILD_EXEC_ARGV });
    return new Promise((resolve, reject) => {
        child.once('message', (message: { read: number; seconds: number; rss: number }) => resolve(message));
        child.once('exit', (code) => (code ? reject(new Error(`bench warm-up exited with ${code}`)) : undefined));
    });
}

function startTenant(startedAt: number): Promise<{ child: ChildProcess; baseUrl: string; setNow(now: number): Promise<void> }> {
    const child = fork(sibling('monitorTenant'), [String(DEVICES), String(startedAt)], { execArgv: CHILD_EXEC_ARGV });
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
    const serials = [...Array.from({ length: DEVICES }, (_, i) => `FL${String(i).padStart(8, '0')}`), STALLING_SERIAL];
    const cold = await warmUp(dataDir, tenant.baseUrl, channel.serviceUrl, startedAt, serials);
    const bot = await buildBot(settings, logger, { graphBaseUrl: tenant.baseUrl, now });
    (globalThis as { gc?: () => void }).gc?.();
    const idleRss = process.memoryUsage().rss;
    let peakRss = 0;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
    try {
        const { deps } = bot;
        console.log(`\nbench/monitor: ${DEVICES} watched devices (${CONVERSATIONS} conversations), a tenth changing per ${POLL_SECONDS} s cycle, demo tenant in its own process`);
        console.log(`cold start in its own process (not measured below): ${cold.read} devices read in ${fmt(cold.seconds, 1)} s, RSS ${fmt(cold.rss / 1e6, 0)} MB`);
        console.log('cycle  changed  read  round trips  sub-requests  throttled  alerts  cycle s (budget-paced)');
        const budget = deps.budget;
        const stallTrueAt = startedAt + (STALL_AFTER_MINUTES - 2) * 60_000;
        let stallDelay: number | undefined;
        const perCycle: number[] = [];
        for (let cycle = 1; cycle <= MEASURED_CYCLES; cycle++) {
            t = startedAt + cycle * POLL_SECONDS * 1000;
            await tenant.setNow(t);
            const before = budget.counts();
            const alertsBefore = channel.received.length;
            const wallStart = performance.now();
            const report = await deps.monitor.runCycle();
            const spent = diff(budget.counts(), before);
            const cycleSeconds = (performance.now() - wallStart) / 1000;
            perCycle.push(spent.subRequests);
            if (stallDelay === undefined && channel.received.length > alertsBefore && t >= stallTrueAt) {
                // Simulated wait until the cycle, plus the real time the cycle took to deliver it.
                stallDelay = (t - stallTrueAt) / 1000 + cycleSeconds;
            }
            console.log(
                `${String(cycle).padStart(5)}  ${String(report.changedEvents).padStart(7)}  ${String(report.read).padStart(4)}  ${String(spent.roundTrips).padStart(11)}  ${String(spent.subRequests).padStart(12)}  ${String(spent.throttled).padStart(9)}  ${String(report.alerts).padStart(6)}  ${fmt(cycleSeconds, 1).padStart(22)}`
            );
        }
        clearInterval(sampler);
        const rssCycles = peakRss;
        // The naive loop over the same devices, counted the same way, not paced (it could not be: 30,000 sub-requests
        // need 750 s of Intune's budget).
        const naiveBudget = new GraphRequestBudget(1e9);
        const naiveStart = performance.now();
        await naiveCycle(createGraphClient({ baseUrl: tenant.baseUrl, maxRetryAfterSeconds: 10, requestBudget: naiveBudget }), serials);
        const naive = naiveBudget.counts();
        const worst = Math.max(...perCycle);
        console.log(
            `naive three reads per device: ${naive.roundTrips} round trips, ${naive.subRequests} sub-requests in ${fmt((performance.now() - naiveStart) / 1000, 1)} s unpaced; monitor/naive sub-requests: ${fmt(ratio(worst, naive.subRequests), 3)} (worst cycle)`
        );
        console.log(`target: <= 4800 sub-requests per ${POLL_SECONDS} s cycle (Intune budget 800 per 20 s): worst cycle ${worst}`);
        console.log(
            `peak RSS of the monitor's process over the measured cycles: ${fmt(rssCycles / 1e6, 0)} MB (target <= 250 MB); the idle bot before them: ${fmt(idleRss / 1e6, 0)} MB${CHILD_EXEC_ARGV.length ? ' (under ts-node, whose compiler is in that figure: run compiled for the real one)' : ''}`
        );
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
