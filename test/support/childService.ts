import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

export interface LogLine {
    msg: string;
    url?: string;
    [key: string]: unknown;
}

export interface ChildService {
    child: ChildProcessWithoutNullStreams;
    url: string;
    /** JSON log lines so far. */
    logs: LogLine[];
    /** Everything written to stdout so far, log lines and plain text alike. */
    stdout(): string;
    /** Resolves when `text` has appeared on stdout. */
    waitForOutput(text: string, timeoutMs?: number): Promise<void>;
    exited: Promise<number | null>;
}

/** The service's entry point (`src/index.ts`, what `npm start` runs) in a child process; resolves once it listens. */
export async function startChildService(env: Record<string, string>): Promise<ChildService> {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/index.ts'], {
        cwd: root,
        env: { PATH: process.env.PATH ?? '', ...env }
    });
    const logs: LogLine[] = [];
    let text = '';
    let partial = '';
    const watchers: Array<() => void> = [];
    child.stdout.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        partial += chunk.toString();
        const lines = partial.split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines) if (line.startsWith('{')) logs.push(JSON.parse(line) as LogLine);
        watchers.forEach((w) => w());
    });
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const waitForOutput = (expected: string, timeoutMs = 60_000) =>
        new Promise<void>((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`"${expected}" not printed; output so far:\n${text}`)), timeoutMs);
            const check = () => {
                if (text.includes(expected)) {
                    clearTimeout(timer);
                    resolve();
                }
            };
            watchers.push(check);
            void exited.then(() => {
                clearTimeout(timer);
                if (!text.includes(expected)) reject(new Error(`exited before printing "${expected}":\n${text}`));
            });
            check();
        });
    await waitForOutput('"msg":"bot started"');
    const url = logs.find((l) => l.msg === 'bot started')?.url;
    if (!url) throw new Error(`no URL in the start log line:\n${text}`);
    return { child, url, logs, stdout: () => text, waitForOutput, exited };
}
