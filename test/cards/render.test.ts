import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { assertChromium, RenderedCard, renderCardsInChromium } from '../../scripts/cardPreview';
import { cardSamples } from './fixtures';

/** Every card through the official JS renderer in headless Chromium: it must render and show its title. */
describe('cards rendered in Chromium', () => {
    let rendered: Map<string, RenderedCard>;
    const workDir = mkdtempSync(join(tmpdir(), 'card-render-test-'));

    beforeAll(async () => {
        assertChromium(); // fails with the install hint
        const cards = cardSamples.map(({ id, attachment }) => ({ id, card: attachment.content }));
        rendered = new Map((await renderCardsInChromium(cards, workDir)).map((card) => [card.id, card]));
    }, 120_000);

    afterAll(() => rmSync(workDir, { recursive: true, force: true }));

    const samples = cardSamples.map((sample) => [sample.id, sample.title] as const);

    it.each(samples)('%s renders and shows "%s"', (id, title) => {
        const card = rendered.get(id);
        expect(card).toBeDefined();
        expect(card?.error).toBeUndefined();
        expect(card?.heightPx).toBeGreaterThan(40);
        expect(card?.text).toContain(title);
    });
});
