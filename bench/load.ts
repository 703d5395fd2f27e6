import { percentile, median } from './stats';

export interface LoadResult {
    latencies: number[];
    elapsedMs: number;
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
    return { latencies, elapsedMs: performance.now() - started, errors };
}

/** Several rounds of one load as one result. */
export function combine(results: LoadResult[]): LoadResult {
    return {
        latencies: results.flatMap((r) => r.latencies),
        elapsedMs: results.reduce((sum, r) => sum + r.elapsedMs, 0),
        errors: results.reduce((sum, r) => sum + r.errors, 0)
    };
}

export function summary(result: LoadResult): { medianMs: number; p95Ms: number; throughputPerSec: number } {
    return {
        medianMs: median(result.latencies),
        p95Ms: percentile(result.latencies, 95),
        throughputPerSec: result.latencies.length / (result.elapsedMs / 1000)
    };
}
