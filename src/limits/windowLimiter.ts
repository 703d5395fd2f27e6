import { setTimeout as sleep } from 'node:timers/promises';

/** At most `limit` units in any `ms` milliseconds. */
export interface RateWindow {
    limit: number;
    ms: number;
}

export interface LimiterClock {
    now(): number;
    sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: LimiterClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => sleep(ms, undefined, { signal })
};

/** Thrown by `acquire` when the wait would pass the caller's deadline: the caller gives up instead of waiting. */
export class LimiterDeadlineError extends Error {
    constructor(readonly waitMs: number) {
        super(`rate limit: would wait ${waitMs} ms, past the deadline`);
        this.name = 'LimiterDeadlineError';
    }
}

/**
 * A sliding-window limiter over several windows at once (Teams: 7 per second, 60 per 30 s, 1,800 per hour…;
 * Intune: 1,000 requests per 20 s). Units are weighted, so a Graph $batch counts each of its sub-requests.
 * A server's Retry-After pauses it as a whole.
 */
export class WindowLimiter {
    /** [time, weight] of every grant still inside the longest window, oldest first. */
    private readonly grants: [number, number][] = [];
    private pausedUntil = 0;
    private readonly longest: number;

    constructor(
        private readonly windows: RateWindow[],
        private readonly clock: LimiterClock = systemClock
    ) {
        this.longest = Math.max(...windows.map((w) => w.ms));
    }

    /** Milliseconds until `weight` more units fit in every window (0: now). A weight above a limit is clamped. */
    delayFor(weight: number): number {
        const now = this.clock.now();
        this.prune(now);
        let delay = Math.max(0, this.pausedUntil - now);
        for (const window of this.windows) {
            const wanted = Math.min(weight, window.limit);
            let used = 0;
            for (let i = this.grants.length - 1; i >= 0 && this.grants[i][0] > now - window.ms; i--) used += this.grants[i][1];
            // Oldest grants leave the window first: wait until enough of them have left.
            let excess = used + wanted - window.limit;
            for (let i = 0; excess > 0 && i < this.grants.length; i++) {
                const [time, units] = this.grants[i];
                if (time <= now - window.ms) continue;
                excess -= units;
                if (excess <= 0) delay = Math.max(delay, time + window.ms - now);
            }
        }
        return delay;
    }

    /** Waits until `weight` units fit, then takes them. Rejects rather than wait past `deadlineAt` (epoch ms). */
    async acquire(weight = 1, deadlineAt = Infinity, signal?: AbortSignal): Promise<void> {
        for (;;) {
            const delay = this.delayFor(weight);
            if (delay === 0) {
                this.grants.push([this.clock.now(), weight]);
                return;
            }
            if (this.clock.now() + delay > deadlineAt) throw new LimiterDeadlineError(delay);
            await this.clock.sleep(delay, signal);
        }
    }

    /** Nothing more is granted before `seconds` from now (a 429's Retry-After). */
    pause(seconds: number): void {
        this.pausedUntil = Math.max(this.pausedUntil, this.clock.now() + seconds * 1000);
    }

    /** Units granted in the last `ms` milliseconds. */
    used(ms: number): number {
        const now = this.clock.now();
        return this.grants.filter(([time]) => time > now - ms).reduce((sum, [, units]) => sum + units, 0);
    }

    /** True when it remembers nothing that could delay a caller: safe to forget. */
    get idle(): boolean {
        const now = this.clock.now();
        this.prune(now);
        return this.grants.length === 0 && this.pausedUntil <= now;
    }

    private prune(now: number): void {
        let expired = 0;
        while (expired < this.grants.length && this.grants[expired][0] <= now - this.longest) expired++;
        if (expired > 0) this.grants.splice(0, expired);
    }
}

/** One limiter per key (conversation, tenant), forgotten once idle so the map does not grow without bound. */
export class KeyedLimiters {
    private readonly limiters = new Map<string, WindowLimiter>();

    constructor(
        private readonly windows: RateWindow[],
        private readonly clock: LimiterClock = systemClock
    ) {}

    for(key: string): WindowLimiter {
        let limiter = this.limiters.get(key);
        if (!limiter) {
            if (this.limiters.size >= 1000) this.forgetIdle();
            limiter = new WindowLimiter(this.windows, this.clock);
            this.limiters.set(key, limiter);
        }
        return limiter;
    }

    get size(): number {
        return this.limiters.size;
    }

    forgetIdle(): void {
        for (const [key, limiter] of this.limiters) if (limiter.idle) this.limiters.delete(key);
    }
}
