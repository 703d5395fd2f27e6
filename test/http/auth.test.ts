import { generateKeyPairSync } from 'node:crypto';
import { createAdapter } from '../../src/server/botAdapter';
import { buildBot, type Bot } from '../../src/compose/buildBot';
import { loadSettings } from '../../src/config';
import { openDatabase } from '../../src/store/database';
import { inConversation, messageActivity } from '../support/activities';
import { FakeChannel } from '../support/fakeChannel';
import { OfflineCredentials, OpenIdAuthority, TEST_APP_ID, TEST_ISSUER, TEST_TENANT_ID } from '../support/openIdAuthority';
import { rawPost } from '../support/rawHttp';
import { silentLogger } from '../support/silentLogger';

/** The real bot with BOT_ID set, validating tokens against `authority`; replies go to `channel`. */
async function startAuthBot(authority: OpenIdAuthority, openIdMs = 5000): Promise<{ bot: Bot; url: string }> {
    const settings = loadSettings({ BOT_ID: TEST_APP_ID, BOT_PASSWORD: 'unused', ALLOWED_TENANT_IDS: TEST_TENANT_ID, PLAYGROUND: 'off', PORT: '0', HOST: '127.0.0.1' });
    const adapter = createAdapter({
        bot: settings.bot,
        logger: silentLogger,
        credentialsFactory: new OfflineCredentials(),
        authOverrides: authority.authOverrides(),
        deadlines: { ...settings.deadlines, openIdMs }
    });
    const bot = await buildBot(settings, silentLogger, { adapter, db: openDatabase(':memory:'), graphBaseUrl: 'http://127.0.0.1:9', ai: null });
    const url = (await bot.start())!;
    return { bot, url };
}

const postTo = (url: string, serviceUrl: string, authorization?: string) =>
    fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify(messageActivity('step 4', { serviceUrl, ...inConversation('auth-conv', TEST_TENANT_ID) }))
    });

const unsigned = (header: object, payload: object) =>
    `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.`;

/**
 * Bot Framework JWT validation for real (issue 8 row 8): a local OpenID metadata + JWKS endpoint stands in for
 * login.botframework.com, and tokens are signed locally.
 */
describe('Bot Framework authentication (BOT_ID set)', () => {
    let authority: OpenIdAuthority;
    let channel: FakeChannel;
    let bot: Bot;
    let url: string;

    beforeAll(async () => {
        authority = await new OpenIdAuthority().start();
        channel = await new FakeChannel().start();
        ({ bot, url } = await startAuthBot(authority));
    });

    afterAll(async () => {
        await bot.stop();
        await authority.stop();
        await channel.stop();
    });

    const post = (authorization?: string) => postTo(url, channel.serviceUrl, authorization);
    const token = (claims: Record<string, unknown> = {}, options: Parameters<OpenIdAuthority['token']>[1] = {}) =>
        `Bearer ${authority.token({ serviceurl: channel.serviceUrl, ...claims }, options)}`;

    it('refuses tokens that cannot be channel tokens with 401 before fetching any key', async () => {
        const shapes = [
            'Bearer not-a-jwt',
            'Basic dXNlcjpwYXNz',
            `Bearer ${unsigned({ alg: 'none', kid: 'test-key' }, { iss: TEST_ISSUER, aud: TEST_APP_ID })}`,
            token({}, { key: 'shared-secret', algorithm: 'HS256' }),
            token({}, { kid: null }),
            `Bearer ${'a'.repeat(10000)}.b.c`
        ];
        for (const authorization of shapes) {
            const response = await post(authorization);
            expect(response.status).toBe(401);
            expect(await response.text()).toBe('Unauthorized');
        }
        expect(authority.hits).toBe(0);
    });

    it('accepts a valid channel token and replies with the bot credentials', async () => {
        const before = channel.received.length;
        const response = await post(token());
        expect(response.status).toBe(200);
        const replies = await channel.waitForReplies(before + 1);
        expect(replies[before].authorization).toBe('Bearer outbound-test');
        expect(replies[before].body.summary).toMatch(/Step 4 of 9/);
    });

    it('makes the credentials and connector client for a channel once, and signs every reply', async () => {
        const another = await new FakeChannel().start();
        const created = jest.spyOn(OfflineCredentials.prototype, 'createCredentials');
        try {
            for (let turn = 0; turn < 3; turn++) {
                const response = await postTo(url, another.serviceUrl, `Bearer ${authority.token({ serviceurl: another.serviceUrl })}`);
                expect(response.status).toBe(200);
            }
            const replies = await another.waitForReplies(3);
            expect(replies.map((reply) => reply.authorization)).toEqual(Array(3).fill('Bearer outbound-test'));
            expect(created).toHaveBeenCalledTimes(1);
        } finally {
            created.mockRestore();
            await another.stop();
        }
    });

    it.each([
        ['no Authorization header', () => undefined],
        ['a token signed by another key', () => token({}, { key: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey })],
        ['a token for another bot', () => token({ aud: '00000000-0000-0000-0000-000000000001' })],
        ['an expired token', () => token({ exp: Math.floor(Date.now() / 1000) - 600 })],
        ['a token for another serviceUrl', () => token({ serviceurl: 'https://evil.example' })],
        ['a token from another issuer', () => token({ iss: 'https://issuer.evil.example' })],
        ['a token with an unknown key id', () => token({}, { kid: 'no-such-key' })]
    ])('refuses %s with a plain 401 and sends nothing', async (_name, authorization) => {
        const before = channel.received.length;
        const response = await post(authorization());
        expect(response.status).toBe(401);
        expect(await response.text()).not.toMatch(/BEGIN|PUBLIC KEY|jwt|signature|Error/i);
        expect(channel.received.length).toBe(before);
    });

    it.each([
        ['a gzip body that is not gzip', { 'content-type': 'application/json', 'content-encoding': 'gzip' }, 'x'],
        ['a multipart upload', { 'content-type': 'multipart/form-data; boundary=b' }, '--b\r\nContent-Disposition: form-data; name="f"; filename="f"\r\n\r\ndata\r\n--b--\r\n']
    ])('refuses %s with 415 before authenticating, and keeps serving', async (_name, headers, body) => {
        const response = await rawPost(`${url}/api/messages`, headers, [body]);
        expect(response.status).toBe(415);
        expect((await post(token())).status).toBe(200);
    });
});

describe('Bot Framework authentication when the signing keys cannot be fetched', () => {
    let channel: FakeChannel;
    beforeAll(async () => (channel = await new FakeChannel().start()));
    afterAll(async () => channel.stop());

    it.each([
        ['answers 500', 'error'],
        ['never answers', 'hang'],
        ['answers HTML', 'html']
    ] as const)('answers 503 with a plain body, fast, when the authority %s', async (_name, mode) => {
        const authority = await new OpenIdAuthority().start();
        authority.mode = mode;
        const { bot, url } = await startAuthBot(authority, 300);
        try {
            const authorization = `Bearer ${authority.token({ serviceurl: channel.serviceUrl })}`;
            for (let i = 0; i < 3; i += 1) {
                const response = await postTo(url, channel.serviceUrl, authorization);
                expect(response.status).toBe(503);
                expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
                expect(await response.text()).toBe('Authentication is unavailable right now. Try again later.');
            }
            // The failure is remembered for a while: the authority is not asked again for every request.
            expect(authority.hits).toBe(1);
        } finally {
            await bot.stop();
            await authority.stop();
        }
    });
});

describe('BOT_OPENID_METADATA_URL and BOT_TOKEN_ISSUER', () => {
    it('validate channel tokens against the configured authority (sovereign or private clouds)', async () => {
        const authority = await new OpenIdAuthority().start();
        const channel = await new FakeChannel().start();
        const settings = loadSettings({
            BOT_ID: TEST_APP_ID,
            BOT_PASSWORD: 'unused',
            ALLOWED_TENANT_IDS: TEST_TENANT_ID,
            BOT_OPENID_METADATA_URL: authority.metadataUrl,
            BOT_TOKEN_ISSUER: TEST_ISSUER,
            PLAYGROUND: 'off',
            PORT: '0',
            HOST: '127.0.0.1'
        });
        const adapter = createAdapter({ bot: settings.bot, logger: silentLogger, credentialsFactory: new OfflineCredentials() });
        const bot = await buildBot(settings, silentLogger, { adapter, db: openDatabase(':memory:'), graphBaseUrl: 'http://127.0.0.1:9', ai: null });
        const url = (await bot.start())!;
        try {
            const good = await postTo(url, channel.serviceUrl, `Bearer ${authority.token({ serviceurl: channel.serviceUrl })}`);
            expect(good.status).toBe(200);
            expect(authority.hits).toBe(2);
            const forged = authority.token({ serviceurl: channel.serviceUrl }, { key: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey });
            expect((await postTo(url, channel.serviceUrl, `Bearer ${forged}`)).status).toBe(401);
        } finally {
            await bot.stop();
            await authority.stop();
            await channel.stop();
        }
    });
});
