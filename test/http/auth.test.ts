import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ServiceClientCredentialsFactory } from 'botframework-connector';
import { generateKeyPairSync, KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { Server } from 'restify';
import { createAdapter } from '../../src/bot/adapter';
import { createApplication } from '../../src/bot/app';
import { loadSettings } from '../../src/config';
import { DeviceStatusService } from '../../src/status/statusService';
import { AutopilotGraph } from '../../src/graph/autopilotGraph';
import { createGraphClient } from '../../src/graph/graphClient';
import { createServer, listen } from '../../src/server/createServer';
import { openDatabase } from '../../src/store/database';
import { SqliteStorage } from '../../src/store/sqliteStorage';
import { SqliteConversationReferenceStore } from '../../src/store/conversationReferences';
import { messageActivity } from '../support/activities';
import { FakeChannel } from '../support/fakeChannel';
import { knowledgeSearch } from '../support/knowledge';
import { rawPost } from '../support/rawHttp';
import { silentLogger } from '../support/silentLogger';

const APP_ID = '5f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b';
const ISSUER = 'https://api.botframework.com';

/** Replies are signed with a fixed bearer instead of asking Entra for a token: the test runs offline. */
class OfflineCredentials extends ServiceClientCredentialsFactory {
    async isValidAppId(appId: string) {
        return appId === APP_ID;
    }
    async isAuthenticationDisabled() {
        return false;
    }
    async createCredentials() {
        return { signRequest: async (request: any) => (request.headers.set('Authorization', 'Bearer outbound-test'), request) } as any;
    }
}

/**
 * Bot Framework JWT validation for real: a local OpenID metadata + JWKS endpoint stands in for
 * login.botframework.com, and tokens are signed with jose.
 */
describe('Bot Framework authentication (BOT_ID set)', () => {
    let openId: http.Server;
    let server: Server;
    let url: string;
    let channel: FakeChannel;
    const rsa = () => generateKeyPairSync('rsa', { modulusLength: 2048 });
    const signing = rsa();
    const otherKey = rsa().privateKey;

    beforeAll(async () => {
        const jwk = { ...signing.publicKey.export({ format: 'jwk' }), kid: 'test-key', use: 'sig', alg: 'RS256' };
        openId = http.createServer((req, res) => {
            const base = `http://127.0.0.1:${(openId.address() as AddressInfo).port}`;
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(JSON.stringify(req.url?.startsWith('/keys') ? { keys: [jwk] } : { issuer: ISSUER, jwks_uri: `${base}/keys` }));
        });
        await new Promise<void>((resolve) => openId.listen(0, '127.0.0.1', resolve));
        const metadataUrl = `http://127.0.0.1:${(openId.address() as AddressInfo).port}/metadata-${Date.now()}`;

        channel = await new FakeChannel().start();
        const settings = loadSettings({ BOT_ID: APP_ID, BOT_PASSWORD: 'unused', PLAYGROUND: 'off' });
        const adapter = createAdapter({
            bot: settings.bot,
            logger: silentLogger,
            credentialsFactory: new OfflineCredentials(),
            authOverrides: {
                ToBotFromChannelOpenIdMetadataUrl: metadataUrl,
                ToBotFromChannelTokenIssuer: ISSUER,
                ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
                ToChannelFromBotOAuthScope: 'https://api.botframework.com',
                OAuthUrl: 'https://api.botframework.com',
                ToBotFromEmulatorOpenIdMetadataUrl: metadataUrl,
                ValidateAuthority: true
            }
        });
        const db = openDatabase(':memory:');
        const statusService = new DeviceStatusService(new AutopilotGraph(createGraphClient({ baseUrl: 'http://127.0.0.1:9', maxRetryAfterSeconds: 1 })), {
            now: () => new Date(),
            espTimeoutMinutes: 60
        });
        const app = createApplication({ adapter, botAppId: APP_ID, storage: new SqliteStorage(db), references: new SqliteConversationReferenceStore(db), statusService, knowledge: knowledgeSearch, now: () => new Date(), logger: silentLogger });
        server = createServer({ adapter, app, logger: silentLogger });
        url = await listen(server, 0, '127.0.0.1');
    });

    afterAll(async () => {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await new Promise<void>((resolve) => openId.close(() => resolve()));
        await channel.stop();
    });

    const token = (claims: Record<string, unknown> = {}, key: KeyObject = signing.privateKey, expiresInSeconds = 300) =>
        jwt.sign({ serviceurl: channel.serviceUrl, iss: ISSUER, aud: APP_ID, ...claims }, key, {
            algorithm: 'RS256',
            keyid: 'test-key',
            ...('exp' in claims ? {} : { expiresIn: expiresInSeconds })
        });

    const post = (authorization?: string) =>
        fetch(`${url}/api/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
            body: JSON.stringify(messageActivity('step 4', { serviceUrl: channel.serviceUrl }))
        });

    it('accepts a valid channel token and replies with the bot credentials', async () => {
        const before = channel.received.length;
        const response = await post(`Bearer ${await token()}`);
        expect(response.status).toBe(200);
        const replies = await channel.waitForReplies(before + 1);
        expect(replies[before].authorization).toBe('Bearer outbound-test');
        expect(replies[before].body.text).toMatch(/Step 4 of 9/);
    });

    it.each([
        ['no Authorization header', async () => undefined],
        ['a token signed by another key', async () => `Bearer ${await token({}, otherKey)}`],
        ['an unsigned alg:none token', async () => `Bearer ${Buffer.from('{"alg":"none","kid":"test-key"}').toString('base64url')}.${Buffer.from(JSON.stringify({ iss: ISSUER, aud: APP_ID })).toString('base64url')}.`],
        ['a token for another bot', async () => `Bearer ${await token({ aud: '00000000-0000-0000-0000-000000000001' })}`],
        ['an expired token', async () => `Bearer ${await token({ exp: Math.floor(Date.now() / 1000) - 600 })}`],
        ['a token for another serviceUrl', async () => `Bearer ${await token({ serviceurl: 'https://evil.example' })}`],
        ['garbage', async () => 'Bearer not-a-jwt']
    ])('refuses %s with 401 and sends nothing', async (_name, authorization) => {
        const before = channel.received.length;
        const response = await post(await authorization());
        expect(response.status).toBe(401);
        expect(await response.text()).not.toMatch(/BEGIN|PUBLIC KEY/);
        expect(channel.received.length).toBe(before);
    });

    it.each([
        ['a gzip body that is not gzip', { 'content-type': 'application/json', 'content-encoding': 'gzip' }, 'x'],
        ['a multipart upload', { 'content-type': 'multipart/form-data; boundary=b' }, '--b\r\nContent-Disposition: form-data; name="f"; filename="f"\r\n\r\ndata\r\n--b--\r\n']
    ])('refuses %s with 415 before authenticating, and keeps serving', async (_name, headers, body) => {
        const response = await rawPost(`${url}/api/messages`, headers, [body]);
        expect(response.status).toBe(415);
        expect((await post(`Bearer ${await token()}`)).status).toBe(200);
    });
});
