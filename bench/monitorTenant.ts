import { startDemoTenant } from '../src/demo/demoTenant';

/**
 * The demo tenant with a fleet, in a process of its own so its memory and event loop are not the monitor's. Its clock
 * is the benchmark's: the parent sends `{ now }` before each cycle.
 */
async function main(): Promise<void> {
    const fleet = Number(process.argv[2]);
    const startedAt = Number(process.argv[3]);
    let now = startedAt;
    const tenant = await startDemoTenant({ fleet, startedAt: new Date(startedAt), now: () => new Date(now) });
    process.on('message', async (message: { now?: number; stop?: boolean }) => {
        if (message.stop) {
            await tenant.close();
            process.exit(0);
        }
        if (message.now !== undefined) now = message.now;
        process.send?.({ now });
    });
    process.send?.({ baseUrl: tenant.baseUrl });
}

void main();
