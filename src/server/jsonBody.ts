import type { IncomingMessage } from 'node:http';

/**
 * Reads an activity body off the wire, refusing anything that is not plain UTF-8 JSON before a byte is read.
 * The Bot Framework channel only ever posts uncompressed `application/json`; accepting more (gzip, multipart) is what
 * let one request exhaust memory, fill the disk or crash the process, so the edge is deliberately narrow.
 */

export type BodyRefusal = { status: 400 | 413 | 415; message: string };
export type BodyResult = { body: unknown; refusal?: undefined } | { refusal: BodyRefusal; body?: undefined };

/** Deeper than any activity Teams sends; deep enough nesting would overflow the stack of whatever walks it next. */
export const MAX_JSON_DEPTH = 64;

const UTF8_CHARSETS = new Set(['utf-8', 'utf8', 'us-ascii']);

const refuse = (status: BodyRefusal['status'], message: string): BodyResult => ({ refusal: { status, message } });

/** The refusal for headers alone (type, encoding, declared length), so no body is read or decompressed for it. */
export function checkBodyHeaders(headers: IncomingMessage['headers'], maxBytes: number): BodyRefusal | undefined {
    if (!isJsonMediaType(headers['content-type'])) {
        return { status: 415, message: 'Send the activity as application/json (UTF-8).' };
    }
    const encoding = (headers['content-encoding'] ?? '').trim().toLowerCase();
    if (encoding !== '' && encoding !== 'identity') {
        return { status: 415, message: 'Compressed request bodies are not accepted; send the activity uncompressed.' };
    }
    const declared = Number(headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) return tooLarge(maxBytes);
    return undefined;
}

/** `application/json` with at most a UTF-8 charset parameter, in any case and quoting. */
export function isJsonMediaType(contentType: string | undefined): boolean {
    if (!contentType) return false;
    const [type, ...parameters] = contentType.split(';').map((part) => part.trim().toLowerCase());
    if (type !== 'application/json') return false;
    return parameters.every((parameter) => {
        if (parameter === '') return true;
        const [name, value = ''] = parameter.split('=').map((s) => s.trim());
        if (name !== 'charset') return false;
        return UTF8_CHARSETS.has(value.replace(/^"(.*)"$/, '$1'));
    });
}

/** Reads and parses the body, stopping at `maxBytes`; every stream error or abort becomes a refusal, never a throw. */
export function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
    const headerRefusal = checkBodyHeaders(req.headers, maxBytes);
    if (headerRefusal) return Promise.resolve({ refusal: headerRefusal });
    return new Promise((resolve) => {
        const chunks: Buffer[] = [];
        let size = 0;
        let settled = false;
        const settle = (result: BodyResult) => {
            if (settled) return;
            settled = true;
            req.off('data', onData);
            req.off('end', onEnd);
            req.off('close', onClose);
            // Errors after we are done (the client hanging up mid-body) must still have a listener.
            req.on('error', () => undefined);
            resolve(result);
        };
        const onData = (chunk: Buffer) => {
            size += chunk.length;
            if (size > maxBytes) {
                chunks.length = 0;
                settle({ refusal: tooLarge(maxBytes) });
                return;
            }
            chunks.push(chunk);
        };
        const onEnd = () => settle(parseJson(Buffer.concat(chunks, size)));
        const onError = () => settle(refuse(400, 'The request body could not be read.'));
        const onClose = () => settle(refuse(400, 'The request ended before its body was complete.'));
        req.on('data', onData);
        req.once('end', onEnd);
        req.once('error', onError);
        req.once('close', onClose);
    });
}

function tooLarge(maxBytes: number): BodyRefusal {
    return { status: 413, message: `The request body is larger than ${Math.floor(maxBytes / 1024)} KB.` };
}

function parseJson(raw: Buffer): BodyResult {
    const text = raw.toString('utf8').replace(/^\uFEFF/, '');
    let body: unknown;
    try {
        body = JSON.parse(text);
    } catch {
        return refuse(400, 'The request body is not valid JSON.');
    }
    if (jsonDepthExceeds(body, MAX_JSON_DEPTH)) return refuse(400, `The JSON is nested deeper than ${MAX_JSON_DEPTH} levels.`);
    return { body };
}

/** Iterative so that the check itself cannot overflow the stack it protects. */
export function jsonDepthExceeds(value: unknown, limit: number): boolean {
    const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
    while (stack.length > 0) {
        const { value: current, depth } = stack.pop()!;
        if (current === null || typeof current !== 'object') continue;
        if (depth >= limit) return true;
        for (const child of Object.values(current)) stack.push({ value: child, depth: depth + 1 });
    }
    return false;
}
