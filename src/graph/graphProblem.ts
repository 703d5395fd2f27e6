/** A Graph failure the technician can be told about in plain words. */
export type GraphProblemKind = 'throttled' | 'unavailable' | 'unauthorized' | 'forbidden' | 'badRequest' | 'network' | 'timeout' | 'unreadable';

export class GraphProblem extends Error {
    constructor(
        readonly kind: GraphProblemKind,
        message: string,
        readonly details: { status?: number; retryAfterSeconds?: number; permission?: string; code?: string } = {}
    ) {
        super(message);
        this.name = 'GraphProblem';
    }
}

/** The least application permission each resource needs, to name it when Graph answers 403. */
function permissionFor(path: string): string {
    if (/^\/users\b/i.test(path)) return 'User.Read.All';
    if (/windowsAutopilotDeviceIdentities|windowsAutopilotDeploymentProfiles/i.test(path)) {
        return /assignUserToDevice|unassignUserFromDevice|updateDeviceProperties/i.test(path)
            ? 'DeviceManagementServiceConfig.ReadWrite.All'
            : 'DeviceManagementServiceConfig.Read.All';
    }
    return 'DeviceManagementManagedDevices.Read.All';
}

interface ErrorLike {
    name?: string;
    statusCode?: number;
    code?: string | null;
    message?: string;
    headers?: { get(name: string): string | null };
}

/**
 * Seconds to wait from a Retry-After value, which HTTP allows as delay-seconds or as an HTTP-date (RFC 9110 §10.2.3);
 * undefined when absent or unreadable.
 */
export function parseRetryAfter(raw: string | null | undefined, nowMs = Date.now()): number | undefined {
    if (raw == null || raw.trim() === '') return undefined;
    const seconds = Number(raw);
    if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
    const date = Date.parse(raw);
    return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - nowMs) / 1000));
}

function retryAfterOf(headers: ErrorLike['headers'] | Record<string, string> | undefined): number | undefined {
    if (!headers) return undefined;
    const raw = typeof (headers as ErrorLike['headers'])?.get === 'function'
        ? (headers as { get(name: string): string | null }).get('Retry-After')
        : (headers as Record<string, string>)['Retry-After'] ?? (headers as Record<string, string>)['retry-after'];
    return parseRetryAfter(raw);
}

/** Maps an HTTP status from Graph (top level or inside a $batch) to a GraphProblem. */
export function problemFromStatus(status: number, path: string, headers?: ErrorLike['headers'] | Record<string, string>, code?: string): GraphProblem {
    if (status === 429) {
        return new GraphProblem('throttled', 'Graph is throttling requests', { status, retryAfterSeconds: retryAfterOf(headers) ?? 30, code });
    }
    if (status === 401) return new GraphProblem('unauthorized', 'Graph rejected the bot credentials', { status, code });
    if (status === 403) {
        return new GraphProblem('forbidden', 'Graph denied access', { status, permission: permissionFor(path), code });
    }
    if (status === 400) return new GraphProblem('badRequest', 'Graph rejected the request', { status, code });
    return new GraphProblem('unavailable', `Graph answered ${status}`, { status, retryAfterSeconds: retryAfterOf(headers), code });
}

/**
 * No token could be had: @azure/identity's errors (the SDK passes their name on as `code`) and the SDK's own
 * "Access token is undefined". The bot's sign-in failed; Graph itself was never asked.
 */
const CREDENTIAL_ERRORS = new Set([
    'CredentialUnavailableError',
    'AuthenticationError',
    'AggregateAuthenticationError',
    'AuthenticationRequiredError',
    'Access token is undefined'
]);

/** Our per-request deadline (responseGuard.ts) and the platform's abort errors. */
const TIMEOUT_ERRORS = new Set(['GraphTimeoutError', 'TimeoutError', 'AbortError']);
/** A non-JSON or oversized body (responseGuard.ts), or JSON the SDK could not parse. */
const UNREADABLE_ERRORS = new Set(['GraphUnreadableResponseError', 'SyntaxError']);

/** Turns anything the Graph SDK throws into a GraphProblem. */
export function toGraphProblem(error: unknown, path: string): GraphProblem {
    if (error instanceof GraphProblem) return error;
    const e = (error ?? {}) as ErrorLike;
    // Checked before the status: a body that failed to read or parse still carries the 200 it came with.
    const name = e.code ?? e.name ?? '';
    if (TIMEOUT_ERRORS.has(name)) return new GraphProblem('timeout', `Graph did not answer in time: ${e.message ?? String(error)}`, { code: name });
    if (UNREADABLE_ERRORS.has(name)) return new GraphProblem('unreadable', `Graph answered something unreadable: ${e.message ?? String(error)}`, { code: name });
    if (typeof e.statusCode === 'number' && e.statusCode > 0) return problemFromStatus(e.statusCode, path, e.headers, e.code ?? undefined);
    if (CREDENTIAL_ERRORS.has(e.code ?? e.name ?? '')) {
        const message = `The bot could not get a Graph token: ${e.message ?? String(error)}`;
        return new GraphProblem('unauthorized', message, { code: e.code ?? e.name });
    }
    return new GraphProblem('network', `Graph could not be reached: ${e.message ?? String(error)}`);
}
