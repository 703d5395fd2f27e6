/**
 * Just enough Bicep reading for the infra tests (no Bicep compiler can be installed here): parameters, outputs,
 * modules, and the App Service's app settings with their values worked out from literals, parameter defaults and
 * the managed identity's properties.
 */
import { readFileSync } from 'fs';

export interface BicepParam {
    name: string;
    type: string;
    default?: string;
}

export interface BicepFile {
    text: string;
    params: BicepParam[];
    outputs: string[];
    modulePaths: string[];
}

/** The text without `// comments` (none of our strings contain `//` except URLs, which keep theirs). */
function stripComments(text: string): string {
    return text.replace(/(^|[^:'])\/\/.*$/gm, '$1');
}

export function readBicep(path: string): BicepFile {
    const text = stripComments(readFileSync(path, 'utf8'));
    const params = [...text.matchAll(/^param (\w+) (\w+)(?: = (.+))?$/gm)].map(([, name, type, value]) => ({
        name,
        type,
        default: value?.trim()
    }));
    const outputs = [...text.matchAll(/^output (\w+) /gm)].map(([, name]) => name);
    const modulePaths = [...text.matchAll(/^module \w+ '([^']+)'/gm)].map(([, path]) => path);
    return { text, params, outputs, modulePaths };
}

/** The `[ ... ]` (or `{ ... }`) block that starts at `from`, brackets balanced. */
export function balancedBlock(text: string, from: number): string {
    const open = text[from];
    const close = open === '[' ? ']' : '}';
    let depth = 0;
    for (let i = from; i < text.length; i++) {
        if (text[i] === open) depth++;
        if (text[i] === close && --depth === 0) return text.slice(from, i + 1);
    }
    throw new Error(`unbalanced ${open} at offset ${from}`);
}

/** Stand-ins for what Azure fills in at deployment. */
export const IDENTITY_VALUES: Record<string, string> = {
    'identity.properties.clientId': '3d5e7f90-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
    'identity.properties.tenantId': '9b8a7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d'
};

/** Name → value of every app setting, values evaluated; an expression it cannot evaluate fails loudly. */
export function appSettings(bicep: BicepFile): Record<string, string> {
    const start = bicep.text.indexOf('appSettings: [');
    if (start < 0) throw new Error('no appSettings in the template');
    const block = balancedBlock(bicep.text, bicep.text.indexOf('[', start));
    const settings: Record<string, string> = {};
    for (const [, name, expression] of block.matchAll(/name: '([^']+)'\s+value: (.+)/g)) {
        settings[name] = evaluate(expression.trim(), bicep);
    }
    return settings;
}

function evaluate(expression: string, bicep: BicepFile): string {
    const literal = /^'([^'$]*)'$/.exec(expression);
    if (literal) return literal[1];
    if (/^-?\d+$/.test(expression)) return expression;
    const wrapped = /^string\((.+)\)$/.exec(expression);
    if (wrapped) return evaluate(wrapped[1], bicep);
    if (expression in IDENTITY_VALUES) return IDENTITY_VALUES[expression];
    const param = bicep.params.find((p) => p.name === expression);
    if (param?.default !== undefined) return evaluate(param.default, bicep);
    throw new Error(`cannot evaluate app setting value ${expression}`);
}
