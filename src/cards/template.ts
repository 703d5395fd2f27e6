import * as ACData from 'adaptivecards-templating';
import { Attachment, CardFactory } from 'botbuilder';
import deviceFailures from '../../cards/fragments/deviceFailures.json';
import devicePhases from '../../cards/fragments/devicePhases.json';
import deviceWaitingOn from '../../cards/fragments/deviceWaitingOn.json';

/**
 * Parts several templates show the same way, in cards/fragments/: a template names one with `{ "$fragment": name }`
 * where the part goes, and it is put in when the template is compiled.
 */
const fragments: Record<string, object> = { devicePhases, deviceFailures, deviceWaitingOn };

/** An expanded Adaptive Card, ready to send. */
export type CardJson = Record<string, unknown>;

/** Thrown when a template binding found no data: a `${...}` would reach the user verbatim. */
export class UnresolvedBindingError extends Error {
    constructor(templateName: string, readonly leftovers: string[]) {
        super(`Card template "${templateName}" left unresolved bindings: ${leftovers.join(', ')}`);
        this.name = 'UnresolvedBindingError';
    }
}

/** Distinct cards remembered per template; the oldest is forgotten first. */
const RENDERED_CARDS_KEPT = 500;

/**
 * A card template (JSON in /cards) compiled once and expanded per message.
 * Card data binds `null` for "absent"; null properties are dropped from the output,
 * so optional action data such as `serial` simply does not appear.
 * Expansion is a pure function of the data and costs far more than a lookup, so recent results are kept:
 * knowledge, help and step cards are expanded once. Expanded cards are shared and must not be mutated.
 */
export class CardTemplate<TData extends object> {
    private readonly template: ACData.Template;
    private readonly rendered = new Map<string, CardJson>();

    constructor(
        readonly name: string,
        json: object
    ) {
        this.template = new ACData.Template(withFragments(name, json));
    }

    expand(data: TData): CardJson {
        const key = JSON.stringify(data);
        const kept = this.rendered.get(key);
        if (kept) {
            this.rendered.delete(key);
            this.rendered.set(key, kept);
            return kept;
        }
        const expanded = withoutNulls(this.template.expand({ $root: data })) as CardJson;
        const leftovers = unresolvedBindings(expanded, data);
        if (leftovers.length > 0) {
            throw new UnresolvedBindingError(this.name, leftovers);
        }
        if (this.rendered.size >= RENDERED_CARDS_KEPT) this.rendered.delete(this.rendered.keys().next().value as string);
        this.rendered.set(key, expanded);
        return expanded;
    }

    attachment(data: TData): Attachment {
        return CardFactory.adaptiveCard(this.expand(data));
    }
}

function withFragments(templateName: string, value: unknown): unknown {
    if (Array.isArray(value)) return value.map((item) => withFragments(templateName, item));
    if (value === null || typeof value !== 'object') return value;
    const fragmentName = (value as { $fragment?: unknown }).$fragment;
    if (typeof fragmentName === 'string') {
        const fragment = fragments[fragmentName];
        if (!fragment) throw new Error(`Card template "${templateName}" names an unknown fragment "${fragmentName}"`);
        return withFragments(templateName, fragment);
    }
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withFragments(templateName, item)]));
}

function withoutNulls(value: unknown): unknown {
    if (Array.isArray(value)) {
        return value.map(withoutNulls);
    }
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value).filter(([, v]) => v !== null);
        return Object.fromEntries(entries.map(([k, v]) => [k, withoutNulls(v)]));
    }
    return value;
}

/** `${...}` in the output that did not come from the data itself (user text may legitimately contain `${`). */
function unresolvedBindings(card: unknown, data: object): string[] {
    const dataTexts = stringsIn(data).filter((text) => text.includes('${'));
    return stringsIn(card)
        .map((text) => dataTexts.reduce((rest, dataText) => rest.split(dataText).join(''), text))
        .flatMap((rest) => rest.match(/\$\{[^}]*\}?/g) ?? []);
}

function stringsIn(value: unknown): string[] {
    if (typeof value === 'string') {
        return [value];
    }
    if (value !== null && typeof value === 'object') {
        return Object.values(value).flatMap(stringsIn);
    }
    return [];
}
