import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync, KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { ServiceClientCredentialsFactory } from 'botframework-connector';

export const TEST_APP_ID = '5f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b';
export const TEST_ISSUER = 'https://api.botframework.com';
export const TEST_KID = 'test-key';
/** The tenant the test bot serves (ALLOWED_TENANT_IDS). */
export const TEST_TENANT_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47';

/** How the stand-in answers: normally, with a server error, never (holds the socket), or with HTML. */
export type AuthorityMode = 'ok' | 'error' | 'hang' | 'html';

/**
 * A local stand-in for login.botframework.com: OpenID metadata pointing at a JWKS with one RSA key. Counts every
 * request, so tests can prove that a request was refused without the network.
 */
export class OpenIdAuthority {
    readonly signing = generateKeyPairSync('rsa', { modulusLength: 2048 });
    mode: AuthorityMode = 'ok';
    hits = 0;
    private server?: http.Server;
    private readonly hanging = new Set<http.ServerResponse>();

    /** A metadata URL unique to this authority: botbuilder caches keys per URL for the whole process. */
    get metadataUrl(): string {
        return `${this.base}/metadata/${this.id}`;
    }
    private readonly id = `${process.pid}-${Math.random().toString(36).slice(2)}`;

    private get base(): string {
        return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    }

    async start(): Promise<this> {
        const jwk = { ...this.signing.publicKey.export({ format: 'jwk' }), kid: TEST_KID, use: 'sig', alg: 'RS256' };
        this.server = http.createServer((req, res) => {
            this.hits += 1;
            if (this.mode === 'hang') {
                this.hanging.add(res);
                return;
            }
            if (this.mode === 'error') {
                res.writeHead(500, { 'content-type': 'text/plain' });
                res.end('internal failure at the authority: stack trace here');
                return;
            }
            if (this.mode === 'html') {
                res.writeHead(200, { 'content-type': 'text/html' });
                res.end('<html>captive portal</html>');
                return;
            }
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(JSON.stringify(req.url?.startsWith('/keys') ? { keys: [jwk] } : { issuer: TEST_ISSUER, jwks_uri: `${this.base}/keys` }));
        });
        await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
        return this;
    }

    /** A channel token as Teams would send it, with claims and signing overridable per test. */
    token(
        claims: Record<string, unknown>,
        options: { key?: KeyObject | string; algorithm?: jwt.Algorithm; kid?: string | null; expiresInSeconds?: number } = {}
    ): string {
        const { key = this.signing.privateKey, algorithm = 'RS256', kid = TEST_KID, expiresInSeconds = 300 } = options;
        return jwt.sign({ iss: TEST_ISSUER, aud: TEST_APP_ID, ...claims }, key, {
            algorithm,
            ...(kid === null ? {} : { keyid: kid }),
            ...('exp' in claims ? {} : { expiresIn: expiresInSeconds })
        });
    }

    /** Auth overrides for createAdapter pointing every botbuilder endpoint at this stand-in. */
    authOverrides() {
        return {
            ToBotFromChannelOpenIdMetadataUrl: this.metadataUrl,
            ToBotFromChannelTokenIssuer: TEST_ISSUER,
            ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
            ToChannelFromBotOAuthScope: 'https://api.botframework.com',
            OAuthUrl: 'https://api.botframework.com',
            ToBotFromEmulatorOpenIdMetadataUrl: this.metadataUrl,
            ValidateAuthority: true
        };
    }

    async stop(): Promise<void> {
        for (const res of this.hanging) res.destroy();
        this.server?.closeAllConnections();
        await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
    }
}

/** Replies are signed with a fixed bearer instead of asking Entra for a token: tests run offline. */
export class OfflineCredentials extends ServiceClientCredentialsFactory {
    async isValidAppId(appId: string) {
        return appId === TEST_APP_ID;
    }
    async isAuthenticationDisabled() {
        return false;
    }
    async createCredentials() {
        return { signRequest: async (request: any) => (request.headers.set('Authorization', 'Bearer outbound-test'), request) } as any;
    }
}
