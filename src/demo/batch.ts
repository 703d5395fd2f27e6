/**
 * JSON batching (`POST /{version}/$batch`) as Graph does it: at most 20 requests, relative URLs resolved against
 * the batch's version, `dependsOn` honoured (424 when a dependency failed), and faults applied to each inner
 * request individually — an inner 429 carries its own Retry-After.
 */

import { FAULT_HEADER, parseForcedFault, type FaultInjector, type FaultSpec, type ForcedFault } from './faults';
import {
    INVALID_JSON_MESSAGE,
    badRequest,
    faultResponse,
    graphError,
    type GraphRequestContext,
    type GraphResponse
} from './graphHttp';
import type { GraphVersion } from './graphResources';
import type { GraphRouter } from './graphRouter';

export const MAX_BATCH_REQUESTS = 20;

export interface BatchDependencies {
    router: GraphRouter;
    injector: FaultInjector;
    faults: FaultSpec;
    delay: (milliseconds: number) => Promise<void>;
    newRequestId: () => string;
    now: () => Date;
}

interface InnerRequest {
    id: string;
    method: string;
    url: string;
    headers: Record<string, string>;
    body?: unknown;
    dependsOn: string[];
}

interface InnerResponse {
    id: string;
    status: number;
    headers: Record<string, string>;
    body?: unknown;
}

const WRITE_METHODS = ['POST', 'PUT', 'PATCH'];

/** Validates the whole payload first: any malformed part fails the batch with 400, as Graph does. */
function readBatch(bodyText: string | undefined): InnerRequest[] | string {
    let payload: unknown;
    try {
        payload = JSON.parse(bodyText ?? '');
    } catch {
        return INVALID_JSON_MESSAGE;
    }
    const requestList =
        payload !== null && typeof payload === 'object' ? (payload as { requests?: unknown }).requests : undefined;
    if (!Array.isArray(requestList)) {
        return "Invalid batch payload format: the body must be an object with a 'requests' array.";
    }
    const rawRequests: unknown[] = requestList;
    if (rawRequests.length === 0) {
        return 'Invalid batch payload format: the batch contains no requests.';
    }
    if (rawRequests.length > MAX_BATCH_REQUESTS) {
        return `Number of requests exceeds the maximum of ${MAX_BATCH_REQUESTS}.`;
    }
    const requests: InnerRequest[] = [];
    for (const raw of rawRequests) {
        if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
            return 'Invalid batch payload format: every request must be an object.';
        }
        const entry = raw as Record<string, unknown>;
        const id = typeof entry.id === 'number' ? String(entry.id) : entry.id;
        if (typeof id !== 'string' || id === '') {
            return "Invalid batch payload format: every request needs a non-empty string 'id'.";
        }
        if (requests.some(previous => previous.id === id)) {
            return `Request Id must be unique within a batch. Duplicate id: '${id}'.`;
        }
        if (typeof entry.method !== 'string' || entry.method.trim() === '') {
            return `Invalid batch payload format: request '${id}' has no 'method'.`;
        }
        if (typeof entry.url !== 'string' || entry.url.trim() === '') {
            return `Invalid batch payload format: request '${id}' has no 'url'.`;
        }
        const headers = readHeaders(entry.headers);
        if (!headers) {
            return `Invalid batch payload format: 'headers' of request '${id}' must be an object of strings.`;
        }
        const dependsOn = entry.dependsOn ?? [];
        if (!Array.isArray(dependsOn) || !dependsOn.every(dependency => typeof dependency === 'string')) {
            return `Invalid batch payload format: 'dependsOn' of request '${id}' must be an array of ids.`;
        }
        const unknown = dependsOn.find(dependency => !requests.some(previous => previous.id === dependency));
        if (unknown !== undefined) {
            return `Request '${id}' depends on '${unknown}', which is not an earlier request of this batch.`;
        }
        const method = entry.method.trim().toUpperCase();
        requests.push({ id, method, url: entry.url.trim(), headers, body: entry.body, dependsOn });
    }
    return requests;
}

/** Header names lower-cased for lookup; undefined when not an object of scalars. */
function readHeaders(raw: unknown): Record<string, string> | undefined {
    if (raw === undefined || raw === null) {
        return {};
    }
    if (typeof raw !== 'object' || Array.isArray(raw)) {
        return undefined;
    }
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
        if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
            return undefined;
        }
        headers[name.toLowerCase()] = String(value);
    }
    return headers;
}

export async function handleBatch(
    version: GraphVersion,
    bodyText: string | undefined,
    context: GraphRequestContext,
    deps: BatchDependencies
): Promise<GraphResponse> {
    const requests = readBatch(bodyText);
    if (typeof requests === 'string') {
        return badRequest(requests, context);
    }
    const statuses = new Map<string, number>();
    const responses: InnerResponse[] = [];
    const latency = { milliseconds: 0 };
    for (const request of requests) {
        const response = runInner(version, request, statuses, latency, deps);
        statuses.set(request.id, response.status);
        responses.push(response);
    }
    // Graph runs inner requests concurrently, so the slowest one sets the batch's added latency.
    await deps.delay(latency.milliseconds);
    return { status: 200, headers: {}, body: { responses } };
}

function runInner(
    version: GraphVersion,
    request: InnerRequest,
    statuses: Map<string, number>,
    latency: { milliseconds: number },
    deps: BatchDependencies
): InnerResponse {
    const requestId = deps.newRequestId();
    const context: GraphRequestContext = {
        requestId,
        clientRequestId: request.headers['client-request-id'] ?? requestId,
        now: deps.now()
    };
    const answer = (response: GraphResponse): InnerResponse => toInner(request.id, response);

    const failedDependency = request.dependsOn.find(dependency => (statuses.get(dependency) ?? 0) >= 400);
    if (failedDependency !== undefined) {
        const message = `Request '${failedDependency}' failed; '${request.id}' was not run.`;
        return answer(graphError(424, 'FailedDependency', message, context));
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(request.url)) {
        const message =
            'Invalid request URL: batch request URLs must be relative, e.g. /deviceManagement/managedDevices.';
        return answer(badRequest(message, context));
    }
    let forced: ForcedFault | undefined;
    try {
        forced = parseForcedFault(request.headers[FAULT_HEADER]);
    } catch (error) {
        return answer(badRequest((error as Error).message, context));
    }
    const decision = deps.injector.decide(forced);
    latency.milliseconds = Math.max(latency.milliseconds, decision.delayMs);
    if (decision.status) {
        return answer(faultResponse(decision.status, deps.faults, context));
    }
    const hasBody = request.body !== undefined && request.body !== null;
    if (WRITE_METHODS.includes(request.method) && hasBody && request.headers['content-type'] === undefined) {
        const message = `Write request id : ${request.id} does not contain Content-Type header or body.`;
        return answer(badRequest(message, context));
    }
    const queryStart = request.url.indexOf('?');
    let relativePath = (queryStart === -1 ? request.url : request.url.slice(0, queryStart)).replace(/^\/+/, '');
    // The SDK's BatchRequestContent keeps the version from an absolute Request URL (`/v1.0/...`): accept it.
    const versionPrefix = /^(v1\.0|beta)(\/|$)/i.exec(relativePath);
    if (versionPrefix) {
        if (versionPrefix[1].toLowerCase() !== version) {
            const message = `Request '${request.id}' targets ${versionPrefix[1]} inside a ${version} batch.`;
            return answer(badRequest(message, context));
        }
        relativePath = relativePath.slice(versionPrefix[0].length);
    }
    const bodyText = !hasBody
        ? undefined
        : typeof request.body === 'string'
          ? request.body
          : JSON.stringify(request.body);
    return answer(
        deps.router.handle({
            method: request.method,
            path: `/${version}/${relativePath}`,
            query: queryStart === -1 ? '' : request.url.slice(queryStart + 1),
            bodyText,
            context
        })
    );
}

function toInner(id: string, response: GraphResponse): InnerResponse {
    const inner: InnerResponse = { id, status: response.status, headers: { ...response.headers } };
    if (response.body !== undefined) {
        inner.headers['Content-Type'] = 'application/json';
        inner.body = response.body;
    }
    return inner;
}
