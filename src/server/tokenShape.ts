/**
 * What a Bot Framework channel token must look like before anything is fetched to verify it: `Bearer` and a compact
 * JWS whose header names an RSA algorithm and a key id, with a signature. Everything else (alg:none, HMAC, no kid,
 * random text) is refused here, without the network and without the JWT library's 500s.
 */

/** The algorithms botbuilder verifies channel tokens with. */
export const CHANNEL_TOKEN_ALGORITHMS: readonly string[] = ['RS256', 'RS384', 'RS512'];

/** Bot Framework tokens are around 1-2 KB; this leaves room and bounds the decoding work. */
const MAX_TOKEN_LENGTH = 8 * 1024;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** A sentence for the log when the header cannot be a channel token; undefined when its shape is right. */
export function tokenShapeProblem(authorization: string | undefined): string | undefined {
    if (!authorization) return 'no Authorization header';
    const match = /^Bearer ([^\s]+)$/.exec(authorization.trim());
    if (!match) return 'not a Bearer token';
    const token = match[1];
    if (token.length > MAX_TOKEN_LENGTH) return 'token too long';
    const parts = token.split('.');
    if (parts.length !== 3 || !parts.every((part) => BASE64URL.test(part))) return 'not a signed JWT';
    const header = decodeJsonPart(parts[0]);
    const payload = decodeJsonPart(parts[1]);
    if (!header || !payload) return 'unreadable JWT';
    if (typeof header.alg !== 'string' || !CHANNEL_TOKEN_ALGORITHMS.includes(header.alg)) return `algorithm ${String(header.alg)} not allowed`;
    if (typeof header.kid !== 'string' || header.kid.length === 0) return 'no key id';
    if (typeof payload.iss !== 'string') return 'no issuer';
    return undefined;
}

function decodeJsonPart(part: string): Record<string, unknown> | undefined {
    try {
        const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
        return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
    } catch {
        return undefined;
    }
}
