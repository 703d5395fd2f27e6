import { execFile } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import JSZip from 'jszip';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { promisify } from 'util';
import { buildAppPackage, ICON_FILES, MANIFEST_DIR, PackageError, validateManifest } from '../../scripts/packageManifest';

const BOT_ID = '2f1e0c1a-5b7d-4c1e-9a43-8d0b6e1f2a34';
const variables = { BOT_ID, TEAMS_APP_ID: BOT_ID, APP_VERSION: '2.0.1', BOT_DOMAIN: '' };
const repoRoot = resolve(__dirname, '../..');
const run = promisify(execFile);

/** Runs `npm run package`'s script as a user would, in a child process. */
async function packageCli(env: Record<string, string>, out: string): Promise<{ code: number; stdout: string; stderr: string }> {
    const tsNode = join(repoRoot, 'node_modules/.bin/ts-node');
    try {
        const { stdout, stderr } = await run(tsNode, ['--transpile-only', 'scripts/package.ts', '--out', out], {
            cwd: repoRoot,
            env: { PATH: process.env.PATH ?? '', ...env },
            timeout: 60_000
        });
        return { code: 0, stdout, stderr };
    } catch (error) {
        const failed = error as { code: number; stdout: string; stderr: string };
        return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
}

let workDir: string;
beforeAll(() => {
    workDir = mkdtempSync(join(tmpdir(), 'app-package-'));
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

test('the zip holds manifest.json and both icons at its root, nothing else', async () => {
    const { zip } = await buildAppPackage(variables);
    const archive = await JSZip.loadAsync(zip);
    const names = Object.keys(archive.files).sort();
    expect(names).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(Object.values(archive.files).some((entry) => entry.dir)).toBe(false);
    for (const icon of Object.values(ICON_FILES)) {
        expect(Buffer.compare(await archive.file(icon)!.async('nodebuffer'), readFileSync(join(MANIFEST_DIR, icon)))).toBe(0);
    }
    const manifest = JSON.parse(await archive.file('manifest.json')!.async('string'));
    expect(manifest.bots[0].botId).toBe(BOT_ID);
    expect(manifest.version).toBe('2.0.1');
    expect(await validateManifest(manifest)).toEqual([]);
});

test('the same inputs give the same zip, byte for byte', async () => {
    const [a, b] = await Promise.all([buildAppPackage(variables), buildAppPackage(variables)]);
    expect(Buffer.compare(a.zip, b.zip)).toBe(0);
});

test('a bad version is refused naming APP_VERSION', async () => {
    await expect(buildAppPackage({ ...variables, APP_VERSION: '2.0' })).rejects.toThrow(/APP_VERSION "2\.0" is not valid/);
});

test('npm run package writes the zip for a good BOT_ID', async () => {
    const out = join(workDir, 'good', 'appPackage.zip');
    const result = await packageCli({ BOT_ID, BOT_DOMAIN: 'bot.example.net' }, out);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(out);
    const manifest = JSON.parse(await (await JSZip.loadAsync(readFileSync(out))).file('manifest.json')!.async('string'));
    expect(manifest.validDomains).toEqual(['bot.example.net']);
    expect(manifest.id).toBe(BOT_ID);
});

test.each([
    ['missing', {}, /BOT_ID is not set/],
    ['not a GUID', { BOT_ID: 'my-bot' }, /BOT_ID "my-bot" is not valid: it must be a GUID/],
    ['a GUID with a stray character', { BOT_ID: `${BOT_ID}x` }, /BOT_ID ".*x" is not valid/]
])('npm run package stops with a clear message when BOT_ID is %s', async (_case, env, message) => {
    const out = join(workDir, 'bad', 'appPackage.zip');
    const result = await packageCli(env as Record<string, string>, out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/); // a message, not a stack trace
    expect(existsSync(out)).toBe(false);
});

test('PackageError is what callers catch', async () => {
    await expect(buildAppPackage({ ...variables, BOT_ID: 'x' })).rejects.toBeInstanceOf(PackageError);
});
