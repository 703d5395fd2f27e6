/**
 * Draws the Teams app icons into manifest/: color.png (192×192, white laptop with a check on the accent colour)
 * and outline.png (32×32, the same symbol in white on transparent). Shapes are drawn analytically and
 * supersampled, so the output is the same on every machine and needs no browser or image tool.
 * Run: npm run package:icons (then commit the PNGs).
 */
import { writeFileSync } from 'fs';
import { resolve } from 'path';
import { PNG } from 'pngjs';
import { ACCENT_COLOR, ICON_FILES, ICON_SIZES } from './packageManifest';

type Point = readonly [number, number];
/** Whether a point of the 32-unit design grid is inside a shape. */
type Shape = (x: number, y: number) => boolean;

/** Distance from a point to the segment a–b. */
function segmentDistance(x: number, y: number, [ax, ay]: Point, [bx, by]: Point): number {
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Signed distance to a rounded rectangle (negative inside). */
function roundedRectDistance(x: number, y: number, [x0, y0]: Point, [x1, y1]: Point, radius: number): number {
    const qx = Math.abs(x - (x0 + x1) / 2) - ((x1 - x0) / 2 - radius);
    const qy = Math.abs(y - (y0 + y1) / 2) - ((y1 - y0) / 2 - radius);
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

const polyline =
    (points: Point[], width: number): Shape =>
    (x, y) =>
        points.slice(1).some((p, i) => segmentDistance(x, y, points[i], p) <= width / 2);

const rectStroke =
    (from: Point, to: Point, radius: number, width: number): Shape =>
    (x, y) => {
        const d = roundedRectDistance(x, y, from, to, radius);
        return d <= 0 && d >= -width;
    };

const filledRect =
    (from: Point, to: Point, radius: number): Shape =>
    (x, y) =>
        roundedRectDistance(x, y, from, to, radius) <= 0;

/**
 * The symbol on a 32-unit grid: a laptop (the device at the bench) whose screen shows a check (provisioned).
 * Straight edges sit on whole units so the 32×32 outline stays crisp.
 */
const symbol: Shape[] = [
    rectStroke([5, 6], [27, 22], 2, 2),
    filledRect([2, 23], [30, 26], 1.5),
    polyline(
        [
            [11, 14.5],
            [14.5, 18],
            [21.5, 11]
        ],
        2.4
    )
];

const SUPERSAMPLING = 8;

/** Fraction of a pixel covered by the symbol; `scale` grid units per pixel, `offset` in pixels. */
function coverage(px: number, py: number, scale: number, offset: number): number {
    let inside = 0;
    for (let sy = 0; sy < SUPERSAMPLING; sy++) {
        for (let sx = 0; sx < SUPERSAMPLING; sx++) {
            const x = (px + (sx + 0.5) / SUPERSAMPLING - offset) * scale;
            const y = (py + (sy + 0.5) / SUPERSAMPLING - offset) * scale;
            if (symbol.some((shape) => shape(x, y))) inside++;
        }
    }
    return inside / (SUPERSAMPLING * SUPERSAMPLING);
}

function hexToRgb(hex: string): [number, number, number] {
    const n = parseInt(hex.slice(1), 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Full-bleed accent background, a slight top-to-bottom shade, the symbol in white across the middle 60%. */
function drawColorIcon(size: number): PNG {
    const png = new PNG({ width: size, height: size });
    const [r, g, b] = hexToRgb(ACCENT_COLOR);
    const symbolPx = size * 0.6;
    const offset = (size - symbolPx) / 2;
    for (let y = 0; y < size; y++) {
        const shade = 1.08 - 0.16 * (y / (size - 1));
        for (let x = 0; x < size; x++) {
            const c = coverage(x, y, 32 / symbolPx, offset);
            const i = (y * size + x) * 4;
            png.data[i] = Math.round(Math.min(255, r * shade) * (1 - c) + 255 * c);
            png.data[i + 1] = Math.round(Math.min(255, g * shade) * (1 - c) + 255 * c);
            png.data[i + 2] = Math.round(Math.min(255, b * shade) * (1 - c) + 255 * c);
            png.data[i + 3] = 255;
        }
    }
    return png;
}

/** White symbol, transparent everywhere else: Teams tints it for the app bar. */
function drawOutlineIcon(size: number): PNG {
    const png = new PNG({ width: size, height: size });
    for (let y = 0; y < size; y++) {
        for (let x = 0; x < size; x++) {
            const i = (y * size + x) * 4;
            png.data[i] = png.data[i + 1] = png.data[i + 2] = 255;
            png.data[i + 3] = Math.round(255 * coverage(x, y, 32 / size, 0));
        }
    }
    return png;
}

function main(): void {
    const manifestDir = resolve(__dirname, '../manifest');
    const icons: Array<[string, PNG]> = [
        [ICON_FILES.color, drawColorIcon(ICON_SIZES.color)],
        [ICON_FILES.outline, drawOutlineIcon(ICON_SIZES.outline)]
    ];
    for (const [file, png] of icons) {
        const path = resolve(manifestDir, file);
        writeFileSync(path, PNG.sync.write(png, { colorType: 6 }));
        console.log(`wrote ${path}`);
    }
}

main();
