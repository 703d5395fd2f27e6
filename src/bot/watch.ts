import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { renderAlertCard } from '../cards/alertCard';
import { Verb, type WatchButtonCard } from '../cards/verbs';
import { formatTime } from '../cards/formatTime';
import { watchListCard, watchListCardData } from '../cards/watchListCard';
import { isSerialNumber } from '../domain/identifiers';
import { GraphProblem } from '../graph/graphProblem';
import { recall, rememberDevice, type AppState } from '../memory/conversationMemory';
import type { AlertSubject } from '../monitor/poller';
import type { ToldNow } from '../monitor/watchService';
import type { DeviceStatus } from '../status/types';
import { checklistView } from './checklist';
import type { BotDeps } from './deps';
import { type CardUpdate, onCardAction, reply, replyWith, showWorking } from './replies';
import { graphProblemText, lookupMissAnswer, statusCardFor, statusView } from './status';
import { timeZoneOf } from './timeZone';
import { alreadyText, toldNotice, unreadWatchText } from './watchWording';
import { askerOf, watchPlace } from './watchPlace';

/** Snooze lengths a card may ask for; anything else becomes the default. */
const SNOOZE_MINUTES = { default: 30, max: 240 };

const isPersonal = (context: TurnContext) => (context.activity.conversation?.conversationType ?? 'personal') === 'personal';

/** What a watch request did: the answer, the device's status when the lookup found it, and what it was told at once. */
interface WatchResult {
    answer: CardUpdate;
    status?: DeviceStatus;
    told?: ToldNow;
    /** Whether the device is watched now (false after a refusal, or when it had nothing left to wait for). */
    watching: boolean;
}

/** Finds the device like the status lookup does, then watches it here. */
async function watchDevice(context: TurnContext, state: AppState, deps: BotDeps, query?: string, inPlace = false): Promise<WatchResult> {
    const serial = query ?? recall(state).lastSerial;
    if (!serial) return { answer: 'Which device should I watch? Send its serial number, for example: watch PF3XYZ12', watching: false };
    // A card redrawn where it is announces no work (no typing before the update).
    if (!inPlace) await showWorking(context);
    const where = isPersonal(context) ? 'here' : 'in this chat';
    const hours = deps.watches.ttlHours;
    try {
        const result = await deps.watches.watch(watchPlace(context), askerOf(context), serial);
        if (result.kind === 'lookupMiss') return { answer: lookupMissAnswer(result.lookup), watching: false };
        if (result.kind === 'watchingUnread') {
            deps.logger.warn({ kind: result.problem.kind, status: result.problem.details.status, serial }, 'watching a device Graph could not read just now');
            return { answer: unreadWatchText(result.serial, result.problem, where, hours), watching: true };
        }
        const { status, told, watching } = result;
        rememberDevice(state, status.serial, status.device.os);
        const stop = `Say "stop watching ${status.serial}" to end it.`;
        // Already where an alert would tell it: said now, once, and the monitor does not say it again.
        if (told && !watching) return { answer: `${status.serial} ${alreadyText(told)}: nothing left to watch for, so I am not watching it.`, status, told, watching };
        const lead = result.renewed ? `Still watching ${status.serial}, for another ${hours} h from now.` : `Watching ${status.serial}.`;
        const answer = told
            ? `${lead} It ${alreadyText(told)}. I'll tell you ${where} when that changes (for the next ${hours} h). ${stop}`
            : `${lead} Right now: ${status.headline}. I'll tell you ${where} if it stalls, fails or is ready to Reseal (for the next ${hours} h). ${stop}`;
        return { answer, status, told, watching };
    } catch (error) {
        if (!(error instanceof GraphProblem)) throw error;
        deps.logger.warn({ kind: error.kind, status: error.details.status, serial }, 'watch lookup failed');
        return { answer: `I could not start watching ${serial}. ${graphProblemText(error)}`, watching: false };
    }
}

/** A typed watch's answer: the status card when the device is already where an alert would tell it, else a line. */
function watchReply(context: TurnContext, deps: BotDeps, { answer, status, told, watching }: WatchResult): CardUpdate {
    if (!told || !status || typeof answer !== 'string') return answer;
    return { summary: answer, card: statusCardFor(context, deps, status, toldNotice(told, watching)) };
}

function unwatchDevice(context: TurnContext, state: AppState, deps: BotDeps, query?: string): { answer: string; serial?: string } {
    const serial = query ?? recall(state).lastSerial;
    if (!serial) return { answer: 'Which device should I stop watching? For example: stop watching PF3XYZ12. Or say "what am I watching".' };
    const stopped = deps.watches.unwatch(watchPlace(context), serial);
    return {
        answer: stopped ? `Stopped watching ${serial}. No more alerts about it here.` : `I was not watching ${serial} in this chat. Say "what am I watching" to see the list.`,
        serial
    };
}

function unwatchAllText(context: TurnContext, deps: BotDeps): string {
    const count = deps.watches.unwatchAll(watchPlace(context));
    return count > 0 ? `Stopped watching ${count} device${count === 1 ? '' : 's'} in this chat.` : 'I was not watching any device in this chat.';
}

function watchListView(context: TurnContext, deps: BotDeps, summary?: string): CardUpdate {
    const entries = deps.watches.list(watchPlace(context));
    const listed = entries.length === 0 ? 'I am not watching any device in this chat.' : `Watching ${entries.map((e) => e.serial).join(', ')}.`;
    return { summary: summary ?? listed, card: watchListCard(watchListCardData(entries, timeZoneOf(context.activity))) };
}

/** "watch PF3XYZ12" typed: the answer as a new message; `also`, the other devices the same message named. */
export async function startWatching(context: TurnContext, state: AppState, deps: BotDeps, query?: string, also?: string[]): Promise<void> {
    if (query && also?.length) return watchSeveral(context, state, deps, [query, ...also]);
    await replyWith(context, watchReply(context, deps, await watchDevice(context, state, deps, query)));
}

export async function stopWatching(context: TurnContext, state: AppState, deps: BotDeps, query?: string, also?: string[]): Promise<void> {
    const serials = query && also?.length ? distinctSerials([query, ...also]).slice(0, MAX_DEVICES_PER_MESSAGE) : [query];
    await reply(context, serials.map((serial) => unwatchDevice(context, state, deps, serial).answer).join('\n'));
}

export async function stopWatchingAll(context: TurnContext, deps: BotDeps): Promise<void> {
    await reply(context, unwatchAllText(context, deps));
}

export async function showWatchList(context: TurnContext, deps: BotDeps): Promise<void> {
    await replyWith(context, watchListView(context, deps));
}

interface WatchButtonData extends Record<string, unknown> {
    serial?: unknown;
    /** The card the button is on (see WatchButtonCard); absent on older cards, whose answer is a line of text. */
    card?: unknown;
    /** On an alert: which alert it is (its deployment and ledger kind), to redraw it from what it showed. */
    deployment?: unknown;
    alert?: unknown;
    /** Snooze: for how long. */
    minutes?: unknown;
}

/** The serial a button carries, when it is one (anything else is "that device", never echoed back). */
const serialOf = (data: { serial?: unknown }) => (typeof data.serial === 'string' && isSerialNumber(data.serial.trim()) ? data.serial.trim() : undefined);

/** A click on an alert this conversation was never sent (an id the ledger did not issue, or malformed): nothing is done. */
const UNKNOWN_ALERT = 'I could not find that alert any more, so I changed nothing. Say "what am I watching" to see your watches, or "stop watching" and the serial.';

const unknownAlert = (context: TurnContext, deps: BotDeps, data: WatchButtonData) => data.card === 'alert' && !alertOf(context, deps, data, serialOf(data));

/** Ledger ids are short; anything else on a button is not one of ours. */
const ALERT_ID_MAX = 200;
const alertIdOf = (value: unknown) => (typeof value === 'string' && value.length > 0 && value.length <= ALERT_ID_MAX ? value : undefined);

/** The alert a button sat on, as it showed the device and with the watch as it stands now; undefined for an unknown one. */
function alertOf(context: TurnContext, deps: BotDeps, data: WatchButtonData, serial?: string): AlertSubject | undefined {
    const deploymentId = alertIdOf(data.deployment);
    const ledgerKind = alertIdOf(data.alert);
    if (!serial || !deploymentId || !ledgerKind) return undefined;
    const subject = deps.watches.alertAsItStands(watchPlace(context), serial, { deploymentId, ledgerKind });
    // Times in the zone of whoever pressed the button, when their client says it.
    return subject && { ...subject, timeZone: timeZoneOf(context.activity) ?? subject.timeZone };
}

/**
 * The card a Watch/Unwatch button sat on, redrawn with the watch as it now stands, the sentence as its summary: the
 * button turns into its opposite where it is, no second card. `status` is the device as the watch just read it.
 */
async function redrawn(context: TurnContext, state: AppState, deps: BotDeps, data: WatchButtonData, answer: string, serial?: string, watched?: WatchResult): Promise<CardUpdate> {
    const status = watched?.status;
    switch (data.card as WatchButtonCard) {
        case 'status': {
            if (status) return { summary: answer, card: statusCardFor(context, deps, status, watched.told && toldNotice(watched.told, watched.watching)) };
            const view = serial ? await statusView(context, state, deps, serial) : answer;
            return typeof view === 'string' ? answer : { ...view, summary: answer };
        }
        case 'checklist':
            return checklistView(context, state, deps, serial, answer);
        case 'watchList':
            return watchListView(context, deps, answer);
        case 'alert': {
            // An alert the ledger no longer has (or a button that is not ours) keeps its card; the line says what was done.
            const alert = alertOf(context, deps, data, serial);
            return alert ? { summary: answer, card: renderAlertCard(alert) } : answer;
        }
        default:
            return answer;
    }
}

/** No stall alerts for the device here for a while: says until when, in the presser's time. */
function snoozeText(context: TurnContext, deps: BotDeps, data: WatchButtonData): { answer: string; serial?: string } {
    const serial = serialOf(data);
    const asked = Number(data.minutes);
    const minutes = Number.isInteger(asked) && asked > 0 ? Math.min(asked, SNOOZE_MINUTES.max) : SNOOZE_MINUTES.default;
    const until = serial ? deps.watches.snooze(watchPlace(context), serial, minutes) : undefined;
    return {
        answer: until
            ? `Snoozed ${serial} for ${minutes} min, until ${formatTime(until.toISOString(), timeZoneOf(context.activity))}. If it is still stuck then, I'll tell you again.`
            : `I am not watching ${serial ?? 'that device'} in this chat any more, so there is nothing to snooze.`,
        serial
    };
}

/**
 * Watch, Unwatch, Stop watching all and Snooze update the card they are on (status, checklist, watch list, alert),
 * the sentence as its summary; from a card that is not redrawn (an old one), the answer is a line of text.
 */
export function registerWatch(app: Application<AppState>, deps: BotDeps): void {
    onCardAction<WatchButtonData>(app, Verb.watch, async (context, state, data) => {
        if (unknownAlert(context, deps, data)) return UNKNOWN_ALERT;
        const watched = await watchDevice(context, state, deps, serialOf(data), true);
        // A device the lookup could not pin down answers with its own notice card.
        if (typeof watched.answer !== 'string') return watched.answer;
        return redrawn(context, state, deps, data, watched.answer, watched.status?.serial ?? serialOf(data), watched);
    });
    onCardAction<WatchButtonData>(app, Verb.unwatch, async (context, state, data) => {
        if (unknownAlert(context, deps, data)) return UNKNOWN_ALERT;
        const { answer, serial } = unwatchDevice(context, state, deps, serialOf(data));
        return redrawn(context, state, deps, data, answer, serial);
    });
    onCardAction<WatchButtonData>(app, Verb.unwatchAll, async (context, state, data) => redrawn(context, state, deps, data, unwatchAllText(context, deps)));
    onCardAction<WatchButtonData>(app, Verb.snooze, async (context, state, data) => {
        if (unknownAlert(context, deps, data)) return UNKNOWN_ALERT;
        const { answer, serial } = snoozeText(context, deps, data);
        return redrawn(context, state, deps, data, answer, serial);
    });
}

/** Most devices one message may name for watching: a bench cart, not a fleet (the reply stays one short bubble). */
export const MAX_DEVICES_PER_MESSAGE = 10;

/** "watch PF3XYZ12, CZC2410A01 and 5CD4017HJT": every device named is watched, answered in one message. */
async function watchSeveral(context: TurnContext, state: AppState, deps: BotDeps, serials: string[]): Promise<void> {
    const named = distinctSerials(serials);
    const lines: string[] = [];
    let watched = 0;
    for (const serial of named.slice(0, MAX_DEVICES_PER_MESSAGE)) {
        const { answer, status, told, watching } = await watchDevice(context, state, deps, serial);
        if (watching) watched++;
        const already = told && `${status?.serial} ${alreadyText(told)}${watching ? '' : ' (nothing left to watch for)'}`;
        const line = already ?? (status ? `${status.serial}: ${status.headline}` : typeof answer === 'string' ? answer : answer.summary);
        lines.push(`- ${line}`);
    }
    const where = isPersonal(context) ? 'here' : 'in this chat';
    const head = `Watching ${watched} of ${Math.min(named.length, MAX_DEVICES_PER_MESSAGE)} devices. I'll tell you ${where} when one stalls, fails or is ready to Reseal (for the next ${deps.watches.ttlHours} h).`;
    const cut = named.length > MAX_DEVICES_PER_MESSAGE ? `\nI watch at most ${MAX_DEVICES_PER_MESSAGE} devices per message: send the other ${named.length - MAX_DEVICES_PER_MESSAGE} in another.` : '';
    await reply(context, `${head}\n${lines.join('\n')}${cut}`);
}

/** Each device of a list once, whatever case it was typed in. */
function distinctSerials(serials: string[]): string[] {
    return [...new Set(serials.map((s) => s.toUpperCase()))];
}
