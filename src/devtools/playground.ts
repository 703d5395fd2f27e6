import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import type { Logger } from '../logger';

export interface Playground {
    url: string;
    stop(): void;
}

/** Where the playground's chat page is served. */
export function playgroundUrl(port: number): string {
    return `http://localhost:${port}`;
}

/**
 * Starts the Microsoft 365 Agents Playground (a local Teams-like chat UI, fully offline) pointed at the bot,
 * so a person can talk to it right after `npm start`.
 */
export function startPlayground(botEndpoint: string, port: number, logger: Logger): Playground {
    const packageDir = path.dirname(require.resolve('@microsoft/m365agentsplayground/package.json'));
    const bin = require(path.join(packageDir, 'package.json')).bin as Record<string, string>;
    const script = path.join(packageDir, bin.agentsplayground ?? Object.values(bin)[0]);
    const child: ChildProcess = spawn(process.execPath, [script, '-e', botEndpoint, '-c', 'msteams', '-p', String(port), '--disable-telemetry'], {
        env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', BOT_ENDPOINT: botEndpoint },
        stdio: ['ignore', 'pipe', 'pipe']
    });
    const url = playgroundUrl(port);
    child.stdout?.on('data', (chunk: Buffer) => logger.debug({ playground: chunk.toString().trim() }, 'playground output'));
    child.stderr?.on('data', (chunk: Buffer) => logger.debug({ playground: chunk.toString().trim() }, 'playground output'));
    child.on('exit', (code) => logger.info({ code }, 'playground stopped'));
    child.on('error', (error) => logger.warn({ err: error.message }, 'playground could not start'));
    return { url, stop: () => void child.kill() };
}
