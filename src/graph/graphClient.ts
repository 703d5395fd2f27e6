import type { TokenCredential } from '@azure/identity';
import {
    AuthenticationHandler,
    Client,
    HTTPMessageHandler,
    Middleware,
    RetryHandler,
    RetryHandlerOptions
} from '@microsoft/microsoft-graph-client';
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials';
import { DEFAULT_DEADLINES } from '../config';
import { withDeadline } from '../domain/deadline';
import { currentAnswerSignal } from './answerDeadline';
import { parseRetryAfter } from './graphProblem';
import { GraphTimeoutError, ResponseGuard } from './responseGuard';
import { GraphTrafficMiddleware, type GraphTrafficObserver } from './graphTraffic';

export interface GraphClientOptions {
    /** e.g. `https://graph.microsoft.com` or a loopback Graph-compatible server; no version segment. */
    baseUrl: string;
    /** App-only credential; absent for a loopback server that needs no token. */
    credential?: TokenCredential;
    /** A throttled request whose Retry-After is longer than this is not waited for: the technician is told instead. */
    maxRetryAfterSeconds: number;
    /** Seconds to wait before a retry when the server gives no Retry-After. */
    retryDelaySeconds?: number;
    maxRetries?: number;
    /** Counts and paces every request on the wire (the device monitor's Intune budget); absent: unpaced. */
    requestBudget?: Middleware;
    /** One HTTP attempt, body included, and one token acquisition; default DEFAULT_DEADLINES.graphRequestMs. */
    requestTimeoutMs?: number;
    /** Told about every attempt and every $batch sub-request (the metrics). */
    observer?: GraphTrafficObserver;
}

/** National clouds issue tokens for their own Graph host; any other host (global, canary, a proxy): global Graph's. */
const NATIONAL_CLOUD_HOSTS = new Set([
    'graph.microsoft.us',
    'dod-graph.microsoft.us',
    'microsoftgraph.chinacloudapi.cn'
]);

function scopeFor(host: string): string {
    return `https://${NATIONAL_CLOUD_HOSTS.has(host) ? host : 'graph.microsoft.com'}/.default`;
}

/**
 * A Graph client whose middleware retries 429/503/504 honouring Retry-After (the SDK's RetryHandler),
 * but refuses waits longer than a chat turn can afford.
 */
export function createGraphClient(options: GraphClientOptions): Client {
    const retryOptions = new RetryHandlerOptions(options.retryDelaySeconds ?? 1, options.maxRetries ?? 3, (_delay, _attempt, _req, _opts, response) => {
        // Retry-After may be an HTTP-date, which the RetryHandler honours too: it must be bounded the same way.
        const retryAfter = parseRetryAfter(response?.headers?.get('Retry-After'));
        return retryAfter === undefined || retryAfter <= options.maxRetryAfterSeconds;
    });
    const host = new URL(options.baseUrl).hostname;
    const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_DEADLINES.graphRequestMs;
    const chain: Middleware[] = [];
    if (options.credential) {
        const scopes = [scopeFor(host)];
        const authProvider = new TokenCredentialAuthenticationProvider(boundedCredential(options.credential, requestTimeoutMs), { scopes });
        chain.push(new AuthenticationHandler(authProvider));
    }
    // Below the retries, so each attempt gets its own deadline; the answer's deadline spans them all.
    chain.push(new RetryHandler(retryOptions));
    if (options.requestBudget) chain.push(options.requestBudget);
    if (options.observer) chain.push(new GraphTrafficMiddleware(options.observer));
    chain.push(new ResponseGuard(requestTimeoutMs), new HTTPMessageHandler());
    return Client.initWithMiddleware({
        baseUrl: options.baseUrl.replace(/\/+$/, ''),
        middleware: chain,
        // The SDK only attaches tokens for known Graph hosts; a sovereign or test host must be named.
        customHosts: new Set([host])
    });
}

/** Token acquisition (Entra, managed identity) gets the same deadline as a request, and the answer's. */
function boundedCredential(credential: TokenCredential, ms: number): TokenCredential {
    return {
        getToken: (scopes, options) => {
            const answer = currentAnswerSignal();
            const signals = [AbortSignal.timeout(ms), ...(answer ? [answer] : []), ...(options?.abortSignal ? [options.abortSignal as AbortSignal] : [])];
            const abortSignal = AbortSignal.any(signals);
            const timeout = () => new GraphTimeoutError(`No Graph token within ${ms} ms`);
            return withDeadline(credential.getToken(scopes, { ...options, abortSignal }), ms, timeout, abortSignal);
        }
    };
}
