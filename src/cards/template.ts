import * as ACData from 'adaptivecards-templating';
import { Attachment, CardFactory } from 'botbuilder';

/** An expanded Adaptive Card, ready to send. */
export type CardJson = Record<string, unknown>;

/** Thrown when a template binding found no data: a `${...}` would reach the user verbatim. */
export class UnresolvedBindingError extends Error {
    constructor(templateName: string, readonly leftovers: string[]) {
        super(`Card template "${templateName}" left unresolved bindings: ${leftovers.join(', ')}`);
        this.name = 'UnresolvedBindingError';
    }
}

/**
 * A card template (JSON in /cards) compiled once and expanded per message.
 * Card data binds `null` for "absent"; null properties are dropped from the output,
 * so optional action data such as `serial` simply does not appear.
 */
export class CardTemplate<TData extends object> {
    private readonly template: ACData.Template;

    constructor(
        readonly name: string,
        json: object
    ) {
        this.template = new ACData.Template(json);
    }

    expand(data: TData): CardJson {
        const expanded = withoutNulls(this.template.expand({ $root: data })) as CardJson;
        const leftovers = unresolvedBindings(expanded, data);
        if (leftovers.length > 0) {
            throw new UnresolvedBindingError(this.name, leftovers);
        }
        return expanded;
    }

    attachment(data: TData): Attachment {
        return CardFactory.adaptiveCard(this.expand(data));
    }
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
