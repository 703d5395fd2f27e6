import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * A real Node process with the guards installed: a rejection nobody awaits and an error thrown from a callback are
 * logged, and the process carries on (without the guards Node would exit with code 1 on either).
 */
it('logs and survives unhandled rejections and uncaught exceptions', () => {
    const root = path.resolve(__dirname, '../..');
    const script = `
        const { createLogger } = require('./src/logger');
        const { guardProcess } = require('./src/server/processGuards');
        const logger = createLogger('info');
        guardProcess(logger);
        Promise.reject(new Error('turn failed after its response'));
        // "still alive" is scheduled by the callback that throws and written through the same logger, so on a loaded
        // machine it can neither run before the exception nor overtake the guard's line on another stream.
        setTimeout(() => {
            setTimeout(() => logger.info('still alive'), 50);
            throw new Error('stream callback threw');
        }, 10);
    `;
    const run = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], { cwd: root, encoding: 'utf8', timeout: 60000 });
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.msg)).toEqual(['unhandled rejection', 'uncaught exception', 'still alive']);
    expect(lines[0].err.message).toBe('turn failed after its response');
    expect(JSON.stringify(lines)).not.toMatch(/at .*processGuards|\.ts:\d+/);
});
