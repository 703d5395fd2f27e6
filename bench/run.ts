import { benchStatus } from './status';
import { benchTurns } from './turns';

/** `npm run bench`: every benchmark, each reported as a ratio against a baseline measured in the same run. */
async function main(): Promise<void> {
    await benchTurns();
    await benchStatus();
}

main().then(
    () => process.exit(0),
    (error) => {
        console.error(error);
        process.exit(1);
    }
);
