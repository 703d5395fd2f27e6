import fs from 'node:fs';
import { architectureDocument } from '../../scripts/draw-architecture';
import { importCycles, LAYERS, readImportGraph, unitOf, upwardImports } from '../../scripts/importGraph';

describe('the import graph of src/', () => {
    const edges = readImportGraph('src');

    it('reads the imports (the check would pass vacuously otherwise)', () => {
        expect(edges.length).toBeGreaterThan(300);
        expect(edges).toContainEqual({ from: 'src/index.ts', to: 'src/compose/buildBot.ts' });
    });

    it('places every folder of src/ in a layer', () => {
        const units = new Set(edges.flatMap(({ from, to }) => [unitOf(from), unitOf(to)]));
        expect([...units].filter((unit) => !LAYERS.some((layer) => layer.includes(unit)))).toEqual([]);
    });

    it('has no arrow running back up: a file imports its own folder or a lower layer', () => {
        expect(upwardImports(edges).map(({ from, to }) => `${from} -> ${to}`)).toEqual([]);
    });

    it('has no import cycle between files', () => {
        expect(importCycles(edges)).toEqual([]);
    });

    it('is drawn in docs/architecture.md as it is (npm run architecture redraws it)', () => {
        expect(fs.readFileSync('docs/architecture.md', 'utf8')).toBe(architectureDocument('src'));
    });
});

describe('the layering check itself', () => {
    it('finds an import into a higher layer, an unplaced folder and a cycle', () => {
        const upward = { from: 'src/graph/a.ts', to: 'src/bot/b.ts' };
        const unplaced = { from: 'src/bot/b.ts', to: 'src/attic/c.ts' };
        const down = { from: 'src/bot/b.ts', to: 'src/graph/a.ts' };
        expect(upwardImports([upward, unplaced, down])).toEqual([upward, unplaced]);
        expect(importCycles([upward, down])).toEqual([['src/graph/a.ts', 'src/bot/b.ts', 'src/graph/a.ts']]);
    });
});
