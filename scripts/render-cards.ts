/**
 * Renders every card sample (test/cards/fixtures.ts) to out/cards/<id>.html and .png with headless Chromium.
 * Run: npx ts-node --transpile-only scripts/render-cards.ts
 */
import { existsSync, mkdirSync } from 'fs';
import { cpus } from 'os';
import { resolve } from 'path';
import { cardSamples } from '../test/cards/fixtures';
import { chromiumInstallHint, chromiumPath, PreviewCard, renderCardsInChromium, screenshotCard } from './cardPreview';

/** Chromium instances running at once: more than the CPUs only slows each down. */
const parallelScreenshots = Math.min(4, Math.max(1, cpus().length));

async function main(): Promise<number> {
    if (!existsSync(chromiumPath)) {
        console.error(chromiumInstallHint);
        return 1;
    }
    const outDir = resolve(__dirname, '../out/cards');
    mkdirSync(outDir, { recursive: true });
    const cards: PreviewCard[] = cardSamples.map(({ id, attachment }) => ({ id, card: attachment.content }));
    // One run measures every card, so each screenshot window is as tall as its card.
    const rendered = new Map((await renderCardsInChromium(cards, outDir)).map((card) => [card.id, card]));
    const failed = cards.filter((card) => !rendered.get(card.id) || rendered.get(card.id)?.error);
    for (const card of failed) {
        console.error(`${card.id}: render failed: ${rendered.get(card.id)?.error ?? 'missing from the page'}`);
    }
    const queue = cards.filter((card) => !failed.includes(card));
    const worker = async () => {
        for (let card = queue.shift(); card; card = queue.shift()) {
            console.log(await screenshotCard(card, rendered.get(card.id)?.heightPx ?? 0, outDir));
        }
    };
    await Promise.all(Array.from({ length: parallelScreenshots }, worker));
    return failed.length === 0 ? 0 : 1;
}

main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
        console.error(error);
        process.exitCode = 1;
    }
);
