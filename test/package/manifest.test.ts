import { readdirSync, readFileSync } from 'fs';
import { dirname, join } from 'path';
import {
    bundledSchemaPath,
    fillTemplate,
    PackageVariables,
    readTemplate,
    validateManifest,
    variablesFromEnvironment
} from '../../scripts/packageManifest';

const variables: PackageVariables = {
    BOT_ID: '2f1e0c1a-5b7d-4c1e-9a43-8d0b6e1f2a34',
    TEAMS_APP_ID: '7c9d2b4e-1f3a-4d5c-8e6f-0a1b2c3d4e5f',
    APP_VERSION: '1.2.3',
    BOT_DOMAIN: 'autopilot-bot.azurewebsites.net'
};

type Manifest = ReturnType<typeof readTemplate> & {
    id: string;
    version: string;
    validDomains: string[];
    bots: Array<{ botId: string; scopes: string[]; commandLists: Array<{ scopes: string[]; commands: Array<{ title: string }> }> }>;
};

const filled = () => fillTemplate(readTemplate(), variables) as Manifest;

/** Refuses any network use, so a pass proves the validation ran on the bundled schema alone. */
const offline = () =>
    jest.spyOn(globalThis, 'fetch').mockImplementation(() => {
        throw new Error('network used during manifest validation');
    });

afterEach(() => jest.restoreAllMocks());

test('the template is at the newest Teams schema version that @microsoft/app-manifest bundles', () => {
    const teamsSchemas = dirname(dirname(bundledSchemaPath('1.0')));
    const numbered = readdirSync(teamsSchemas)
        .map((name) => /^v(\d+)\.(\d+)$/.exec(name))
        .filter((m): m is RegExpExecArray => m !== null)
        .sort((a, b) => Number(b[1]) - Number(a[1]) || Number(b[2]) - Number(a[2]));
    const newest = `${numbered[0][1]}.${numbered[0][2]}`;
    expect(readTemplate().manifestVersion).toBe(newest);
    expect(readTemplate().$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${newest}/MicrosoftTeams.schema.json`);
});

test('the filled manifest validates offline against the bundled official schema', async () => {
    const fetchSpy = offline();
    expect(await validateManifest(filled())).toEqual([]);
    expect(fetchSpy).not.toHaveBeenCalled();
});

test('the validation really checks: a manifest breaking the schema is reported', async () => {
    offline();
    const broken = { ...filled(), accentColor: 'blue', bots: [{ ...filled().bots[0], botId: 'not-a-guid', scopes: ['everyone'] }] };
    const problems = await validateManifest(broken);
    expect(problems.join('\n')).toMatch(/\/accentColor/);
    expect(problems.join('\n')).toMatch(/\/bots\/0\/botId/);
    expect(problems.join('\n')).toMatch(/\/bots\/0\/scopes\/0/);
});

test('every placeholder is filled from its variable, value by value', () => {
    const manifest = filled();
    expect(JSON.stringify(manifest)).not.toMatch(/\$\{\{/);
    expect(manifest.id).toBe(variables.TEAMS_APP_ID);
    expect(manifest.version).toBe(variables.APP_VERSION);
    expect(manifest.bots[0].botId).toBe(variables.BOT_ID);
    expect(manifest.validDomains).toEqual([variables.BOT_DOMAIN]);
    // A value with JSON syntax stays a string: it cannot add fields.
    const sneaky = fillTemplate(readTemplate(), { ...variables, BOT_DOMAIN: '", "x": "y' }) as Manifest;
    expect(sneaky.validDomains).toEqual(['", "x": "y']);
    expect(Object.keys(sneaky)).toEqual(Object.keys(manifest));
});

test('without BOT_DOMAIN the package lists no valid domain, and the Teams app id defaults to the bot id', () => {
    const fromEnv = variablesFromEnvironment({ BOT_ID: ` ${variables.BOT_ID} ` }, '0.1.0');
    expect(fromEnv).toEqual({ BOT_ID: variables.BOT_ID, TEAMS_APP_ID: variables.BOT_ID, APP_VERSION: '0.1.0', BOT_DOMAIN: '' });
    expect((fillTemplate(readTemplate(), fromEnv) as Manifest).validDomains).toEqual([]);
    expect(variablesFromEnvironment({ BOT_ID: variables.BOT_ID, BOT_DOMAIN: 'https://bot.example.net/api/messages' }, '0.1.0').BOT_DOMAIN).toBe(
        'bot.example.net'
    );
});

test('the bot is in personal, team and group chat, with the main commands in each scope', () => {
    const bot = filled().bots[0];
    expect(bot.scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    const titles = (scope: string) => bot.commandLists.find((list) => list.scopes.includes(scope))?.commands.map((c) => c.title) ?? [];
    for (const scope of ['personal', 'team', 'groupChat']) {
        expect(bot.commandLists.filter((list) => list.scopes.includes(scope))).toHaveLength(1);
        expect(titles(scope)).toEqual(expect.arrayContaining(['help', 'step 8', 'status', 'watch', 'what am I watching', 'checklist', 'escalate']));
    }
    expect(titles('team')).toContain('use this channel for escalations');
});

test('the manifest names the files the package ships', () => {
    const manifest = readTemplate() as unknown as { icons: { color: string; outline: string } };
    const files = readdirSync(join(__dirname, '../../manifest'));
    expect(files).toEqual(expect.arrayContaining([manifest.icons.color, manifest.icons.outline]));
    expect(readFileSync(join(__dirname, '../../manifest', manifest.icons.color)).subarray(1, 4).toString()).toBe('PNG');
});
