/**
 * Keeps passing tests quiet. restify loads spdy, whose http-deceiver reads `process.binding('http_parser')` when it is
 * required: Node's DEP0111 warning, printed for every test file, about a dependency's code we cannot change. Only that
 * warning is dropped; every other warning still prints.
 */
import vm from 'node:vm';

// Node emits the warning on the process object of the main context, not on the test sandbox's copy.
const realProcess = vm.runInThisContext('process') as NodeJS.Process & { quietHttpParserWarning?: true };

if (!realProcess.quietHttpParserWarning) {
    realProcess.quietHttpParserWarning = true;
    const emitWarning = realProcess.emitWarning.bind(realProcess) as (...args: unknown[]) => void;
    realProcess.emitWarning = ((warning: unknown, ...rest: unknown[]) => {
        const code = typeof rest[0] === 'object' && rest[0] !== null ? (rest[0] as { code?: string }).code : rest[1];
        if (code === 'DEP0111' && String(warning).includes("process.binding('http_parser')")) return;
        emitWarning(warning, ...rest);
    }) as typeof realProcess.emitWarning;
}

/**
 * botframework-connector reports every token it rejects with console.error (key dumps, TokenExpiredError). The app
 * sends console output to its JSON log (src/index.ts); here the auth tests reject tokens on purpose, so those lines
 * are dropped. Console output from anywhere else still prints.
 */
const fromBotFrameworkAuth = () => /[\\/]botframework-connector[\\/]/.test(new Error().stack ?? '');
for (const method of ['error', 'warn', 'log'] as const) {
    const original = console[method].bind(console);
    console[method] = (...args: unknown[]) => {
        if (!fromBotFrameworkAuth()) original(...args);
    };
}
