/** Looking inside expanded card JSON in tests. */
export type JsonObject = Record<string, unknown>;

/** Every element and action in the card (fallbacks included), not looking inside action data. */
export function typedNodes(value: unknown): JsonObject[] {
    if (Array.isArray(value)) {
        return value.flatMap(typedNodes);
    }
    if (value === null || typeof value !== 'object') {
        return [];
    }
    const node = value as JsonObject;
    const children = Object.entries(node)
        .filter(([key]) => key !== 'data')
        .flatMap(([, child]) => typedNodes(child));
    return typeof node.type === 'string' ? [node, ...children] : children;
}

/** The data of every action in card order (fallbacks left out: they repeat their action's data). */
export function actionData(card: JsonObject): JsonObject[] {
    return actions(card).map((action) => action.data as JsonObject);
}

/** Actions in card order, without fallbacks and without ToggleVisibility (which carries no data). */
export function actions(card: JsonObject): JsonObject[] {
    const nodes = typedNodes(card);
    const fallbacks = new Set(nodes.map((node) => node.fallback));
    const carriesData = (node: JsonObject) =>
        String(node.type).startsWith('Action.') && node.type !== 'Action.ToggleVisibility';
    return nodes.filter((node) => carriesData(node) && !fallbacks.has(node));
}

export function actionTitles(card: JsonObject): string[] {
    return actions(card).map((action) => String(action.title));
}

export function nodesOfType(card: JsonObject, type: string): JsonObject[] {
    return typedNodes(card).filter((node) => node.type === type);
}

/** Every TextBlock text and FactSet fact, in card order, as one string. */
export function cardText(card: JsonObject): string {
    const parts = typedNodes(card).flatMap((node) => {
        if (node.type === 'TextBlock') {
            return [String(node.text)];
        }
        if (node.type === 'FactSet') {
            return (node.facts as JsonObject[]).map((fact) => `${String(fact.title)}: ${String(fact.value)}`);
        }
        if (node.type === 'Input.Toggle') {
            return [String(node.label), String(node.title)];
        }
        return [];
    });
    return parts.join('\n');
}
