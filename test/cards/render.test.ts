import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { assertChromium, PreviewLayout, RenderedCard, renderCardsInChromium, teamsCardWidths } from '../../scripts/cardPreview';
import { cardSamples } from './fixtures';

/** Every layout Teams gives a card: phone, chat column and wide in the light theme, and the phone in the dark one. */
const layouts: PreviewLayout[] = [
    ...Object.values(teamsCardWidths).map((widthPx) => ({ widthPx, theme: 'light' as const })),
    { widthPx: teamsCardWidths.mobile, theme: 'dark' }
];

/** Every card through the official JS renderer in headless Chromium, at every width: it renders, shows its title, clips nothing. */
describe('cards rendered in Chromium', () => {
    const rendered = new Map<string, RenderedCard>();
    const workDir = mkdtempSync(join(tmpdir(), 'card-render-test-'));
    const key = (layout: PreviewLayout, id: string) => `${layout.widthPx}/${layout.theme}/${id}`;

    /** Not a real card: proves the clipping check sees a cut-off button title. */
    const clippedProbe = {
        id: 'probe-clipped',
        card: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Probe' }], actions: [{ type: 'Action.Submit', title: 'Press the Windows key five times at the sign-in page', data: { verb: 'help' } }] }
    };

    beforeAll(async () => {
        assertChromium(); // fails with the install hint
        const cards = [...cardSamples.map(({ id, attachment }) => ({ id, card: attachment.content })), clippedProbe];
        const runs = await Promise.all(layouts.map((layout) => renderCardsInChromium(cards, workDir, layout)));
        runs.forEach((run, i) => run.forEach((card) => rendered.set(key(layouts[i], card.id), card)));
    }, 240_000);

    afterAll(() => rmSync(workDir, { recursive: true, force: true }));

    it('notices a button title cut off on a phone', () => {
        expect(rendered.get(key(layouts[0], clippedProbe.id))?.clipped).toContain(clippedProbe.card.actions[0].title);
    });

    const cases = layouts.flatMap((layout) => cardSamples.map((sample) => [`${layout.widthPx}px ${layout.theme}`, sample.id, sample.title, layout] as const));

    it.each(cases)('%s: %s renders, shows "%s" and clips nothing', (_, id, title, layout) => {
        const card = rendered.get(key(layout, id));
        expect(card).toBeDefined();
        expect(card?.error).toBeUndefined();
        expect(card?.heightPx).toBeGreaterThan(40);
        expect(card?.text).toContain(title);
        expect(card?.clipped).toEqual([]);
    });
});
