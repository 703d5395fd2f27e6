/** Graph's response envelope and error body, shared by the router, $batch and the fault layer. */

import { formatGraphDateTime } from './clock';
import type { FaultSpec } from './faults';

/** Per-request identity Graph echoes in headers and in every error's innerError. */
export interface GraphRequestContext {
    requestId: string;
    clientRequestId: string;
    now: Date;
}

export interface GraphResponse {
    status: number;
    headers: Record<string, string>;
    /** JSON body; absent for 204. */
    body?: unknown;
}

/** `{"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}` as Graph sends it. */
export function graphError(
    status: number,
    code: string,
    message: string,
    context: GraphRequestContext,
    headers: Record<string, string> = {}
): GraphResponse {
    return {
        status,
        headers,
        body: {
            error: {
                code,
                message,
                innerError: {
                    // Graph's innerError date has no zone designator.
                    date: formatGraphDateTime(context.now).replace(/Z$/, ''),
                    'request-id': context.requestId,
                    'client-request-id': context.clientRequestId
                }
            }
        }
    };
}

export function badRequest(message: string, context: GraphRequestContext): GraphResponse {
    return graphError(400, 'BadRequest', message, context);
}

export function notFound(message: string, context: GraphRequestContext): GraphResponse {
    return graphError(404, 'ResourceNotFound', message, context);
}

export function segmentNotFound(segment: string, context: GraphRequestContext): GraphResponse {
    return notFound(`Resource not found for the segment '${segment}'.`, context);
}

export function methodNotAllowed(method: string, context: GraphRequestContext): GraphResponse {
    return graphError(405, 'BadRequest', `The requested resource does not support http method '${method}'.`, context);
}

export const INVALID_JSON_MESSAGE =
    'Unable to read JSON request payload. ' +
    'Please ensure Content-Type header is set and payload is of valid JSON format.';

/** The injected 429 / 503 answers. */
export function faultResponse(status: 429 | 503, faults: FaultSpec, context: GraphRequestContext): GraphResponse {
    if (status === 429) {
        return graphError(429, 'TooManyRequests', 'Please retry again later.', context, {
            'Retry-After': String(faults.retryAfterSeconds)
        });
    }
    const message = 'The service is temporarily unavailable. Please retry again later.';
    return graphError(503, 'ServiceUnavailable', message, context);
}

export function ok(body: unknown): GraphResponse {
    return { status: 200, headers: {}, body };
}

export function noContent(): GraphResponse {
    return { status: 204, headers: {} };
}
