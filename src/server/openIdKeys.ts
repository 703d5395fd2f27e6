import { createPublicKey, type JsonWebKey } from 'node:crypto';
// Not exported from the package root: its per-URL cache is where botbuilder looks up signing keys.
import { JwtTokenExtractor } from 'botframework-connector/lib/auth/jwtTokenExtractor';
import type { Logger } from '../logger';

/** The key shape botbuilder's token validator expects from its metadata cache. */
export interface SigningKey {
    key: string;
    endorsements?: string[];
}

/** No signing key could be had: the request cannot be verified now, which is the service's fault, not the caller's. */
export class SigningKeysUnavailableError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'SigningKeysUnavailableError';
    }
}

export interface OpenIdKeysOptions {
    metadataUrl: string;
    /** Each fetch (metadata, then keys) is abandoned after this long. */
    timeoutMs: number;
    logger: Logger;
    /** Keys are refetched after this long even when every kid is known (botbuilder's default is 24 h). */
    refreshMs?: number;
    /** An unknown kid triggers a refetch at most this often, so forged kids cannot make us hammer the authority. */
    unknownKidRefetchMs?: number;
    /** After a failed fetch, requests fail fast for this long instead of each waiting for the timeout. */
    failureBackoffMs?: number;
}

const MAX_DOCUMENT_BYTES = 1024 * 1024;

/**
 * botbuilder's OpenIdMetadata fetches without a timeout (a hanging authority hangs every request) and reports a
 * failed fetch as a 500 with the error text. This one bounds every fetch, shares one fetch between concurrent
 * requests, keeps the last good keys when a refresh fails, and says plainly when no key can be had.
 */
export class OpenIdKeys {
    private keys = new Map<string, SigningKey>();
    private fetchedAt = 0;
    private failedAt = 0;
    private inFlight?: Promise<void>;
    private readonly refreshMs: number;
    private readonly unknownKidRefetchMs: number;
    private readonly failureBackoffMs: number;

    constructor(private readonly options: OpenIdKeysOptions) {
        this.refreshMs = options.refreshMs ?? 24 * 60 * 60 * 1000;
        this.unknownKidRefetchMs = options.unknownKidRefetchMs ?? 5 * 60 * 1000;
        this.failureBackoffMs = options.failureBackoffMs ?? 10 * 1000;
    }

    /** The key for `kid`, null when the authority does not publish it (an invalid token: 401). */
    async getKey(kid: string): Promise<SigningKey | null> {
        const now = Date.now();
        const stale = now - this.fetchedAt > this.refreshMs;
        const unknown = !this.keys.has(kid) && now - this.fetchedAt > this.unknownKidRefetchMs;
        if ((stale || unknown) && now - this.failedAt > this.failureBackoffMs) await this.refresh();
        if (this.keys.size === 0) throw new SigningKeysUnavailableError(`No signing keys from ${this.options.metadataUrl}`);
        return this.keys.get(kid) ?? null;
    }

    private refresh(): Promise<void> {
        this.inFlight ??= this.fetchKeys()
            .then((keys) => {
                this.keys = keys;
                this.fetchedAt = Date.now();
            })
            .catch((error: Error) => {
                this.failedAt = Date.now();
                this.options.logger.warn(
                    { metadataUrl: this.options.metadataUrl, err: error.message, keptKeys: this.keys.size },
                    'channel signing keys could not be fetched'
                );
            })
            .finally(() => (this.inFlight = undefined));
        return this.inFlight;
    }

    private async fetchKeys(): Promise<Map<string, SigningKey>> {
        const metadata = await this.fetchJson(this.options.metadataUrl);
        const jwksUri = metadata.jwks_uri;
        if (typeof jwksUri !== 'string' || !/^https?:\/\//.test(jwksUri)) throw new Error('metadata has no jwks_uri');
        const jwks = await this.fetchJson(jwksUri);
        if (!Array.isArray(jwks.keys)) throw new Error('key set has no keys');
        const keys = new Map<string, SigningKey>();
        for (const jwk of jwks.keys as (JsonWebKey & { kid?: unknown; endorsements?: unknown })[]) {
            if (typeof jwk?.kid !== 'string' || jwk.kty !== 'RSA' || !jwk.n || !jwk.e) continue;
            try {
                const pem = createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' }).export({ type: 'spki', format: 'pem' });
                const endorsements = Array.isArray(jwk.endorsements) ? jwk.endorsements.filter((e): e is string => typeof e === 'string') : undefined;
                keys.set(jwk.kid, { key: pem.toString(), endorsements });
            } catch {
                // One malformed key does not invalidate the others.
            }
        }
        if (keys.size === 0) throw new Error('key set has no usable RSA keys');
        return keys;
    }

    private async fetchJson(url: string): Promise<Record<string, unknown>> {
        const response = await fetch(url, { signal: AbortSignal.timeout(this.options.timeoutMs), redirect: 'error' });
        if (!response.ok) throw new Error(`${url} answered ${response.status}`);
        if (Number(response.headers.get('content-length')) > MAX_DOCUMENT_BYTES) throw new Error(`${url} answered more than ${MAX_DOCUMENT_BYTES} bytes`);
        const text = await response.text();
        if (text.length > MAX_DOCUMENT_BYTES) throw new Error(`${url} answered more than ${MAX_DOCUMENT_BYTES} bytes`);
        const value: unknown = JSON.parse(text);
        if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${url} did not answer a JSON object`);
        return value as Record<string, unknown>;
    }
}

/** Makes botbuilder's token validation use bounded key fetching for these metadata URLs (process-wide, per URL). */
export function installOpenIdKeys(metadataUrls: string[], options: Omit<OpenIdKeysOptions, 'metadataUrl'>): void {
    const cache = (JwtTokenExtractor as unknown as { openIdMetadataCache: Map<string, unknown> }).openIdMetadataCache;
    for (const metadataUrl of new Set(metadataUrls)) cache.set(metadataUrl, new OpenIdKeys({ ...options, metadataUrl }));
}
