import { createLogger } from '../../src/logger';

/** A real pino logger that writes nowhere: tests exercise logging code paths without noise. */
export const silentLogger = createLogger('silent');
