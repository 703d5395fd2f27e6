/**
 * The Teams app package: the manifest template in manifest/ with its `${{NAME}}` placeholders filled, checked
 * offline (ajv) against the official schema that @microsoft/app-manifest bundles, zipped with the icons at the root.
 * (The package's own validator is not used: it loads an ES module that jest cannot require, and fetches any schema
 * it does not bundle.)
 */
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync } from 'fs';
import JSZip from 'jszip';
import { dirname, join, resolve } from 'path';

export const MANIFEST_DIR = resolve(__dirname, '../manifest');
export const ICON_FILES = { color: 'color.png', outline: 'outline.png' } as const;
export const ICON_SIZES = { color: 192, outline: 32 } as const;

interface ManifestTemplate {
    $schema: string;
    manifestVersion: string;
    accentColor: string;
    [key: string]: unknown;
}

export function readTemplate(): ManifestTemplate {
    return JSON.parse(readFileSync(join(MANIFEST_DIR, 'manifest.json'), 'utf8')) as ManifestTemplate;
}

export const ACCENT_COLOR = readTemplate().accentColor;

/** What `npm run package` asks for, by environment variable. */
export interface PackageVariables {
    /** The Azure Bot's Microsoft App ID (for a managed-identity bot: the identity's client id). */
    BOT_ID: string;
    /** The Teams app's own id; the bot id when not given, which Teams accepts for a bot-only app. */
    TEAMS_APP_ID: string;
    APP_VERSION: string;
    /** Host name of the bot's endpoint (the App Service), listed in validDomains; none for a bot-only package. */
    BOT_DOMAIN: string;
}

export class PackageError extends Error {}

/** Where in the manifest each variable lands, so a schema complaint can name the variable to fix. */
const VARIABLE_AT_PATH: Record<string, keyof PackageVariables> = {
    '/bots/0/botId': 'BOT_ID',
    '/id': 'TEAMS_APP_ID'
};

const EXPECTED: Record<keyof PackageVariables, string> = {
    BOT_ID: 'a GUID such as 2f1e0c1a-5b7d-4c1e-9a43-8d0b6e1f2a34 (the Azure Bot\'s Microsoft App ID)',
    TEAMS_APP_ID: 'a GUID (leave it unset to use BOT_ID)',
    APP_VERSION: 'a version like 1.4.0 (three numbers)',
    BOT_DOMAIN: 'a host name like mybot.azurewebsites.net'
};

export function variablesFromEnvironment(env: NodeJS.ProcessEnv, packageVersion: string): PackageVariables {
    const value = (name: string) => env[name]?.trim() ?? '';
    const botId = value('BOT_ID');
    if (!botId) {
        throw new PackageError(`BOT_ID is not set: it must be ${EXPECTED.BOT_ID}. Example: BOT_ID=<guid> npm run package`);
    }
    const botDomain = value('BOT_DOMAIN').replace(/^https?:\/\//i, '').replace(/\/.*$/, '');
    if (botDomain && !/^[a-z0-9.-]+$/i.test(botDomain)) {
        throw new PackageError(`BOT_DOMAIN "${botDomain}" is not valid: it must be ${EXPECTED.BOT_DOMAIN}`);
    }
    return {
        BOT_ID: botId,
        TEAMS_APP_ID: value('TEAMS_APP_ID') || botId,
        APP_VERSION: value('APP_VERSION') || packageVersion,
        BOT_DOMAIN: botDomain
    };
}

const PLACEHOLDER = /\$\{\{([A-Z0-9_]+)\}\}/g;

/** Fills placeholders value by value (never in the JSON text, so a value cannot change the structure). */
export function fillTemplate(template: unknown, variables: PackageVariables): unknown {
    const fill = (node: unknown): unknown => {
        if (typeof node === 'string') {
            return node.replace(PLACEHOLDER, (_match, name: string) => {
                if (!(name in variables)) throw new PackageError(`manifest/manifest.json uses \${{${name}}}, which npm run package does not know`);
                return variables[name as keyof PackageVariables];
            });
        }
        if (Array.isArray(node)) return node.map(fill).filter((item) => item !== '');
        if (node && typeof node === 'object') {
            return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, fill(child)]));
        }
        return node;
    };
    return fill(template);
}

/** The schema file @microsoft/app-manifest ships for this manifest version, so validation never goes online. */
export function bundledSchemaPath(manifestVersion: string): string {
    const packageRoot = dirname(require.resolve('@microsoft/app-manifest/package.json'));
    return join(packageRoot, 'build', 'json-schemas', 'teams', `v${manifestVersion}`, 'MicrosoftTeams.schema.json');
}

/** Schema errors as readable lines (empty when valid). */
export async function validateManifest(manifest: ManifestTemplate): Promise<string[]> {
    const schemaPath = bundledSchemaPath(manifest.manifestVersion);
    if (!existsSync(schemaPath)) {
        return [`manifestVersion ${manifest.manifestVersion}: @microsoft/app-manifest bundles no schema for it (${schemaPath})`];
    }
    const expectedUrl = `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`;
    if (manifest.$schema !== expectedUrl) {
        return [`$schema must be ${expectedUrl} to match manifestVersion ${manifest.manifestVersion}`];
    }
    // The Teams schemas are draft-04; these options are the ones the Microsoft toolkit validates with.
    const ajv = new Ajv04({ allErrors: true, strictTypes: false });
    addFormats(ajv, ['uri', 'email', 'regex']);
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
    if (validate(manifest)) return [];
    return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'} ${JSON.stringify(e.params)}`);
}

/** A schema error on a substituted field says which variable to fix and what it should look like. */
function explain(errors: string[], variables: PackageVariables): string[] {
    const lines = errors.map((error) => {
        const path = Object.keys(VARIABLE_AT_PATH).find((p) => error.startsWith(`${p} `));
        if (!path) return error;
        let variable = VARIABLE_AT_PATH[path];
        if (variable === 'TEAMS_APP_ID' && variables.TEAMS_APP_ID === variables.BOT_ID) variable = 'BOT_ID';
        return `${variable} "${variables[variable]}" is not valid: it must be ${EXPECTED[variable]}`;
    });
    return [...new Set(lines)];
}

export interface AppPackage {
    manifest: ManifestTemplate;
    zip: Buffer;
}

/** A fixed date keeps the zip identical for identical inputs. */
const ZIP_DATE = new Date('2026-01-01T00:00:00Z');

/** Teams compares versions as three numbers when an updated app is uploaded; the schema itself does not check. */
const APP_VERSION_FORMAT = /^\d+\.\d+\.\d+$/;

export async function buildAppPackage(variables: PackageVariables): Promise<AppPackage> {
    if (!APP_VERSION_FORMAT.test(variables.APP_VERSION)) {
        throw new PackageError(`APP_VERSION "${variables.APP_VERSION}" is not valid: it must be ${EXPECTED.APP_VERSION}`);
    }
    const manifest = fillTemplate(readTemplate(), variables) as ManifestTemplate;
    const problems = await validateManifest(manifest);
    if (problems.length > 0) {
        throw new PackageError(`The app package was not written:\n- ${explain(problems, variables).join('\n- ')}`);
    }
    const zip = new JSZip();
    zip.file('manifest.json', `${JSON.stringify(manifest, null, 4)}\n`, { date: ZIP_DATE });
    for (const file of Object.values(ICON_FILES)) {
        zip.file(file, readFileSync(join(MANIFEST_DIR, file)), { date: ZIP_DATE });
    }
    const content = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'DOS' });
    return { manifest, zip: content };
}
