import pino, { Logger } from 'pino';
import { correlationFields } from './ops/correlation';

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
