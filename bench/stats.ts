/** Small statistics for benchmarks: medians and percentiles of latency samples. */
export function percentile(samples: number[], p: number): number {
    if (samples.length === 0) return NaN;
    const sorted = [...samples].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const median = (samples: number[]) => percentile(samples, 50);

export const ratio = (value: number, baseline: number) => (baseline > 0 ? value / baseline : NaN);

export function fmt(n: number, digits = 2): string {
    return Number.isFinite(n) ? n.toFixed(digits) : 'n/a';
}
