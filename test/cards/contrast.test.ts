import { Theme, themePalettes } from '../../scripts/teamsHostConfig';

/** WCAG relative luminance of `#RRGGBB`. */
function luminance(hex: string): number {
    const [r, g, b] = [1, 3, 5].map((i) => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
}

/** The preview themes the renders use: every status colour must be readable on every background it can sit on. */
describe.each(['light', 'dark'] as Theme[])('%s theme contrast', (theme) => {
    const { foregrounds, backgrounds } = themePalettes[theme];
    const colours = ['default', 'accent', 'good', 'warning', 'attention'] as const;
    const cases = Object.entries(backgrounds).flatMap(([style, background]) => colours.map((colour) => [style, colour, background] as const));

    it.each(cases)('%s container: %s text is at least 4.5:1', (_, colour, background) => {
        expect(contrast(foregrounds[colour].default, background)).toBeGreaterThanOrEqual(4.5);
    });

    it('subtle text stays readable (3:1) on every background', () => {
        for (const background of Object.values(backgrounds)) expect(contrast(foregrounds.default.subtle, background)).toBeGreaterThanOrEqual(3);
    });
});
