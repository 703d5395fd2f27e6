import { ConfigError, loadSettings } from '../../src/config';

const GUID = '11111111-2222-3333-4444-555555555555';
const AZURE_URL = 'https://x.openai.azure.com';

describe('loadSettings', () => {
    it('runs on embedded defaults: local mode, demo Graph, ./data, playground on', () => {
        const settings = loadSettings({});
        expect(settings).toMatchObject({
            port: 3978,
            host: '127.0.0.1',
            dataDir: './data',
            bot: { mode: 'local', appId: '' },
            playground: { enabled: true, port: 56150 },
            graph: { mode: 'demo' }
        });
    });

    it.each([
        [{ PORT: 'abc' }, /PORT/],
        [{ PORT: '70000' }, /PORT/],
        [{ BOT_ID: 'not-a-guid' }, /BOT_ID/],
        [{ BOT_TYPE: 'Whatever' }, /BOT_TYPE/],
        [{ NODE_ENV: 'production' }, /BOT_ID: required when NODE_ENV=production/],
        [{ BOT_ID: GUID }, /BOT_PASSWORD/],
        [{ BOT_ID: GUID, BOT_PASSWORD: 'x', BOT_TYPE: 'SingleTenant' }, /BOT_TENANT_ID/],
        [{ GRAPH_BASE_URL: 'ftp://x' }, /GRAPH_BASE_URL/],
        [{ GRAPH_BASE_URL: 'https://graph.microsoft.com' }, /GRAPH_BASE_URL: a non-loopback Graph needs/],
        [{ PLAYGROUND: 'maybe' }, /PLAYGROUND/],
        [{ AZURE_OPENAI_KEY: 'k' }, /^AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_DEPLOYMENT: required/],
        [{ AZURE_OPENAI_KEY: 'k', AZURE_OPENAI_ENDPOINT: AZURE_URL }, /^AZURE_OPENAI_DEPLOYMENT: required/],
        [{ AZURE_OPENAI_ENDPOINT: AZURE_URL, AZURE_OPENAI_DEPLOYMENT: 'd' }, /^AZURE_OPENAI_KEY: required/],
        [{ AZURE_OPENAI_KEY: 'k', AZURE_OPENAI_ENDPOINT: 'http://x', AZURE_OPENAI_DEPLOYMENT: 'd' }, /_ENDPOINT: must be https/],
        [{ OPENAI_KEY: 'sk', AZURE_OPENAI_KEY: 'k' }, /OPENAI_KEY: set either/]
    ])('rejects %j naming the variable', (env, message) => {
        expect(() => loadSettings(env)).toThrow(ConfigError);
        expect(() => loadSettings(env)).toThrow(message);
    });

    it('authenticates with a bot id and listens on all interfaces', () => {
        const settings = loadSettings({ BOT_ID: GUID, BOT_PASSWORD: 'secret', ALLOWED_TENANT_IDS: GUID, NODE_ENV: 'production' });
        expect(settings.bot).toMatchObject({ mode: 'botFramework', appId: GUID, type: 'MultiTenant' });
        expect(settings.host).toBe('0.0.0.0');
        expect(settings.playground.enabled).toBe(false);
    });

    it('talks to a loopback Graph without credentials, and to real Graph with them', () => {
        expect(loadSettings({ GRAPH_BASE_URL: 'http://127.0.0.1:4000/' }).graph).toMatchObject({ mode: 'remote', baseUrl: 'http://127.0.0.1:4000', hasCredentials: false });
        expect(loadSettings({ AZURE_TENANT_ID: 't', AZURE_CLIENT_ID: 'c', AZURE_CLIENT_SECRET: 's' }).graph).toMatchObject({
            mode: 'remote',
            baseUrl: 'https://graph.microsoft.com',
            hasCredentials: true
        });
    });

    it.each([
        [{}, undefined],
        [{ OPENAI_MODEL: 'gpt-4o' }, undefined],
        [{ OPENAI_KEY: ' ' }, undefined],
        [{ OPENAI_KEY: 'sk-1' }, { provider: 'openai', apiKey: 'sk-1', model: 'gpt-4o-mini' }],
        [{ OPENAI_KEY: 'sk-1', OPENAI_MODEL: 'gpt-4o' }, { provider: 'openai', apiKey: 'sk-1', model: 'gpt-4o' }],
        [
            { AZURE_OPENAI_KEY: 'k', AZURE_OPENAI_ENDPOINT: `${AZURE_URL}/`, AZURE_OPENAI_DEPLOYMENT: 'gpt4o' },
            { provider: 'azure', apiKey: 'k', endpoint: AZURE_URL, deployment: 'gpt4o' }
        ]
    ])('AI fallback from %j: %j (off unless a key is set)', (env, ai) => {
        expect(loadSettings(env).ai).toEqual(ai);
    });

    it('turns the playground off on request', () => {
        expect(loadSettings({ PLAYGROUND: 'off' }).playground.enabled).toBe(false);
    });

    it('has a deadline for every outbound call, each settable', () => {
        expect(loadSettings({}).deadlines).toEqual({ graphRequestMs: 10000, graphAnswerMs: 20000, botReplyMs: 15000, openIdMs: 5000 });
        const set = loadSettings({ GRAPH_REQUEST_TIMEOUT_MS: '3000', GRAPH_ANSWER_TIMEOUT_MS: '8000', BOT_REPLY_TIMEOUT_MS: '5000', BOT_OPENID_TIMEOUT_MS: '2000' });
        expect(set.deadlines).toEqual({ graphRequestMs: 3000, graphAnswerMs: 8000, botReplyMs: 5000, openIdMs: 2000 });
    });

    it.each([
        [{ GRAPH_REQUEST_TIMEOUT_MS: '0' }, /GRAPH_REQUEST_TIMEOUT_MS/],
        [{ GRAPH_ANSWER_TIMEOUT_MS: 'soon' }, /GRAPH_ANSWER_TIMEOUT_MS/],
        [{ BOT_OPENID_METADATA_URL: 'login.example' }, /BOT_OPENID_METADATA_URL: must be an http\(s\) URL/]
    ])('names the variable in %j', (env, message) => {
        expect(() => loadSettings(env)).toThrow(message);
    });

    it('takes the channel OpenID metadata URL and token issuer for sovereign clouds', () => {
        const { bot } = loadSettings({ BOT_OPENID_METADATA_URL: 'https://login.botframework.azure.us/v1/.well-known/openidconfiguration', BOT_TOKEN_ISSUER: 'https://api.botframework.us' });
        expect(bot.openIdMetadataUrl).toBe('https://login.botframework.azure.us/v1/.well-known/openidconfiguration');
        expect(bot.tokenIssuer).toBe('https://api.botframework.us');
    });

    describe('ALLOWED_TENANT_IDS', () => {
        const T = '72f988bf-86f1-41af-91ab-2d7cd011db47';
        it('is required when BOT_ID is set for a multi-tenant bot', () => {
            expect(() => loadSettings({ BOT_ID: GUID, BOT_PASSWORD: 'x' })).toThrow(/ALLOWED_TENANT_IDS: required/);
        });
        it('defaults to BOT_TENANT_ID for a single-tenant bot', () => {
            expect(loadSettings({ BOT_ID: GUID, BOT_PASSWORD: 'x', BOT_TYPE: 'SingleTenant', BOT_TENANT_ID: T.toUpperCase() }).bot.allowedTenantIds).toEqual([T]);
        });
        it('may be empty in local mode (every tenant), and is a trimmed, lower-case list otherwise', () => {
            expect(loadSettings({}).bot.allowedTenantIds).toEqual([]);
            expect(loadSettings({ ALLOWED_TENANT_IDS: ` ${T.toUpperCase()} , ${GUID}` }).bot.allowedTenantIds).toEqual([T, GUID.toLowerCase()]);
        });
        it('names what is not a tenant id', () => {
            expect(() => loadSettings({ ALLOWED_TENANT_IDS: 'contoso.com' })).toThrow(/ALLOWED_TENANT_IDS: not tenant ids \(GUIDs\): contoso.com/);
        });
    });
});
