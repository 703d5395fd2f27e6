/**
 * npm run package: writes dist/appPackage.zip (manifest.json, color.png, outline.png at the root) for upload to
 * Teams. Settings by environment: BOT_ID (required), TEAMS_APP_ID, APP_VERSION (default: package.json's), BOT_DOMAIN.
 * `--out <file>` writes elsewhere.
 */
import { mkdirSync, writeFileSync } from 'fs';
import { resolve } from 'path';
import { version } from '../package.json';
import { buildAppPackage, PackageError, variablesFromEnvironment } from './packageManifest';

function outputPath(args: string[]): string {
    const at = args.indexOf('--out');
    return resolve(at >= 0 && args[at + 1] ? args[at + 1] : resolve(__dirname, '../dist/appPackage.zip'));
}

async function main(): Promise<number> {
    const out = outputPath(process.argv.slice(2));
    try {
        const variables = variablesFromEnvironment(process.env, version);
        const { manifest, zip } = await buildAppPackage(variables);
        mkdirSync(resolve(out, '..'), { recursive: true });
        writeFileSync(out, zip);
        console.log(`Wrote ${out} (Teams app ${String(manifest.id)}, bot ${variables.BOT_ID}, version ${variables.APP_VERSION}).`);
        console.log('Upload it in Teams: Apps > Manage your apps > Upload an app (or the Teams admin center for your organisation).');
        return 0;
    } catch (error) {
        if (error instanceof PackageError) {
            console.error(error.message);
            return 1;
        }
        throw error;
    }
}

if (require.main === module) {
    main().then(
        (code) => (process.exitCode = code),
        (error: unknown) => {
            console.error(error);
            process.exitCode = 1;
        }
    );
}
