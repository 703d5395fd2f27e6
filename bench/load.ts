import { percentile, median } from './stats';

export interface LoadResult {
    requests: number;
    medianMs: number;
    p95Ms: number;
    throughputPerSec: number;
    errors: number;
}

/**
 * Runs `concurrency` workers, each sending `perWorker` requests one after another (a worker is one conversation).
 * Bounded in count: it always stops by itself.
 */
export async function runLoad(concurrency: number, perWorker: number, send: (worker: number, i: number) => Promise<boolean>): Promise<LoadResult> {
    const latencies: number[] = [];
    let errors = 0;
    const started = performance.now();
    await Promise.all(
        Array.from({ length: concurrency }, async (_, worker) => {
            for (let i = 0; i < perWorker; i++) {
                const t0 = performance.now();
                const ok = await send(worker, i).catch(() => false);
                latencies.push(performance.now() - t0);
                if (!ok) errors++;
            }
        })
    );
    const elapsedSec = (performance.now() - started) / 1000;
    return { requests: latencies.length, medianMs: median(latencies), p95Ms: percentile(latencies, 95), throughputPerSec: latencies.length / elapsedSec, errors };
}
