import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { LimiterClock, systemClock, WindowLimiter } from '../limits/windowLimiter';
import { parseRetryAfter } from './graphProblem';

/** Intune's throttling window: requests are counted per app and tenant over 20 seconds. */
export const INTUNE_WINDOW_MS = 20_000;

export interface RequestCounts {
    /** HTTP round trips (a $batch is one). */
    roundTrips: number;
    /** What Intune counts: every request, and every request inside a $batch. */
    subRequests: number;
    throttled: number;
}

/** Sub-requests in a request body: a $batch's `requests`, else 1. */
function weightOf(context: Context): number {
    const url = typeof context.request === 'string' ? context.request : (context.request as Request).url;
    if (!/\/\$batch(\?|$)/.test(url)) return 1;
    try {
        const body = context.options?.body;
        const requests = (typeof body === 'string' ? JSON.parse(body) : body)?.requests;
        return Array.isArray(requests) && requests.length > 0 ? requests.length : 1;
    } catch {
        return 1;
    }
}

/**
 * Graph client middleware that keeps requests within a budget per 20 s, counting each sub-request of a $batch as Intune
 * does. It sits next to the wire, after the retry handler, so retries are counted too. A 429 pauses every request
 * for its Retry-After.
 */
export class GraphRequestBudget implements Middleware {
    private next?: Middleware;
    private readonly limiter: WindowLimiter;
    private readonly totals: RequestCounts = { roundTrips: 0, subRequests: 0, throttled: 0 };

    constructor(
        readonly requestsPer20s: number,
        clock: LimiterClock = systemClock
    ) {
        this.limiter = new WindowLimiter([{ limit: requestsPer20s, ms: INTUNE_WINDOW_MS }], clock);
    }

    async execute(context: Context): Promise<void> {
        const weight = weightOf(context);
        await this.limiter.acquire(weight);
        this.totals.roundTrips += 1;
        this.totals.subRequests += weight;
        await this.next!.execute(context);
        const response = context.response;
        if (response?.status === 429) {
            this.totals.throttled += 1;
            this.limiter.pause(parseRetryAfter(response.headers.get('Retry-After')) ?? 30);
        } else if (weight > 1 && response?.ok) {
            await this.noteThrottledInside(response);
        }
    }

    /** A $batch answers 200 with its throttled sub-requests inside: they pause the budget just the same. */
    private async noteThrottledInside(response: Response): Promise<void> {
        try {
            const body = (await response.clone().json()) as { responses?: { status?: number; headers?: Record<string, string> }[] };
            const throttled = (body.responses ?? []).filter((r) => r.status === 429);
            if (throttled.length === 0) return;
            this.totals.throttled += throttled.length;
            const waits = throttled.map((r) => parseRetryAfter(r.headers?.['Retry-After'] ?? r.headers?.['retry-after']) ?? 30);
            this.limiter.pause(Math.max(...waits));
        } catch {
            // Not JSON: the Graph reader reports that; nothing to learn here.
        }
    }

    setNext(next: Middleware): void {
        this.next = next;
    }

    /** Totals since start: callers take differences to measure a cycle. */
    counts(): RequestCounts {
        return { ...this.totals };
    }

    /** Sub-requests spent in the current 20 s window. */
    usedNow(): number {
        return this.limiter.used(INTUNE_WINDOW_MS);
    }
}
