import { existsSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { loadSettings } from '../../src/config';
import { appSettings, balancedBlock, IDENTITY_VALUES, readBicep } from './bicep';

const root = resolve(__dirname, '../..');
const infra = join(root, 'infra');
const main = readBicep(join(infra, 'azure.bicep'));
const botRegistration = readBicep(join(infra, 'botRegistration/azurebot.bicep'));
const settings = appSettings(main);

/** App Service's own settings: read by the platform, not by the service. */
const PLATFORM_SETTING = /^(WEBSITE|SCM)_/;

/** Every variable src/config.ts reads, found by watching which names it asks the environment for. */
function variablesConfigReads(): Set<string> {
    const read = new Set<string>();
    const env = new Proxy({} as NodeJS.ProcessEnv, {
        get(_target, name) {
            if (typeof name === 'string') read.add(name);
            return undefined;
        }
    });
    loadSettings(env);
    return read;
}

test('the template sets app settings at all (the reader found them)', () => {
    expect(Object.keys(settings).length).toBeGreaterThanOrEqual(8);
});

test('every app setting the template sets is a setting the service reads (or App Service itself)', () => {
    const known = variablesConfigReads();
    expect(known.size).toBeGreaterThan(10);
    const unknown = Object.keys(settings).filter((name) => !known.has(name) && !PLATFORM_SETTING.test(name));
    expect(unknown).toEqual([]);
});

test('the app settings are a complete production configuration: the service starts on them', () => {
    const loaded = loadSettings(settings);
    expect(loaded.nodeEnv).toBe('production');
    expect(loaded.host).toBe('0.0.0.0');
    expect(loaded.bot).toMatchObject({
        mode: 'botFramework',
        type: 'UserAssignedMSI',
        appId: IDENTITY_VALUES['identity.properties.clientId'],
        tenantId: IDENTITY_VALUES['identity.properties.tenantId']
    });
    expect(loaded.bot.password).toBeUndefined(); // a managed identity: no secret in the settings
    expect(loaded.graph).toMatchObject({ mode: 'remote', hasCredentials: true, baseUrl: 'https://graph.microsoft.com' });
    expect(loaded.playground.enabled).toBe(false);
    // /home survives restarts and redeployments on App Service; the zip (wwwroot) is read-only.
    expect(loaded.dataDir).toMatch(/^\/home\//);
});

test('the bot and the Graph client use the same managed identity, which the web app carries', () => {
    expect(settings.BOT_ID).toBe(settings.AZURE_CLIENT_ID);
    expect(settings.BOT_TENANT_ID).toBe(settings.AZURE_TENANT_ID);
    expect(main.text).toMatch(/identity: \{\s+type: 'UserAssigned'\s+userAssignedIdentities: \{\s+'\$\{identity\.id\}': \{\}/);
    expect(main.text).toMatch(/identityClientId: identity\.properties\.clientId/);
});

test('App Service runs Linux with Node 20 or later and starts the built service', () => {
    const runtime = /NODE\|(\d+)-lts/.exec(main.params.find((p) => p.name === 'linuxFxVersion')?.default ?? '');
    expect(Number(runtime?.[1])).toBeGreaterThanOrEqual(20);
    expect(main.text).toMatch(/kind: 'app,linux'/);
    expect(main.text).toMatch(/reserved: true/);
    const start = /appCommandLine: '([^']+)'/.exec(main.text)?.[1];
    const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string; scripts: Record<string, string> };
    expect(start).toBe(`node ${packageJson.main}`);
    expect(packageJson.scripts.start).toBe(start);
    expect(main.text).toMatch(/healthCheckPath: '\/healthz'/);
});

test('the Azure Bot uses the managed identity, points at /api/messages on the web app, and has the Teams channel', () => {
    expect(main.modulePaths).toEqual(['./botRegistration/azurebot.bicep']);
    for (const path of main.modulePaths) expect(existsSync(join(infra, path))).toBe(true);
    expect(botRegistration.text).toMatch(/msaAppType: '(UserAssignedMSI|SingleTenant)'/);
    expect(botRegistration.text).toContain(`msaAppType: '${settings.BOT_TYPE}'`);
    expect(botRegistration.text).toMatch(/endpoint: 'https:\/\/\$\{botAppDomain\}\/api\/messages'/);
    expect(botRegistration.text).toMatch(/channelName: 'MsTeamsChannel'/);
    const server = readFileSync(join(root, 'src/server/createServer.ts'), 'utf8');
    expect(server).toContain("'/api/messages'");
});

test('the module call passes every parameter the module requires, and only those it declares', () => {
    const call = main.text.indexOf("module azureBotRegistration");
    const block = balancedBlock(main.text, main.text.indexOf('params: {', call) + 'params: '.length);
    const passed = [...block.matchAll(/^\s+(\w+):/gm)].map(([, name]) => name);
    const declared = botRegistration.params.map((p) => p.name);
    expect(passed.filter((name) => !declared.includes(name))).toEqual([]);
    const required = botRegistration.params.filter((p) => p.default === undefined).map((p) => p.name);
    expect(required.filter((name) => !passed.includes(name))).toEqual([]);
});

test('every parameter is used, and the parameters file sets only declared ones and every required one', () => {
    for (const file of [main, botRegistration]) {
        for (const param of file.params) {
            const uses = file.text.match(new RegExp(`\\b${param.name}\\b`, 'g')) ?? [];
            expect([param.name, uses.length > 1]).toEqual([param.name, true]);
        }
    }
    const parameters = JSON.parse(readFileSync(join(infra, 'azure.parameters.json'), 'utf8')) as { parameters: Record<string, unknown> };
    const names = Object.keys(parameters.parameters);
    expect(names.filter((name) => !main.params.some((p) => p.name === name))).toEqual([]);
    const required = main.params.filter((p) => p.default === undefined).map((p) => p.name);
    expect(required.filter((name) => !names.includes(name))).toEqual([]);
});

test('brackets balance in every template', () => {
    for (const file of [main, botRegistration]) {
        for (const [open, close] of [['{', '}'], ['[', ']'], ['(', ')']]) {
            expect(file.text.split(open).length).toBe(file.text.split(close).length);
        }
    }
});

test('the README names every output the deployment steps use, and the package step reads them', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const deployment = readme.slice(readme.indexOf('## Deploy to Azure'));
    expect(deployment.length).toBeGreaterThan(1000);
    for (const output of main.outputs) expect([output, deployment.includes(output)]).toEqual([output, true]);
    expect(deployment).toMatch(/npm run package/);
    expect(deployment).toMatch(/\/readyz/);
});
