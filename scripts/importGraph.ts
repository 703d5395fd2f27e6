import fs from 'node:fs';
import path from 'node:path';

/**
 * The layers of src/, lowest first. A file may import only from its own folder or from a lower layer, so the drawing
 * of the import graph has no arrow running back up. A new folder (or a root file) must be placed here before it can
 * be imported: the architecture test fails until it is.
 */
export const LAYERS: readonly (readonly string[])[] = [
    ['domain', 'limits'],
    ['config', 'logger'],
    ['graph', 'knowledge', 'store', 'devtools'],
    ['memory', 'status', 'ops', 'proactive', 'demo'],
    ['ai', 'monitor', 'assign'],
    ['escalation'],
    ['cards'],
    ['bot'],
    ['server'],
    ['compose'],
    ['index']
];

/** What each layer is for, for the drawing. */
export const LAYER_ROLES: readonly string[] = [
    'pure rules',
    'settings and logs',
    'data sources and storage',
    'state, interpretation, operations',
    'capabilities',
    'escalation (reads the monitor\'s alerts)',
    'cards',
    'chat handlers',
    'HTTP edge',
    'wiring',
    'entry point'
];

export interface ImportEdge {
    /** Paths relative to the repository root, with `.ts`. */
    from: string;
    to: string;
}

/** A file's unit in the layering: its folder under src/, or its name for a file directly in src/. */
export function unitOf(file: string, srcDir = 'src'): string {
    const parts = path.relative(srcDir, file).split(path.sep);
    return parts.length > 1 ? parts[0] : parts[0].replace(/\.ts$/, '');
}

export function layerOf(unit: string): number {
    return LAYERS.findIndex((layer) => layer.includes(unit));
}

function sourceFiles(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) return sourceFiles(full);
        return entry.name.endsWith('.ts') ? [full] : [];
    });
}

const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** Every relative import between TypeScript files under `srcDir` (JSON templates and packages are left out). */
export function readImportGraph(srcDir = 'src'): ImportEdge[] {
    const edges: ImportEdge[] = [];
    for (const from of sourceFiles(srcDir)) {
        for (const match of fs.readFileSync(from, 'utf8').matchAll(IMPORT)) {
            const target = path.join(path.dirname(from), match[1]);
            const to = [`${target}.ts`, path.join(target, 'index.ts')].find((candidate) => fs.existsSync(candidate));
            if (to) edges.push({ from, to });
        }
    }
    return edges;
}

/** Imports that cross into a higher layer or into a unit that has no layer. */
export function upwardImports(edges: readonly ImportEdge[], srcDir = 'src'): ImportEdge[] {
    return edges.filter(({ from, to }) => {
        const [a, b] = [unitOf(from, srcDir), unitOf(to, srcDir)];
        return a !== b && !(layerOf(a) > layerOf(b) && layerOf(b) >= 0);
    });
}

/** Files that import each other, directly or through others (each cycle once, as a path). */
export function importCycles(edges: readonly ImportEdge[]): string[][] {
    const next = new Map<string, string[]>();
    for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const cycles: string[][] = [];
    const visit = (file: string): void => {
        state.set(file, 'open');
        stack.push(file);
        for (const to of next.get(file) ?? []) {
            if (state.get(to) === 'open') cycles.push([...stack.slice(stack.indexOf(to)), to]);
            else if (!state.has(to)) visit(to);
        }
        stack.pop();
        state.set(file, 'done');
    };
    for (const file of next.keys()) if (!state.has(file)) visit(file);
    return cycles;
}

/** The folder-level drawing (Mermaid), layers top to bottom from the entry point down to the pure rules. */
export function drawLayers(edges: readonly ImportEdge[], srcDir = 'src'): string {
    const arrows = new Set<string>();
    for (const { from, to } of edges) {
        const [a, b] = [unitOf(from, srcDir), unitOf(to, srcDir)];
        if (a !== b) arrows.add(`    ${a} --> ${b}`);
    }
    const layers = LAYERS.map((units, index) => ({ units, index })).reverse();
    return [
        'flowchart TB',
        ...layers.map(({ units, index }) => `    subgraph L${index}["${LAYER_ROLES[index]}"]\n        ${units.join(' & ').replace(/&/g, '~~~')}\n    end`),
        ...[...arrows].sort()
    ].join('\n');
}
