import { ActivityTypes, TeamsInfo, TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { caseHistoryCard, caseHistoryCardData, caseListCard, caseListCardData } from '../cards/caseListCards';
import { caseUpdateCard, caseUpdateCardData, caseUpdateText } from '../cards/caseUpdateCard';
import { helpdeskCaseCard, helpdeskCaseCardData } from '../cards/helpdeskCaseCard';
import { deviceNotFoundNotice, noticeCard } from '../cards/noticeCard';
import { Verb } from '../cards/verbs';
import type { Actor, CaseActionKind } from '../escalation/escalationService';
import { formatCaseNumber } from '../escalation/caseNumber';
import type { EscalationCommand } from '../escalation/commands';
import { channelOf, describeChannel, tenantOf } from '../escalation/helpdeskChannel';
import { deviceSnapshot } from '../escalation/snapshot';
import type { CaseSource, DeviceSnapshot, Person } from '../escalation/types';
import { noChannelText, refusalText, whereChannelText } from '../escalation/wording';
import { withDeadline } from '../domain/deadline';
import { GraphProblem } from '../graph/graphProblem';
import { checklistItems } from '../knowledge';
import { conversationKey } from '../store/conversationReferences';
import type { BotDeps } from './deps';
import { findSerials } from '../domain/identifiers';
import { reply } from './replies';
import { partialSerialHint } from './status';
import { AppState, checklistTicks, recall, rememberDevice } from '../memory/conversationMemory';

/** Where escalations come from on cards: the Escalate buttons say so in `source`; the status card's is the default. */
const cardSources = new Set<CaseSource>(['status', 'alert', 'error', 'unsure']);

function personOf(context: TurnContext): Person {
    const from = context.activity.from ?? { id: '', name: '' };
    return { id: from.id, name: from.name || 'Someone', ...(from.aadObjectId ? { aadObjectId: from.aadObjectId } : {}) };
}

function actorOf(context: TurnContext): Actor {
    return { tenantId: tenantOf(context.activity), person: personOf(context), channelId: channelOf(context.activity)?.id };
}

function caseNumberFrom(data: { caseNumber?: unknown }): number | undefined {
    const n = Number(data.caseNumber);
    return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

const textOf = (value: unknown) => (typeof value === 'string' ? value : undefined);

interface EscalateRequest {
    serial?: string;
    note?: string;
    source: CaseSource;
    alertKind?: string;
}

/** The device as Intune has it now, for the helpdesk; a lookup that cannot be answered is replied to here. */
async function currentDevice(
    context: TurnContext,
    state: AppState,
    deps: BotDeps,
    serial: string,
    alertKind?: string
): Promise<{ serial: string; device?: DeviceSnapshot } | undefined> {
    try {
        const result = await deps.statusService.lookup(serial);
        switch (result.kind) {
            case 'found': {
                const ticks = checklistTicks(state, result.status.serial);
                return { serial: result.status.serial, device: deviceSnapshot(result.status, checklistItems, ticks, alertKind) };
            }
            case 'ambiguous':
                await reply(
                    context,
                    `Several devices match "${result.query}". Which one should I escalate? Say "escalate" with the full serial.`,
                    noticeCard({ title: 'Which device?', text: `Serials that contain ${result.query}:`, serialChoices: result.serials })
                );
                return undefined;
            case 'notFound': {
                const hint = partialSerialHint(result.query) ?? ' Check the serial on the label.';
                await reply(context, `I couldn't find a device with serial ${result.query} in Intune Autopilot, so I did not escalate it.${hint}`, noticeCard(deviceNotFoundNotice(result.query, result.closeMatches)));
                return undefined;
            }
            default:
                await reply(context, 'That does not look like a serial number. Say for example: escalate PF3XYZ12 red screen after the apps step');
                return undefined;
        }
    } catch (error) {
        if (!(error instanceof GraphProblem)) throw error;
        // The helpdesk still needs the case; they will read Intune themselves.
        deps.logger.warn({ kind: error.kind, serial }, 'escalating without live status: Graph lookup failed');
        return { serial: serial.toUpperCase() };
    }
}

async function escalateDevice(context: TurnContext, state: AppState, deps: BotDeps, request: EscalateRequest): Promise<void> {
    const serial = request.serial ?? recall(state).lastSerial;
    if (!serial) {
        await reply(context, 'Which device should I escalate? Say for example: escalate PF3XYZ12 red screen after the apps step');
        return;
    }
    const tenantId = tenantOf(context.activity);
    const reference = TurnContext.getConversationReference(context.activity);
    if (!deps.escalation.helpdeskChannel(tenantId, reference)?.reference) {
        await reply(context, noChannelText);
        return;
    }
    const found = await currentDevice(context, state, deps, serial, request.alertKind);
    if (!found) return;
    rememberDevice(state, found.serial);
    const result = await deps.escalation.escalate(
        {
            tenantId,
            serial: found.serial,
            source: request.source,
            technician: personOf(context),
            technicianConversation: conversationKey(reference),
            device: found.device,
            note: request.note
        },
        reference
    );
    if (result.kind === 'noChannel') {
        await reply(context, noChannelText);
        return;
    }
    const event = result.case.history[result.case.history.length - 1];
    const place = describeChannel(result.channel);
    const delivery = {
        posted: '',
        pending: ' The helpdesk channel is busy: the case card will appear there in a moment.',
        failed: ' The case is recorded, but the helpdesk channel did not accept the message just now: escalate again in a few minutes to retry.'
    }[result.posted];
    await reply(context, `${caseUpdateText(result.case, event, place)}${delivery}`, caseUpdateCard(caseUpdateCardData(result.case, event, place)));
}

/** "escalate PF3XYZ12 red screen after the apps step" → the serial and the note. */
function splitEscalation(rest: string): { serial?: string; note?: string } {
    const serial = findSerials(rest)[0];
    const note = (serial ? rest.replace(serial, ' ') : rest).replace(/^[\s:,.;-]+/, '').replace(/\s+/g, ' ').trim();
    return { serial, note: note || undefined };
}

async function act(context: TurnContext, deps: BotDeps, caseNumber: number, action: CaseActionKind, text?: string): Promise<void> {
    const result = deps.escalation.act(actorOf(context), caseNumber, action, text);
    if (result.kind === 'refused') {
        await reply(context, refusalText(result.refusal, caseNumber, action));
        return;
    }
    const label = formatCaseNumber(caseNumber);
    const done = { take: `You took ${label}.`, note: `Note added to ${label}.`, resolve: `${label} is resolved.` }[action];
    await reply(context, `${done} ${result.case.technician.id === personOf(context).id ? 'The helpdesk card is updated.' : 'The technician has been told.'}`);
}

async function showCase(context: TurnContext, deps: BotDeps, caseNumber: number): Promise<void> {
    const found = deps.escalation.view(actorOf(context), caseNumber);
    if (found.kind !== 'found') {
        await reply(context, refusalText({ reason: found.kind }, caseNumber, 'view'));
        return;
    }
    const escalation = found.case;
    await reply(context, `${formatCaseNumber(caseNumber)}: ${escalation.history.length} entries in its history.`, caseHistoryCard(caseHistoryCardData(escalation)));
}

/** Longest the channel's and team's names may take to look up: registration works without them. */
const NAME_LOOKUP_MS = 3000;

/**
 * Teams names the channel and team only in some activities; the helpdesk should read "Escalations in team Helpdesk",
 * not an id, so missing names are asked of Teams (best effort).
 */
async function withNames(context: TurnContext, deps: BotDeps, channel: NonNullable<ReturnType<typeof channelOf>>): Promise<typeof channel> {
    if ((channel.name && channel.teamName) || !channel.teamId) return channel;
    const teamId = channel.teamId;
    const timeout = () => new Error('Teams did not name the channel in time');
    try {
        const [channels, team] = await withDeadline(Promise.all([TeamsInfo.getTeamChannels(context, teamId), TeamsInfo.getTeamDetails(context, teamId)]), NAME_LOOKUP_MS, timeout);
        // The General channel's id is the team's and comes back without a name.
        const listed = channels.find((c) => c.id === channel.id);
        const name = channel.name ?? listed?.name ?? (listed && channel.id === teamId ? 'General' : undefined);
        return { ...channel, name, teamName: channel.teamName ?? team.name };
    } catch (error) {
        deps.logger.info({ err: (error as Error).message }, 'helpdesk channel registered without its name');
        return channel;
    }
}

/** A typed escalation command (the free-text dispatcher's `escalation` intent). */
export async function runEscalationCommand(context: TurnContext, state: AppState, deps: BotDeps, command: EscalationCommand): Promise<void> {
    const actor = actorOf(context);
    switch (command.kind) {
        case 'registerChannel': {
            const named = channelOf(context.activity);
            if (!named) {
                await reply(context, 'Say this in the helpdesk channel itself: add me to the helpdesk team, then in the channel @mention me with "use this channel for escalations".');
                return;
            }
            const channel = await withNames(context, deps, named);
            const result = deps.escalation.registerChannel(actor, TurnContext.getConversationReference(context.activity), channel);
            if (result.kind === 'forbidden') {
                await reply(context, 'Sorry, only helpdesk admins (HELPDESK_ADMIN_IDS) can choose where escalations go. Nothing was changed.');
                return;
            }
            const replaced = result.replaced ? ` They used to go to ${describeChannel(result.replaced)}.` : '';
            await reply(context, `Done: escalations from this organization now open a new thread here, in ${describeChannel(result.channel)}.${replaced} Take, Add note and Resolve work from the cards in this channel.`);
            return;
        }
        case 'whereChannel':
            await reply(context, whereChannelText(deps.escalation.helpdeskChannel(actor.tenantId)));
            return;
        case 'escalate':
            await escalateDevice(context, state, deps, { ...splitEscalation(command.rest), source: 'typed' });
            return;
        case 'note':
            await act(context, deps, command.caseNumber, 'note', command.text);
            return;
        case 'take':
            await act(context, deps, command.caseNumber, 'take');
            return;
        case 'resolve':
            await act(context, deps, command.caseNumber, 'resolve', command.text);
            return;
        case 'show':
            await showCase(context, deps, command.caseNumber);
            return;
        case 'myCases': {
            const cases = deps.escalation.myOpenCases(actor);
            await reply(context, `You have ${cases.length} open ${cases.length === 1 ? 'case' : 'cases'}.`, caseListCard(caseListCardData('Your open cases', 'None: everything you escalated is resolved.', cases, deps.now())));
            return;
        }
        case 'openCases': {
            const cases = deps.escalation.openCases(actor);
            if (!cases) {
                const mine = deps.escalation.myOpenCases(actor);
                await reply(context, `The full list is for the helpdesk channel. Here are yours: ${mine.length} open.`, caseListCard(caseListCardData('Your open cases', 'None: everything you escalated is resolved.', mine, deps.now())));
                return;
            }
            await reply(context, `${cases.length} open ${cases.length === 1 ? 'case' : 'cases'}.`, caseListCard(caseListCardData('Open helpdesk cases', 'No open cases. Nice.', cases, deps.now())));
            return;
        }
    }
}

/** Helpdesk escalation's card actions: escalate, hand-off from the channel card, notes, history. Typed commands arrive as the `escalation` intent. */
export function registerEscalation(app: Application<AppState>, deps: BotDeps): void {
    app.adaptiveCards.actionSubmit<{ serial?: unknown; note?: unknown; source?: unknown; alertKind?: unknown }>(Verb.escalate, async (context, state, data) => {
        const source = cardSources.has(data.source as CaseSource) ? (data.source as CaseSource) : data.alertKind ? 'alert' : 'status';
        await escalateDevice(context, state, deps, { serial: textOf(data.serial), note: textOf(data.note), source, alertKind: textOf(data.alertKind) });
    });

    // The channel card's buttons. The answer replaces the card for everyone (it carries `refresh`); a refusal is
    // shown to the one who pressed and leaves the card as it was.
    const executeVerbs: [string, CaseActionKind][] = [
        [Verb.caseTake, 'take'],
        [Verb.caseNote, 'note'],
        [Verb.caseResolve, 'resolve']
    ];
    for (const [verb, action] of executeVerbs) {
        app.adaptiveCards.actionExecute<{ caseNumber?: unknown; note?: unknown }>(verb, async (context, _state, data) => {
            const caseNumber = caseNumberFrom(data);
            if (caseNumber === undefined) return 'That card is missing its case number. Say "open cases" to find the case.';
            const result = deps.escalation.act(actorOf(context), caseNumber, action, textOf(data.note), true);
            if (result.kind === 'refused') return refusalText(result.refusal, caseNumber, action);
            return helpdeskCaseCard(helpdeskCaseCardData(result.case, deps.now())).content;
        });
        // Older clients send the fallback Action.Submit; the technician's update card sends its note this way too.
        app.adaptiveCards.actionSubmit<{ caseNumber?: unknown; note?: unknown }>(verb, async (context, _state, data) => {
            const caseNumber = caseNumberFrom(data);
            if (caseNumber === undefined) return reply(context, 'That card is missing its case number. Say "my open cases" to find the case.');
            return act(context, deps, caseNumber, action, textOf(data.note));
        });
    }

    // Each viewer's client asks for the current card. Answered directly: this is a read, not a change to send to all.
    app.adaptiveCards.actionExecute<{ caseNumber?: unknown }>(Verb.caseRefresh, async (context, _state, data) => {
        const caseNumber = caseNumberFrom(data);
        const found = caseNumber === undefined ? undefined : deps.escalation.view(actorOf(context), caseNumber);
        if (!found || found.kind !== 'found') return 'This case is not available here.';
        await context.sendActivity({
            type: ActivityTypes.InvokeResponse,
            value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: helpdeskCaseCard(helpdeskCaseCardData(found.case, deps.now())).content } }
        });
        return '';
    });

    app.adaptiveCards.actionSubmit<{ caseNumber?: unknown }>(Verb.caseShow, async (context, _state, data) => {
        const caseNumber = caseNumberFrom(data);
        if (caseNumber === undefined) return reply(context, 'That card is missing its case number. Say "my open cases" to find the case.');
        return showCase(context, deps, caseNumber);
    });
}
