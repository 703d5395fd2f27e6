/** Offline checks every card must pass: the official SDK's parser and validator, plus what it does not check. */
import type * as AdaptiveCards from 'adaptivecards';
import { Verb } from '../../src/cards/verbs';
import { JsonObject, typedNodes } from './cardJson';

// adaptivecards 3.x `lib` is ESM that Node cannot require; the UMD bundle parses and validates without a DOM.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC: typeof AdaptiveCards = require('adaptivecards/dist/adaptivecards.js');

export const maxCardBytes = 28 * 1024;
const maxVersion = 1.5;
const verbs = new Set<string>(Object.values(Verb));

export function cardProblems(card: JsonObject): string[] {
    return [...sdkProblems(card), ...structureProblems(card)];
}

function sdkProblems(card: JsonObject): string[] {
    const parsed = new AC.AdaptiveCard();
    const context = new AC.SerializationContext();
    parsed.parse(card, context);
    const parseEvents = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
    const validationEvents = parsed.validateProperties().validationEvents.map((event) => event.message);
    return [...parseEvents, ...validationEvents].map((message) => `SDK: ${message}`);
}

function structureProblems(card: JsonObject): string[] {
    const problems: string[] = [];
    const nodes = typedNodes(card);
    const ids = nodes.map((node) => node.id).filter((id): id is string => typeof id === 'string');

    const text = JSON.stringify(card);
    if (text.includes('${')) {
        problems.push('unresolved ${ in the output');
    }
    if (Buffer.byteLength(text, 'utf8') >= maxCardBytes) {
        problems.push(`serialized size ${Buffer.byteLength(text, 'utf8')} bytes ≥ ${maxCardBytes}`);
    }
    if (card.type !== 'AdaptiveCard' || !(Number(card.version) <= maxVersion)) {
        problems.push(`not an AdaptiveCard of version ≤ ${maxVersion}: ${String(card.type)} ${String(card.version)}`);
    }
    for (const id of new Set(ids)) {
        if (ids.filter((other) => other === id).length > 1) {
            problems.push(`duplicate id "${id}"`);
        }
    }
    for (const node of nodes) {
        problems.push(...nodeProblems(node, new Set(ids)));
    }
    problems.push(...colourOnColourProblems(card, undefined));
    return problems;
}

/** Container styles with a tinted background of their own (emphasis is neutral grey). */
const tintedStyles = new Set(['good', 'warning', 'attention', 'accent']);

/**
 * Coloured text on a tinted container (green on pale green, red on pink) is hard to read in Teams' themes: on those
 * the container's tint says the state, and its text keeps the default colour.
 */
function colourOnColourProblems(node: unknown, tint: string | undefined): string[] {
    if (Array.isArray(node)) return node.flatMap((item) => colourOnColourProblems(item, tint));
    if (node === null || typeof node !== 'object') return [];
    const element = node as JsonObject;
    const style = typeof element.style === 'string' && element.type !== 'TextBlock' && !String(element.type).startsWith('Action.') ? element.style : undefined;
    const inside = style !== undefined ? (tintedStyles.has(style) ? style : undefined) : tint;
    const colour = typeof element.color === 'string' ? element.color : undefined;
    const own = element.type === 'TextBlock' && inside && colour && colour !== 'Default' ? [`TextBlock "${String(element.text)}" is ${colour} on a ${inside} container`] : [];
    return [...own, ...Object.entries(element).flatMap(([key, value]) => (key === 'actions' ? [] : colourOnColourProblems(value, inside)))];
}

/** Parsed fine by the SDK but not supported by Teams. */
const teamsUnsupportedTypes = new Set(['Media']);
const teamsUnsupportedActionStyles = new Set(['positive', 'destructive']);

function nodeProblems(node: JsonObject, ids: Set<string>): string[] {
    const type = String(node.type);
    if (teamsUnsupportedTypes.has(type)) {
        return [`${type} is not supported in Teams`];
    }
    if (type.startsWith('Action.') && teamsUnsupportedActionStyles.has(String(node.style))) {
        return [`action style ${String(node.style)} is not supported in Teams`];
    }
    // A toggle's title sits beside the switch and names it; other inputs need a label.
    const naming = type === 'Input.Toggle' ? node.title : node.label;
    if (type.startsWith('Input.') && !(typeof naming === 'string' && naming.trim() !== '')) {
        return [`${type} "${String(node.id)}" has no label`];
    }
    if (type === 'Action.OpenUrl') {
        return /^https:\/\/[^\s]+$/.test(String(node.url)) ? [] : [`Action.OpenUrl "${String(node.title)}" has no https url`];
    }
    if (type === 'Action.ToggleVisibility') {
        return toggleTargets(node)
            .filter((target) => !ids.has(target))
            .map((target) => `ToggleVisibility "${String(node.title)}" targets missing id "${target}"`);
    }
    if (type.startsWith('Action.') && type !== 'Action.ShowCard') {
        const verb = (node.data as JsonObject | undefined)?.verb;
        const title = String(node.title);
        const problems = verbs.has(String(verb)) ? [] : [`${type} "${title}" has data.verb ${String(verb)}`];
        if (type === 'Action.Execute' && node.verb !== verb) {
            problems.push(`Action.Execute "${title}" verb ${String(node.verb)} differs from data.verb`);
        }
        return problems;
    }
    return [];
}

function toggleTargets(action: JsonObject): string[] {
    const targets = Array.isArray(action.targetElements) ? action.targetElements : [];
    return targets.map((target) => (typeof target === 'string' ? target : String((target as JsonObject).elementId)));
}
