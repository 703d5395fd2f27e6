import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line written during one request carries, so one turn's lines can be found together. */
export interface CorrelationFields {
    correlationId: string;
}

const current = new AsyncLocalStorage<CorrelationFields>();

/** Runs `fn` (and everything it starts, awaited or not) with this correlation id on every log line. */
export function withCorrelation<T>(correlationId: string, fn: () => T): T {
    return current.run({ correlationId }, fn);
}

/** The fields of the request being handled; none outside one (startup, background services). */
export function correlationFields(): Partial<CorrelationFields> {
    return current.getStore() ?? {};
}
