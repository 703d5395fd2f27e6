import type { Attachment, TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { deviceNotFoundNotice, noticeCard } from '../cards/noticeCard';
import { statusCard, statusCardData, type StatusNotice } from '../cards/statusCard';
import { Verb } from '../cards/verbs';
import { isGuid, SERIAL_RULE_IN_WORDS } from '../domain/identifiers';
import { GraphProblem } from '../graph/graphProblem';
import { MIN_PARTIAL_SERIAL, type StatusLookup } from '../status/statusService';
import type { DeviceStatus } from '../status/types';
import type { BotDeps } from './deps';
import { watchPlace } from './watchPlace';
import { CardUpdate, onCardAction, reply, replyWith, showWorking } from './replies';
import { timeZoneOf } from './timeZone';
import { recall, rememberDeviceStatus, type AppState, type DeviceInFocus } from '../memory/conversationMemory';

/** Plain words for a Graph failure: what happened and what the technician (or admin) can do. */
export function graphProblemText(problem: GraphProblem): string {
    switch (problem.kind) {
        case 'throttled':
            return `Intune is busy right now (Microsoft Graph is throttling requests). Try again in ${problem.details.retryAfterSeconds ?? 30} s.`;
        case 'forbidden':
            return `The bot is not allowed to read this from Intune: it needs the Microsoft Graph application permission ${problem.details.permission} with admin consent. Please ask your Intune admin.`;
        case 'unauthorized':
            return 'The bot could not sign in to Microsoft Graph. Please ask your admin to check the bot\'s Azure credentials.';
        case 'badRequest':
            return 'Intune refused that lookup. Check the serial number and try again.';
        case 'network':
            return 'I could not reach Intune (Microsoft Graph) just now. Try again in a minute.';
        case 'timeout':
            return 'Intune is not answering right now (Microsoft Graph did not reply in time). Try again in a minute.';
        case 'unreadable':
            return 'Intune answered something I could not read, so I cannot tell you this device\'s status. Try again in a minute; if it keeps happening, ask your admin to check the Graph endpoint.';
        default:
            return `Intune (Microsoft Graph) is not answering right now${problem.details.status ? ` (HTTP ${problem.details.status})` : ''}. Try again in a minute.`;
    }
}

/** Parts of serials shorter than the search allows are not searched: says how much more to send (with a leading space). */
export function partialSerialHint(query: string): string | undefined {
    return query.length < MIN_PARTIAL_SERIAL ? ` If that is part of a serial, send at least ${MIN_PARTIAL_SERIAL} characters of it.` : undefined;
}

/** A serial the lookup could not pin down: a chooser for several matches, suggestions for a near miss. */
export function lookupMissAnswer(result: Exclude<StatusLookup, { kind: 'found' }>): CardUpdate {
    switch (result.kind) {
        case 'ambiguous':
            return {
                summary: `Several devices match "${result.query}". Which one?`,
                card: noticeCard({ title: 'Which device?', text: `Several devices have a serial that contains ${result.query}. Which one?`, serialChoices: result.serials })
            };
        case 'notFound': {
            if (isGuid(result.query)) {
                return `I couldn't find a device with Autopilot id ${result.query} in Intune Autopilot. It may have been deleted, or registered in another tenant. Send me its serial number instead.`;
            }
            const guesses = result.closeMatches.length ? ` Did you mean ${result.closeMatches.join(' or ')}?` : '';
            return { summary: `Intune has no Autopilot device with serial ${result.query}.${guesses}${partialSerialHint(result.query) ?? ''}`, card: noticeCard(deviceNotFoundNotice(result.query, result.closeMatches)) };
        }
        default:
            return 'That does not look like a serial number. Serials are 4 to 30 letters, digits or hyphens, for example PF3XYZ12.';
    }
}

/** Too little of a serial to look up: asked for more rather than guessed. */
export function replySerialTooShort(context: TurnContext, fragment: string): Promise<void> {
    return reply(
        context,
        `"${fragment}" is too short to find one device: send at least ${MIN_PARTIAL_SERIAL} characters of the serial (the whole serial is best), for example PF3XYZ12.`
    );
}

export async function replyLookupMiss(context: TurnContext, result: Exclude<StatusLookup, { kind: 'found' }>): Promise<void> {
    await replyWith(context, lookupMissAnswer(result));
}

/** Longest part of a non-serial quoted back: a pasted page must not come back whole. */
const QUOTED_MAX = 24;

/** For "status <not a serial>" (or watch, stop watching): what was wrong with it, and the question again. */
export function notASerialAnswer(sent: string, example: string): string {
    const quoted = sent.length > QUOTED_MAX ? `${sent.slice(0, QUOTED_MAX)}…` : sent;
    return `"${quoted}" isn't a serial number I can look up: a serial is ${SERIAL_RULE_IN_WORDS}. Which device? For example: ${example}`;
}

/** A device's provisioning status, read live from Graph and explained, in the technician's time zone. */
export async function statusView(context: TurnContext, state: AppState, deps: BotDeps, query?: string): Promise<CardUpdate> {
    const serial = query ?? recall(state).lastSerial;
    if (!serial) return 'Which device? Send me its serial number, for example: status PF3XYZ12';
    await showWorking(context);
    try {
        const result = await deps.statusService.lookup(serial);
        if (result.kind !== 'found') return lookupMissAnswer(result);
        const { status } = result;
        rememberDeviceStatus(state, { serial: status.serial, nextStep: status.nextStep, errorCode: status.errorCode }, status.device.os);
        return { summary: `${status.serial}: ${status.headline}.`, card: statusCardFor(context, deps, status) };
    } catch (error) {
        if (!(error instanceof GraphProblem)) throw error;
        deps.logger.warn({ kind: error.kind, status: error.details.status, serial }, 'status lookup failed');
        return graphProblemText(error);
    }
}

/** The status card as this conversation sees it: in the technician's time zone, Watch or Unwatch as it stands here. */
export function statusCardFor(context: TurnContext, deps: BotDeps, status: DeviceStatus, notice?: StatusNotice): Attachment {
    const watching = deps.watches.isWatching(watchPlace(context), status.serial);
    return statusCard(statusCardData(status, { watching, timeZone: timeZoneOf(context.activity), notice }));
}

export async function showStatus(context: TurnContext, state: AppState, deps: BotDeps, query?: string): Promise<void> {
    await replyWith(context, await statusView(context, state, deps, query));
}

export function registerStatus(app: Application<AppState>, deps: BotDeps): void {
    // Refresh, and a pick among similar serials, answer in place of the card they were on.
    onCardAction<{ serial?: unknown }>(app, Verb.status, async (context, state, data) =>
        statusView(context, state, deps, typeof data.serial === 'string' ? data.serial : undefined)
    );
}

/** "What now?" right after a status card: the device's next step, as the card said it. */
export function replyDeviceNextStep(context: TurnContext, device: DeviceInFocus): Promise<void> {
    return reply(context, `${device.serial}: ${device.nextStep}`);
}

/** Said under the one status card when a message named several devices (`named`, the one shown first). */
export function severalDevicesNote(named: string[]): string {
    const all = named.map((s) => s.toUpperCase());
    return `You named ${all.length} devices: this is ${all[0]}. Ask "status ${all[1]}" for the next, or say "watch ${all.join(' ')}" and I'll tell you when each one is done.`;
}
