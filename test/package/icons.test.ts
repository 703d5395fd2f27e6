import { readFileSync } from 'fs';
import { join } from 'path';
import { PNG } from 'pngjs';
import { ICON_FILES, ICON_SIZES, MANIFEST_DIR } from '../../scripts/packageManifest';

const read = (file: string) => PNG.sync.read(readFileSync(join(MANIFEST_DIR, file)));

function pixels(png: PNG): Array<[number, number, number, number]> {
    const out: Array<[number, number, number, number]> = [];
    for (let i = 0; i < png.data.length; i += 4) out.push([png.data[i], png.data[i + 1], png.data[i + 2], png.data[i + 3]]);
    return out;
}

test('the colour icon is 192×192, opaque, with a white symbol on the accent colour', () => {
    const png = read(ICON_FILES.color);
    expect([png.width, png.height]).toEqual([ICON_SIZES.color, ICON_SIZES.color]);
    const all = pixels(png);
    expect(all.every(([, , , a]) => a === 255)).toBe(true);
    const white = all.filter(([r, g, b]) => r === 255 && g === 255 && b === 255).length / all.length;
    expect(white).toBeGreaterThan(0.05);
    expect(white).toBeLessThan(0.4);
    const [r, g, b] = all[0]; // a corner: the background
    expect(b).toBeGreaterThan(r + 60);
    expect(b).toBeGreaterThan(g);
});

test('the outline icon is 32×32, white on a transparent background', () => {
    const png = read(ICON_FILES.outline);
    expect([png.width, png.height]).toEqual([ICON_SIZES.outline, ICON_SIZES.outline]);
    const all = pixels(png);
    // Teams recolours the outline from its alpha: any visible pixel must be pure white.
    expect(all.filter(([r, g, b, a]) => a > 0 && (r !== 255 || g !== 255 || b !== 255))).toEqual([]);
    const transparent = all.filter(([, , , a]) => a === 0).length / all.length;
    const solid = all.filter(([, , , a]) => a === 255).length / all.length;
    expect(transparent).toBeGreaterThan(0.5);
    expect(solid).toBeGreaterThan(0.1);
    for (const corner of [0, 31, 31 * 32, 32 * 32 - 1]) expect(all[corner][3]).toBe(0);
});
