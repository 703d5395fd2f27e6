import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A scripted channel answer: a status with Bot Framework's error body, or a normal answer that comes late. */
export type ChannelFault = { status: number; code?: string; retryAfter?: string } | { delayMs: number };

export interface CapturedActivity {
    /** POST: a new message or conversation; PUT: an activity updated in place. */
    method: string;
    path: string;
    authorization?: string;
    body: Record<string, any>;
}

/**
 * A stand-in for the Teams channel's connector: the bot POSTs its replies to the activity's serviceUrl,
 * and this records them.
 */
export class FakeChannel {
    readonly received: CapturedActivity[] = [];
    /** Answers for the next requests, in order, instead of 200 (403 bot removed, 404 gone, 429 throttled…). */
    readonly faults: ChannelFault[] = [];
    /** Every request, faulted ones included. */
    requests = 0;
    private server?: http.Server;
    private waiters: { count: number; resolve: () => void }[] = [];
    private nextId = 1;

    get serviceUrl(): string {
        const address = this.server?.address() as AddressInfo;
        return `http://127.0.0.1:${address.port}`;
    }

    async start(): Promise<this> {
        this.server = http.createServer((req, res) => {
            let raw = '';
            req.on('data', (chunk) => (raw += chunk));
            req.on('end', () => {
                this.requests++;
                const fault = this.faults.shift();
                if (fault && 'delayMs' in fault) {
                    setTimeout(() => this.record(req, res, raw), fault.delayMs);
                    return;
                }
                if (fault) {
                    const headers: Record<string, string> = { 'content-type': 'application/json' };
                    if (fault.retryAfter !== undefined) headers['retry-after'] = fault.retryAfter;
                    res.writeHead(fault.status, headers);
                    res.end(JSON.stringify({ error: { code: fault.code ?? `Status${fault.status}`, message: 'scripted fault' } }));
                    return;
                }
                this.record(req, res, raw);
            });
        });
        await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
        return this;
    }

    private record(req: http.IncomingMessage, res: http.ServerResponse, raw: string): void {
        const body = raw ? JSON.parse(raw) : {};
        if (body.type !== 'typing') {
            this.received.push({ method: req.method ?? '', path: req.url ?? '', authorization: req.headers.authorization, body });
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        const id = this.nextId++;
        // Creating a conversation in a channel opens a thread: `<channel>;messageid=<first message>`.
        const channelId = body.channelData?.channel?.id;
        const created = req.url === '/v3/conversations' && channelId ? { id: `${channelId};messageid=${id}`, activityId: `${id}` } : undefined;
        res.end(JSON.stringify(created ?? { id: `reply-${id}` }));
        this.waiters = this.waiters.filter((w) => (this.received.length >= w.count ? (w.resolve(), false) : true));
    }

    /** Resolves once `count` replies in total have arrived. */
    waitForReplies(count: number, timeoutMs = 10000): Promise<CapturedActivity[]> {
        if (this.received.length >= count) return Promise.resolve(this.received);
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`expected ${count} replies, got ${this.received.length}`)), timeoutMs);
            this.waiters.push({ count, resolve: () => (clearTimeout(timer), resolve(this.received)) });
        });
    }

    async stop(): Promise<void> {
        this.server?.closeAllConnections();
        await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
    }
}
