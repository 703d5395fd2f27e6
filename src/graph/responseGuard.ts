import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { currentAnswerSignal } from './answerDeadline';

/** Thrown inside the middleware chain; the SDK passes the name on as the error `code`, which toGraphProblem reads. */
export class GraphTimeoutError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'GraphTimeoutError';
    }
}

export class GraphUnreadableResponseError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'GraphUnreadableResponseError';
    }
}

/** Far above any Graph page the bot asks for (50 events, a 20-request $batch); a bigger answer is not Graph's. */
const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/**
 * One Graph HTTP attempt, bounded: it must finish (headers and body) within `requestTimeoutMs` and within the answer's
 * deadline, and a successful answer must be a JSON object. A proxy's HTML page or a truncated body is reported as
 * unreadable instead of being taken for "no devices".
 */
export class ResponseGuard implements Middleware {
    private next?: Middleware;

    constructor(
        private readonly requestTimeoutMs: number,
        private readonly maxResponseBytes = MAX_RESPONSE_BYTES
    ) {}

    setNext(next: Middleware): void {
        this.next = next;
    }

    async execute(context: Context): Promise<void> {
        const signals = [AbortSignal.timeout(this.requestTimeoutMs)];
        const answer = currentAnswerSignal();
        if (answer) signals.push(answer);
        if (context.options?.signal) signals.push(context.options.signal as AbortSignal);
        const signal = AbortSignal.any(signals);
        context.options = { ...context.options, signal };
        try {
            await this.next!.execute(context);
            if (context.response) context.response = await this.checked(context.response, signal);
        } catch (error) {
            if (signal.aborted) throw new GraphTimeoutError(`Graph did not answer within ${this.requestTimeoutMs} ms`);
            throw error;
        }
    }

    /** The response with its body read (bounded) and, when successful, checked to be a JSON object. */
    private async checked(response: Response, signal: AbortSignal): Promise<Response> {
        if (response.status === 204 || response.status === 304 || !response.body) return response;
        const text = await readBounded(response, this.maxResponseBytes, signal);
        const headers = new Headers(response.headers);
        headers.delete('content-length');
        headers.delete('content-encoding');
        if (response.ok && text.trim() !== '') {
            let value: unknown;
            try {
                value = JSON.parse(text);
            } catch {
                throw new GraphUnreadableResponseError(`Graph answered ${response.status} with a body that is not JSON (${headers.get('content-type') ?? 'no content type'})`);
            }
            if (value === null || typeof value !== 'object' || Array.isArray(value)) {
                throw new GraphUnreadableResponseError(`Graph answered ${response.status} with JSON that is not an object`);
            }
            headers.set('content-type', 'application/json');
        }
        return new Response(text, { status: response.status, statusText: response.statusText, headers });
    }
}

async function readBounded(response: Response, maxBytes: number, signal: AbortSignal): Promise<string> {
    const reader = response.body!.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
        for (;;) {
            if (signal.aborted) throw signal.reason;
            const { done, value } = await reader.read();
            if (done) break;
            size += value.byteLength;
            if (size > maxBytes) throw new GraphUnreadableResponseError(`Graph answered more than ${maxBytes} bytes`);
            chunks.push(value);
        }
    } catch (error) {
        reader.cancel().catch(() => undefined);
        throw error;
    }
    return Buffer.concat(chunks).toString('utf8');
}
