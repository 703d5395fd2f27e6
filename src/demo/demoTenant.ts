/**
 * The embedded demo tenant: a loopback HTTP server (Node's `http` only) that answers the Intune Autopilot part of
 * Microsoft Graph in Graph's own shapes, so the bot's real Graph client can run with no tenant.
 */

import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleBatch } from './batch';
import type { Clock } from '../domain/clock';
import { FAULT_HEADER, FaultInjector, NO_FAULTS, parseForcedFault, type FaultSpec, type ForcedFault } from './faults';
import { buildFixtures } from './fixtures';
import {
    badRequest,
    faultResponse,
    graphError,
    methodNotAllowed,
    type GraphRequestContext,
    type GraphResponse
} from './graphHttp';
import { GraphRouter, asGraphVersion, splitGraphPath, unwrapSdkAbsolutePath } from './graphRouter';
import { buildFleet } from './scenarios/fleet';
import { TenantState } from './tenantState';

export interface DemoTenantOptions {
    /** Default 127.0.0.1. */
    host?: string;
    /** Default 0 = ephemeral. */
    port?: number;
    now?: Clock;
    faults?: FaultSpec;
    /** Anchor for the fixtures' relative times; default now() at start. */
    startedAt?: Date;
    /** Look-alike devices in the technician flow added to the scenarios, for benchmarks at tenant scale (buildFleet). */
    fleet?: number;
    logger?: { info(o: object, msg?: string): void };
}

export interface DemoTenant {
    /** e.g. `http://127.0.0.1:41234` — no trailing slash, no version. */
    baseUrl: string;
    /** HTTP requests received; a $batch counts as 1. */
    requestCount(): number;
    resetCount(): void;
    /** The scenario devices: serial, scenario and its story in a technician's words. */
    serials(): { serial: string; scenario: string; story: string }[];
    close(): Promise<void>;
}

const MAX_BODY_BYTES = 4 * 1024 * 1024;

class BodyTooLargeError extends Error {}

function readBody(request: http.IncomingMessage): Promise<string> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        let size = 0;
        request.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > MAX_BODY_BYTES) {
                reject(new BodyTooLargeError());
                request.resume();
                return;
            }
            chunks.push(chunk);
        });
        request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        request.on('error', reject);
    });
}

function headerValue(request: http.IncomingMessage, name: string): string | undefined {
    const value = request.headers[name];
    return Array.isArray(value) ? value[0] : value;
}

/** A URL host for the bound address: wildcard binds are reached over loopback; IPv6 needs brackets. */
function urlHost(host: string): string {
    if (host === '0.0.0.0' || host === '') {
        return '127.0.0.1';
    }
    if (host === '::') {
        return '[::1]';
    }
    return host.includes(':') ? `[${host}]` : host;
}

export async function startDemoTenant(options: DemoTenantOptions = {}): Promise<DemoTenant> {
    const host = options.host ?? '127.0.0.1';
    const now = options.now ?? (() => new Date());
    const faults = options.faults ?? NO_FAULTS;
    const startedAt = options.startedAt ?? now();
    const state = new TenantState(buildFixtures(startedAt), options.fleet ? buildFleet(startedAt, options.fleet) : undefined);
    const injector = new FaultInjector(faults);
    const logger = options.logger;
    let baseUrl = '';
    let requestCount = 0;
    let closed = false;
    const router = new GraphRouter({ state, faults, baseUrl: () => baseUrl });

    // Pending latency timers, released on close so no handler outlives the server.
    const pendingDelays = new Map<NodeJS.Timeout, () => void>();
    const delay = (milliseconds: number): Promise<void> => {
        if (milliseconds <= 0 || closed) {
            return Promise.resolve();
        }
        return new Promise(resolve => {
            const timer = setTimeout(() => {
                pendingDelays.delete(timer);
                resolve();
            }, milliseconds);
            pendingDelays.set(timer, resolve);
        });
    };

    const respond = async (request: http.IncomingMessage, context: GraphRequestContext): Promise<GraphResponse> => {
        let bodyText: string;
        try {
            bodyText = await readBody(request);
        } catch (error) {
            if (error instanceof BodyTooLargeError) {
                return graphError(413, 'RequestEntityTooLarge', 'The request body is too large.', context);
            }
            throw error;
        }
        const rawUrl = request.url ?? '/';
        const queryStart = rawUrl.indexOf('?');
        const path = unwrapSdkAbsolutePath(queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart), baseUrl);
        const query = queryStart === -1 ? '' : rawUrl.slice(queryStart + 1);
        const method = (request.method ?? 'GET').toUpperCase();

        let forced: ForcedFault | undefined;
        try {
            forced = parseForcedFault(headerValue(request, FAULT_HEADER));
        } catch (error) {
            return badRequest((error as Error).message, context);
        }

        const { version, segments } = splitGraphPath(path);
        const batchVersion = asGraphVersion(version);
        if (batchVersion && segments.length === 1 && segments[0].toLowerCase() === '$batch') {
            if (method !== 'POST') {
                return methodNotAllowed(method, context);
            }
            // Rates apply to the inner requests; only a forced fault hits the envelope.
            if (forced !== undefined) {
                const decision = injector.forcedOnly(forced);
                await delay(decision.delayMs);
                if (decision.status) {
                    return faultResponse(decision.status, faults, context);
                }
            }
            return handleBatch(batchVersion, bodyText, context, {
                router,
                injector,
                faults,
                delay,
                newRequestId: randomUUID,
                now
            });
        }

        const decision = injector.decide(forced);
        await delay(decision.delayMs);
        if (decision.status) {
            return faultResponse(decision.status, faults, context);
        }
        return router.handle({ method, path, query, bodyText, context });
    };

    const server = http.createServer((request, response) => {
        requestCount++;
        const startedMs = Date.now();
        const requestId = randomUUID();
        const clientRequestId = headerValue(request, 'client-request-id')?.slice(0, 200) || requestId;
        const context: GraphRequestContext = { requestId, clientRequestId, now: now() };
        request.on('error', () => response.destroy());
        respond(request, context)
            .catch((error: unknown): GraphResponse => {
                if (error instanceof URIError) {
                    return badRequest('The request URI is not valid: malformed percent-encoding.', context);
                }
                const message = error instanceof Error ? error.message : String(error);
                return graphError(500, 'InternalServerError', `Demo tenant error: ${message}`, context);
            })
            .then(result => {
                if (response.destroyed || response.headersSent) {
                    return;
                }
                response.writeHead(result.status, {
                    ...result.headers,
                    'content-type': 'application/json',
                    'odata-version': '4.0',
                    'request-id': requestId,
                    'client-request-id': clientRequestId
                });
                response.end(result.body === undefined ? undefined : JSON.stringify(result.body));
                logger?.info(
                    {
                        method: request.method,
                        url: request.url,
                        status: result.status,
                        requestId,
                        durationMs: Date.now() - startedMs
                    },
                    'demo graph request'
                );
            })
            .catch(() => response.destroy());
    });
    // Malformed HTTP never reaches the handler: answer 400 and drop the socket instead of crashing.
    server.on('clientError', (_error, socket) => {
        if (socket.writable) {
            socket.end('HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n');
        } else {
            socket.destroy();
        }
    });

    await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, host, () => {
            server.off('error', reject);
            resolve();
        });
    });
    const address = server.address() as AddressInfo;
    baseUrl = `http://${urlHost(host)}:${address.port}`;
    logger?.info({ baseUrl }, 'demo Graph tenant listening');

    let closing: Promise<void> | undefined;
    return {
        baseUrl,
        requestCount: () => requestCount,
        resetCount: () => {
            requestCount = 0;
        },
        serials: () => state.scenarios(),
        close: () => {
            closing ??= new Promise<void>(resolve => {
                closed = true;
                for (const [timer, release] of pendingDelays) {
                    clearTimeout(timer);
                    release();
                }
                pendingDelays.clear();
                server.close(() => resolve());
                server.closeAllConnections();
            });
            return closing;
        }
    };
}
