import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/logger';

/** The project's real logger (redaction included) writing JSON lines into memory, for tests that read the log. */
export function capturedLog(level = 'debug'): { logger: Logger; lines: Record<string, any>[]; raw: () => string } {
    const chunks: string[] = [];
    const destination = new Writable({
        write(chunk: Buffer, _encoding, done) {
            chunks.push(chunk.toString('utf8'));
            done();
        }
    });
    const logger = createLogger(level, destination);
    const raw = () => chunks.join('');
    return {
        logger,
        raw,
        get lines() {
            return raw()
                .split('\n')
                .filter(Boolean)
                .map((line) => JSON.parse(line));
        }
    };
}
