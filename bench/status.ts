import { buildBot } from '../src/compose/buildBot';
import { loadSettings } from '../src/config';
import { createGraphClient } from '../src/graph/graphClient';
import { filterParam, odataString } from '../src/graph/odata';
import { createLogger } from '../src/logger';
import { openDatabase } from '../src/store/database';
import { fmt, median, ratio } from './stats';

const SERIALS = ['PF3XYZ12', 'CZC2410A01'];
const ROUNDS = 60;

/** The naive way: identity, then events, then managed device, one request each, one after another. */
async function naiveStatus(client: ReturnType<typeof createGraphClient>, serial: string): Promise<void> {
    const literal = odataString(serial);
    await client.api(`/deviceManagement/windowsAutopilotDeviceIdentities?$filter=${filterParam(`contains(serialNumber,${literal})`)}`).version('beta').get();
    await client.api(`/deviceManagement/autopilotEvents?$filter=${filterParam(`deviceSerialNumber eq ${literal}`)}`).version('beta').get();
    await client.api(`/deviceManagement/managedDevices?$filter=${filterParam(`serialNumber eq ${literal}`)}`).version('beta').get();
}

export async function benchStatus(): Promise<void> {
    console.log(`\nbench/status: Graph round trips and latency per status answer (demo tenant on loopback, ${ROUNDS} answers each)`);
    console.log('added latency  batched trips/answer  naive trips/answer  batched median ms  naive median ms  latency ratio (batched/naive)');
    // Loopback has no network latency; 20 ms per request stands in for the round trip to Graph.
    for (const slow of [0, 20]) {
        const settings = loadSettings({ NODE_ENV: 'test', PLAYGROUND: 'off', DEMO_GRAPH_FAULTS: slow ? `slow=${slow}` : undefined, GRAPH_MAX_RETRY_AFTER_SECONDS: '2' });
        const bot = await buildBot(settings, createLogger('silent'), { db: openDatabase(':memory:') });
        const tenant = bot.demoTenant!;
        const service = bot.deps.statusService;
        const client = createGraphClient({ baseUrl: tenant.baseUrl, maxRetryAfterSeconds: 2 });
        const measure = async (run: (serial: string) => Promise<unknown>) => {
            const times: number[] = [];
            tenant.resetCount();
            for (let i = 0; i < ROUNDS; i++) {
                const t0 = performance.now();
                await run(SERIALS[i % SERIALS.length]);
                times.push(performance.now() - t0);
            }
            return { trips: tenant.requestCount() / ROUNDS, medianMs: median(times) };
        };
        await measure((serial) => service.lookup(serial));
        const batched = await measure((serial) => service.lookup(serial));
        const naive = await measure((serial) => naiveStatus(client, serial));
        console.log(
            `${`${slow} ms`.padStart(13)}  ${fmt(batched.trips).padStart(20)}  ${fmt(naive.trips).padStart(18)}  ${fmt(batched.medianMs).padStart(17)}  ${fmt(naive.medianMs).padStart(15)}  ${fmt(ratio(batched.medianMs, naive.medianMs)).padStart(12)}x`
        );
        await bot.stop();
    }
}
