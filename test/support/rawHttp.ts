import http from 'node:http';
import net from 'node:net';

export interface RawResponse {
    status: number;
    headers: http.IncomingHttpHeaders;
    body: string;
}

/**
 * A POST with exactly the headers and bytes given (fetch would add or normalise some). `chunks` are written one by one
 * without a Content-Length unless the headers carry one; `abortAfterChunks` hangs up mid-body (after `hangUpAfterMs`).
 * Resolves with the response, or with status 0 when the server closed the connection without one.
 *
 * Each request has a connection of its own (no agent): a kept-alive socket from an earlier request can meet the server
 * closing it for idling (5 s, reached on a loaded machine while a test builds a large body), and the reset would read
 * as the server dropping this request.
 */
export function rawPost(
    url: string,
    headers: Record<string, string>,
    chunks: (string | Buffer)[],
    options: { abortAfterChunks?: number; hangUpAfterMs?: number } = {}
): Promise<RawResponse> {
    return new Promise((resolve) => {
        let hangUp: NodeJS.Timeout | undefined;
        const answered = (result: RawResponse) => {
            clearTimeout(hangUp);
            resolve(result);
        };
        const request = http.request(url, { method: 'POST', headers, agent: false }, (response) => {
            let body = '';
            response.setEncoding('utf8');
            response.on('data', (chunk: string) => (body += chunk));
            response.on('end', () => answered({ status: response.statusCode ?? 0, headers: response.headers, body }));
            response.on('error', () => answered({ status: response.statusCode ?? 0, headers: response.headers, body }));
        });
        request.on('error', () => answered({ status: 0, headers: {}, body: '' }));
        chunks.forEach((chunk, index) => {
            if (options.abortAfterChunks !== undefined && index >= options.abortAfterChunks) return;
            request.write(chunk);
        });
        if (options.abortAfterChunks !== undefined) {
            // A client that hangs up mid-body. An answer the server sends before that still counts: give it
            // `hangUpAfterMs` to arrive (20 ms by default; a test that expects an answer waits longer, since a loaded
            // machine can take more than 20 ms to send one).
            hangUp = setTimeout(() => request.destroy(), options.hangUpAfterMs ?? 20);
            return;
        }
        request.end();
    });
}

/** Raw bytes on a TCP socket (for requests that are not valid HTTP); resolves with whatever the server answered. */
export function rawSocket(url: string, bytes: string): Promise<string> {
    const { hostname, port } = new URL(url);
    return new Promise((resolve) => {
        let answer = '';
        const socket = net.connect(Number(port), hostname, () => socket.write(bytes));
        socket.setEncoding('utf8');
        socket.on('data', (chunk: string) => (answer += chunk));
        socket.on('error', () => resolve(answer));
        socket.on('close', () => resolve(answer));
        socket.setTimeout(5000, () => socket.destroy());
    });
}
