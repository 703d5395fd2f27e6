import { AsyncLocalStorage } from 'node:async_hooks';
import pino, { Logger } from 'pino';

export type { Logger };

/** Structured JSON logs. Secrets and tokens are redacted wherever they may appear. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
    return pino(
        {
            level,
            base: { service: 'autopilot-technician-bot' },
            // Lines written while a request is handled carry its correlation id.
            mixin: correlationFields,
            redact: {
                paths: ['*.password', '*.secret', '*.authorization', '*.Authorization', 'headers.authorization', 'req.headers.authorization', 'config.bot.password'],
                censor: '[redacted]'
            }
        },
        destination
    );
}

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
