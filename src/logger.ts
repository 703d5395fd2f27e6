import { AsyncLocalStorage } from 'node:async_hooks';
import { format } from 'node:util';
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

/**
 * Libraries that print to the console (botbuilder's auth path, teams-ai's errors) go into the one JSON log: the
 * message at `level`, a stack trace it carries only at debug (stack traces are for debugging, not the operator's log).
 */
export function routeConsole(logger: Logger): void {
    const route = (level: 'warn' | 'info') => (...args: unknown[]) => {
        const lines = format(...args).split('\n');
        const message = lines.filter((line) => !STACK_LINE.test(line)).join('\n');
        const stack = lines.filter((line) => STACK_LINE.test(line));
        logger[level]({ source: 'console' }, message);
        if (stack.length > 0) logger.debug({ source: 'console', stack: stack.map((line) => line.trim()).join('\n') }, 'stack of the line above');
    };
    console.error = route('warn');
    console.warn = route('warn');
    console.log = route('info');
}

/** A line of a JavaScript stack trace. */
const STACK_LINE = /^\s+at\s/;

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
