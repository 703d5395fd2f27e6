/** A tiny HTTP client for the demo tenant tests: no keep-alive, JSON in and out. */

import http from 'node:http';

export interface HttpResult {
    status: number;
    headers: http.IncomingHttpHeaders;
    text: string;
    body: any;
}

export interface RequestOptions {
    method?: string;
    headers?: Record<string, string>;
    /** Sent as JSON unless already a string. */
    body?: unknown;
}

export function send(baseUrl: string, path: string, options: RequestOptions = {}): Promise<HttpResult> {
    const url = new URL(baseUrl);
    const payload =
        options.body === undefined || typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    return new Promise((resolve, reject) => {
        const request = http.request(
            {
                host: url.hostname,
                port: url.port,
                path,
                method: options.method ?? 'GET',
                agent: false,
                headers: {
                    ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
                    ...options.headers
                }
            },
            response => {
                const chunks: Buffer[] = [];
                response.on('data', (chunk: Buffer) => chunks.push(chunk));
                response.on('end', () => {
                    const text = Buffer.concat(chunks).toString('utf8');
                    let body: unknown;
                    try {
                        body = text === '' ? undefined : JSON.parse(text);
                    } catch {
                        body = undefined;
                    }
                    resolve({ status: response.statusCode ?? 0, headers: response.headers, text, body });
                });
                response.on('error', reject);
            }
        );
        request.on('error', reject);
        request.end(payload);
    });
}

/** `/v1.0/x` + `{ $filter: "a eq 'b'" }` → `/v1.0/x?$filter=a%20eq%20'b'`. */
export function graphPath(path: string, query: Record<string, string> = {}): string {
    const parts = Object.entries(query).map(([name, value]) => `${name}=${encodeURIComponent(value)}`);
    return parts.length === 0 ? path : `${path}?${parts.join('&')}`;
}

/** An absolute nextLink → the path the helper can request. */
export function pathOf(absoluteUrl: string): string {
    const url = new URL(absoluteUrl);
    return `${url.pathname}${url.search}`;
}
