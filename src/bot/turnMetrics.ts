import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import type { AppState } from '../memory/conversationMemory';
import { Verb } from '../cards/verbs';
import type { BotMetrics } from '../ops/metrics';

const KNOWN_VERBS = new Set<string>(Object.values(Verb));

/**
 * The verb of a card button press: Action.Execute arrives as an `adaptiveCard/action` invoke, Action.Submit as a
 * message with a value and no text. Verbs outside the bot's own list count as "unknown", so a caller inventing
 * verbs cannot grow the metrics without bound.
 */
export function cardActionVerb(activity: TurnContext['activity']): string | undefined {
    const value = activity.value as { verb?: unknown; action?: { verb?: unknown } } | undefined;
    let verb: unknown;
    if (activity.type === 'invoke' && activity.name === 'adaptiveCard/action') verb = value?.action?.verb;
    else if (activity.type === 'message' && !activity.text?.trim() && value && typeof value === 'object') verb = value.verb;
    else return undefined;
    return typeof verb === 'string' && KNOWN_VERBS.has(verb) ? verb : 'unknown';
}

/** Counts every card button press before the routes run. */
export function countCardActions(app: Application<AppState>, metrics: BotMetrics): void {
    app.turn('beforeTurn', async (context) => {
        const verb = cardActionVerb(context.activity);
        if (verb) metrics.cardAction(verb);
        return true;
    });
}
