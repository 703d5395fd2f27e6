/**
 * Fault injection for the demo tenant: throttling (429 + Retry-After), 503s, added latency, and an autopilotEvents
 * endpoint that rejects `$filter`. Rates are applied deterministically (see FaultInjector) so runs are repeatable.
 */

export interface FaultSpec {
    /** Share of requests answered 429 TooManyRequests, 0..1. */
    throttleRate: number;
    retryAfterSeconds: number;
    /** Share of requests answered 503 ServiceUnavailable, 0..1. */
    unavailableRate: number;
    /** Latency added to every request, in milliseconds. */
    slowMs: number;
    /** autopilotEvents answers 400 to any `$filter`, as real Graph may. */
    rejectEventFilter: boolean;
}

export const NO_FAULTS: FaultSpec = Object.freeze({
    throttleRate: 0,
    retryAfterSeconds: 2,
    unavailableRate: 0,
    slowMs: 0,
    rejectEventFilter: false
});

/** Latency of a request forced slow by `x-demo-fault: slow` when the spec itself adds none. */
export const FORCED_SLOW_DEFAULT_MS = 1500;

export const FAULT_HEADER = 'x-demo-fault';

const ENV_NAME = 'DEMO_GRAPH_FAULTS';

function invalid(part: string, why: string): Error {
    const example = '429=0.3,retry-after=2,503=0.1,slow=800,no-event-filter';
    return new Error(`${ENV_NAME}: invalid part '${part}' (${why}). Expected e.g. "${example}".`);
}

function parseRate(part: string, raw: string): number {
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1) {
        throw invalid(part, 'a rate must be a number from 0 to 1');
    }
    return value;
}

function parseWholeNumber(part: string, raw: string, max: number): number {
    if (!/^\d+$/.test(raw.trim()) || Number(raw) > max) {
        throw invalid(part, `expected a whole number from 0 to ${max}`);
    }
    return Number(raw);
}

/** Parses `DEMO_GRAPH_FAULTS`, e.g. `429=0.3,retry-after=2,503=0.1,slow=800,no-event-filter`. Empty → no faults. */
export function parseFaults(spec: string | undefined): FaultSpec {
    const faults: FaultSpec = { ...NO_FAULTS };
    if (spec === undefined || spec.trim() === '') {
        return faults;
    }
    for (const rawPart of spec.split(',')) {
        const part = rawPart.trim();
        if (part === '') {
            continue;
        }
        const equals = part.indexOf('=');
        const key = (equals === -1 ? part : part.slice(0, equals)).trim().toLowerCase();
        const value = equals === -1 ? undefined : part.slice(equals + 1).trim();
        if (key === 'no-event-filter') {
            if (value !== undefined) {
                throw invalid(part, 'no-event-filter takes no value');
            }
            faults.rejectEventFilter = true;
            continue;
        }
        if (value === undefined) {
            throw invalid(part, 'missing "=value"');
        }
        switch (key) {
            case '429':
                faults.throttleRate = parseRate(part, value);
                break;
            case '503':
                faults.unavailableRate = parseRate(part, value);
                break;
            case 'retry-after':
                faults.retryAfterSeconds = parseWholeNumber(part, value, 3600);
                break;
            case 'slow':
                faults.slowMs = parseWholeNumber(part, value, 120_000);
                break;
            default:
                throw invalid(part, 'unknown fault; use 429, 503, retry-after, slow or no-event-filter');
        }
    }
    return faults;
}

export type ForcedFault = 'throttle' | 'unavailable' | 'slow';

/** Reads `x-demo-fault: 429|503|slow`; undefined when absent; throws on anything else so typos fail loudly. */
export function parseForcedFault(header: string | undefined): ForcedFault | undefined {
    if (header === undefined || header.trim() === '') {
        return undefined;
    }
    switch (header.trim().toLowerCase()) {
        case '429':
            return 'throttle';
        case '503':
            return 'unavailable';
        case 'slow':
            return 'slow';
        default:
            throw new Error(`Unknown ${FAULT_HEADER} value '${header}'; use 429, 503 or slow.`);
    }
}

export interface FaultDecision {
    /** 429 or 503 when the request must fail. */
    status?: 429 | 503;
    delayMs: number;
}

/**
 * Decides the fault for each request. A rate r is due on request n exactly when floor(n·r) grows, so failures are
 * spread evenly (r = 0.25 → requests 4, 8, 12 …) and every run sees the same sequence. A due fault that cannot be
 * served (429 and 503 due together, or a forced fault) waits for the next request, so both shares stay exact.
 */
export class FaultInjector {
    private requestNumber = 0;
    private throttlesDue = 0;
    private unavailablesDue = 0;

    constructor(private readonly spec: FaultSpec) {}

    /** Counts the request against the rates; a forced fault (header) overrides them. */
    decide(forced?: ForcedFault): FaultDecision {
        this.requestNumber++;
        this.throttlesDue += crossesStep(this.requestNumber, this.spec.throttleRate) ? 1 : 0;
        this.unavailablesDue += crossesStep(this.requestNumber, this.spec.unavailableRate) ? 1 : 0;
        if (forced !== undefined) {
            return this.forcedOnly(forced);
        }
        if (this.throttlesDue > 0) {
            this.throttlesDue--;
            return { status: 429, delayMs: this.spec.slowMs };
        }
        if (this.unavailablesDue > 0) {
            this.unavailablesDue--;
            return { status: 503, delayMs: this.spec.slowMs };
        }
        return { delayMs: this.spec.slowMs };
    }

    /** Latency plus only the forced fault, without counting: for the $batch envelope, whose inner requests count. */
    forcedOnly(forced?: ForcedFault): FaultDecision {
        const slowMs = forced === 'slow' && this.spec.slowMs === 0 ? FORCED_SLOW_DEFAULT_MS : this.spec.slowMs;
        if (forced === 'throttle') {
            return { status: 429, delayMs: slowMs };
        }
        if (forced === 'unavailable') {
            return { status: 503, delayMs: slowMs };
        }
        return { delayMs: slowMs };
    }
}

function crossesStep(requestNumber: number, rate: number): boolean {
    if (rate <= 0) {
        return false;
    }
    // The epsilon keeps 10 × 0.1 at 1 despite binary floating point.
    const epsilon = 1e-9;
    return Math.floor(requestNumber * rate + epsilon) > Math.floor((requestNumber - 1) * rate + epsilon);
}
