/**
 * Renders every card sample (test/cards/fixtures.ts) to out/cards/<id>.<width>.<theme>.html and .png with headless
 * Chromium, at the widths Teams gives cards, and lists anything clipped.
 * Run: npm run cards:render [-- --widths=320,450,700 --themes=light,dark] (default: every width, light and dark)
 */
import { existsSync, mkdirSync } from 'fs';
import { cpus } from 'os';
import { resolve } from 'path';
import { cardSamples } from '../test/cards/fixtures';
import { chromiumInstallHint, chromiumPath, PreviewCard, PreviewLayout, renderCardsInChromium, screenshotCard, teamsCardWidths } from './cardPreview';
import type { Theme } from './teamsHostConfig';

/** Chromium instances running at once: more than the CPUs only slows each down. */
const parallelScreenshots = Math.min(4, Math.max(1, cpus().length));

function option(name: string, fallback: string[]): string[] {
    const given = process.argv.find((arg) => arg.startsWith(`--${name}=`));
    return given ? given.slice(name.length + 3).split(',').filter(Boolean) : fallback;
}

async function renderLayout(cards: PreviewCard[], layout: PreviewLayout, outDir: string): Promise<number> {
    // One run measures every card, so each screenshot window is as tall as its card.
    const rendered = new Map((await renderCardsInChromium(cards, outDir, layout)).map((card) => [card.id, card]));
    let problems = 0;
    for (const card of cards) {
        const result = rendered.get(card.id);
        if (!result || result.error) {
            console.error(`${card.id} @${layout.widthPx}px ${layout.theme}: render failed: ${result?.error ?? 'missing from the page'}`);
            problems += 1;
        } else if (result.clipped.length > 0) {
            console.error(`${card.id} @${layout.widthPx}px: clipped: ${result.clipped.join(' | ')}`);
            problems += 1;
        }
    }
    const queue = cards.filter((card) => rendered.get(card.id) && !rendered.get(card.id)?.error);
    const worker = async () => {
        for (let card = queue.shift(); card; card = queue.shift()) {
            const name = `${card.id}.${layout.widthPx}.${layout.theme}`;
            console.log(await screenshotCard(card, rendered.get(card.id)?.heightPx ?? 0, outDir, layout, name));
        }
    };
    await Promise.all(Array.from({ length: parallelScreenshots }, worker));
    return problems;
}

async function main(): Promise<number> {
    if (!existsSync(chromiumPath)) {
        console.error(chromiumInstallHint);
        return 1;
    }
    const outDir = resolve(__dirname, '../out/cards');
    mkdirSync(outDir, { recursive: true });
    const cards: PreviewCard[] = cardSamples.map(({ id, attachment }) => ({ id, card: attachment.content }));
    const widths = option('widths', Object.values(teamsCardWidths).map(String)).map(Number);
    const themes = option('themes', ['light', 'dark']) as Theme[];
    let problems = 0;
    for (const theme of themes) {
        for (const widthPx of widths) problems += await renderLayout(cards, { widthPx, theme }, outDir);
    }
    return problems === 0 ? 0 : 1;
}

main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
        console.error(error);
        process.exitCode = 1;
    }
);
