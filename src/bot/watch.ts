import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { Verb } from '../cards/verbs';
import { watchListCard, watchListCardData } from '../cards/watchListCard';
import { GraphProblem } from '../graph/graphProblem';
import { recall, rememberDevice, type AppState } from '../memory/conversationMemory';
import type { BotDeps } from './deps';
import { reply } from './replies';
import { graphProblemText, replyLookupMiss } from './status';
import { askerOf, watchPlace } from './watchPlace';

/** Snooze lengths a card may ask for; anything else becomes the default. */
const SNOOZE_MINUTES = { default: 30, max: 240 };

const isPersonal = (context: TurnContext) => (context.activity.conversation?.conversationType ?? 'personal') === 'personal';

/** "watch PF3XYZ12", the Watch button: found like the status lookup finds it, then watched here. */
export async function startWatching(context: TurnContext, state: AppState, deps: BotDeps, query?: string): Promise<void> {
    const serial = query ?? recall(state).lastSerial;
    if (!serial) {
        await reply(context, 'Which device should I watch? Send its serial number, for example: watch PF3XYZ12');
        return;
    }
    try {
        const result = await deps.watches.watch(watchPlace(context), askerOf(context), serial);
        switch (result.kind) {
            case 'lookupMiss':
                await replyLookupMiss(context, result.lookup);
                return;
            case 'watching': {
                const { status } = result;
                rememberDevice(state, status.serial, status.device.os);
                const where = isPersonal(context) ? 'here' : 'in this chat';
                const lead = result.renewed ? `Still watching ${status.serial}, for another ${deps.watches.ttlHours} h from now.` : `Watching ${status.serial}.`;
                // Already ready or failed: the same one alert every watch gets, sent by the monitor, not a refusal.
                const promise = result.finished
                    ? `It is already there, so the alert comes ${where} in a moment.`
                    : `I'll tell you ${where} if it stalls, fails or is ready to Reseal (for the next ${deps.watches.ttlHours} h).`;
                await reply(context, `${lead} Right now: ${status.headline}. ${promise} Say "stop watching ${status.serial}" to end it.`);
                return;
            }
        }
    } catch (error) {
        if (!(error instanceof GraphProblem)) throw error;
        deps.logger.warn({ kind: error.kind, status: error.details.status, serial }, 'watch lookup failed');
        await reply(context, `I could not start watching ${serial}. ${graphProblemText(error)}`);
    }
}

export async function stopWatching(context: TurnContext, state: AppState, deps: BotDeps, query?: string): Promise<void> {
    const serial = query ?? recall(state).lastSerial;
    if (!serial) {
        await reply(context, 'Which device should I stop watching? For example: stop watching PF3XYZ12. Or say "what am I watching".');
        return;
    }
    const stopped = deps.watches.unwatch(watchPlace(context), serial);
    await reply(context, stopped ? `Stopped watching ${serial}. No more alerts about it here.` : `I was not watching ${serial} in this chat. Say "what am I watching" to see the list.`);
}

export async function stopWatchingAll(context: TurnContext, deps: BotDeps): Promise<void> {
    const count = deps.watches.unwatchAll(watchPlace(context));
    await reply(context, count > 0 ? `Stopped watching ${count} device${count === 1 ? '' : 's'} in this chat.` : 'I was not watching any device in this chat.');
}

export async function showWatchList(context: TurnContext, deps: BotDeps): Promise<void> {
    const entries = deps.watches.list(watchPlace(context));
    const text = entries.length === 0 ? 'I am not watching any device in this chat.' : `Watching ${entries.map((e) => e.serial).join(', ')}.`;
    await reply(context, text, watchListCard(watchListCardData(entries)));
}

const serialOf = (data: { serial?: unknown }) => (typeof data.serial === 'string' && data.serial.trim() ? data.serial.trim() : undefined);

/** Watch, Unwatch, Stop watching all and Snooze buttons (status, checklist, alert and watch-list cards). */
export function registerWatch(app: Application<AppState>, deps: BotDeps): void {
    app.adaptiveCards.actionSubmit<{ serial?: unknown }>(Verb.watch, (context, state, data) => startWatching(context, state, deps, serialOf(data)));
    app.adaptiveCards.actionSubmit<{ serial?: unknown }>(Verb.unwatch, (context, state, data) => stopWatching(context, state, deps, serialOf(data)));
    app.adaptiveCards.actionSubmit(Verb.unwatchAll, (context) => stopWatchingAll(context, deps));
    app.adaptiveCards.actionSubmit<{ serial?: unknown; minutes?: unknown }>(Verb.snooze, async (context, _state, data) => {
        const serial = serialOf(data);
        const asked = Number(data.minutes);
        const minutes = Number.isInteger(asked) && asked > 0 ? Math.min(asked, SNOOZE_MINUTES.max) : SNOOZE_MINUTES.default;
        const until = serial ? deps.watches.snooze(watchPlace(context), serial, minutes) : undefined;
        await reply(
            context,
            until
                ? `Snoozed ${serial} for ${minutes} min. If it is still stuck then, I'll tell you again.`
                : `I am not watching ${serial ?? 'that device'} in this chat any more, so there is nothing to snooze.`
        );
    });
}
