import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import type { AssignCommand } from '../assign/commands';
import type { Confirmed, Prepared } from '../assign/assignmentService';
import { assignChooseCard, assignChooseCardData } from '../cards/assignChooseCard';
import { assignConfirmCard, assignConfirmCardData } from '../cards/assignConfirmCard';
import { assignHistoryCard, assignHistoryCardData } from '../cards/assignHistoryCard';
import { assignStartCard, assignStartCardData, describeUser } from '../cards/assignStartCard';
import { noticeCard } from '../cards/noticeCard';
import { Verb } from '../cards/verbs';
import type { DeviceCode, DeviceCodeProblem } from '../domain/deviceCode';
import { tenantOf } from '../escalation/helpdeskChannel';
import { GraphProblem } from '../graph/graphProblem';
import { recall, rememberDevice, type AppState } from '../memory/conversationMemory';
import type { Assigner } from '../store/assignments';
import type { BotDeps } from './deps';
import { type CardUpdate, onCardAction, reply } from './replies';
import { graphProblemText, replyLookupMiss, showStatus, statusCardFor } from './status';

/** What assignment does today, told after every change so nobody expects the old sign-in pre-fill. */
const WHAT_ASSIGNMENT_DOES =
    'Assigning a user makes Intune install that user\'s device-targeted apps and policies during pre-provisioning and shows their name on the configuration screen. ' +
    'It no longer pre-fills the Windows sign-in page: the user still types their own account in the user flow.';

const CODE_PROBLEMS: Record<DeviceCodeProblem, string> = {
    unreadable:
        'That looks like the QR code from the Autopilot configuration screen, but the text is cut off or damaged, so I cannot read the device id (ZtdId) from it. ' +
        'Scan it again and paste the whole text, from the first { to the last }, or send me the serial number.',
    noZtdId: 'That QR text has no device id (ZtdId) in it, so I cannot tell which device it is. Scan the code on the configuration screen again, or send me the serial number.',
    badZtdId:
        'The device id (ZtdId) in that QR text is incomplete: it is a GUID of 36 characters, like e13be37b-0c1d-4f5e-9a8b-1234567890ab. ' +
        'Scan it again and paste the whole text, or send me the serial number.'
};

const REFUSAL =
    'Sorry, only the people your admin named as assigners can change who a device belongs to, so I changed nothing. ' +
    'Ask your Intune admin to assign the user, or to add you to the bot\'s assigners (ASSIGNERS).';

const textOf = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

function assignerOf(context: TurnContext): Assigner {
    const from = context.activity.from ?? { id: '', name: '' };
    return { id: from.id, name: from.name || 'Someone', ...(from.aadObjectId ? { aadObjectId: from.aadObjectId } : {}) };
}

/** Runs Graph work for one answer; a Graph failure becomes its plain sentence (a 403 names the permission). */
async function answering(context: TurnContext, deps: BotDeps, what: string, work: () => Promise<void>): Promise<void> {
    try {
        await work();
    } catch (error) {
        if (!(error instanceof GraphProblem)) throw error;
        deps.logger.warn({ kind: error.kind, status: error.details.status, permission: error.details.permission }, `${what} failed`);
        await reply(context, graphProblemText(error));
    }
}

async function replyPrepared(context: TurnContext, state: AppState, prepared: Prepared): Promise<void> {
    switch (prepared.kind) {
        case 'refused':
            return reply(context, REFUSAL);
        case 'device':
            return replyLookupMiss(context, prepared.lookup);
        default:
            break;
    }
    const { device } = prepared;
    rememberDevice(state, device.serial);
    switch (prepared.kind) {
        case 'askUser':
            return reply(context, `Who should get ${device.serial}? Type their name or e-mail address.`, assignStartCard(assignStartCardData(device)));
        case 'noUser':
            return reply(
                context,
                `I couldn't find anyone in your directory matching "${prepared.query}", so I changed nothing. Try the start of their name or their full e-mail address.`,
                assignStartCard(assignStartCardData(device))
            );
        case 'choose':
            return reply(
                context,
                `Several people match "${prepared.query}". Which one should get ${device.serial}?`,
                assignChooseCard(assignChooseCardData(device.serial, prepared.query, prepared.users, prepared.more))
            );
        case 'unchanged':
            return reply(
                context,
                device.currentUser
                    ? `${device.serial} is already assigned to ${describeUser(device.currentUser, device.currentDisplayName)}: nothing to change.`
                    : `${device.serial} has no assigned user: nothing to remove.`
            );
        case 'confirm': {
            const { pending } = prepared;
            const what = pending.after
                ? `assign ${describeUser(pending.after.userPrincipalName, pending.after.displayName)} to ${device.serial}`
                : `remove ${describeUser(pending.before, pending.beforeDisplayName)} from ${device.serial}`;
            return reply(context, `Please confirm: ${what}.`, assignConfirmCard(assignConfirmCardData(pending, prepared.token, prepared.expiresAt)));
        }
    }
}

/** What Confirm answers, in place of the confirmation card: the device's status card after the change, or why not. */
function confirmedAnswer(context: TurnContext, state: AppState, deps: BotDeps, confirmed: Confirmed): CardUpdate {
    switch (confirmed.kind) {
        case 'refused':
            return REFUSAL;
        case 'unknown':
            return 'I no longer know that confirmation, so I changed nothing. Ask me again, for example: assign ana.silva@contoso.com to PF3XYZ12';
        case 'expired':
            return {
                summary: `That confirmation expired, so I changed nothing on ${confirmed.pending.serial}. Ask again to see the device as it is now.`,
                card: assignStartCard(assignStartCardData({ serial: confirmed.pending.serial, currentUser: confirmed.pending.before, currentDisplayName: confirmed.pending.beforeDisplayName }))
            };
        case 'used':
            return `That confirmation was already used or cancelled, so I changed nothing more. Say "who changed ${confirmed.pending.serial}" to see what was done.`;
        case 'done': {
            const { pending, status } = confirmed;
            rememberDevice(state, pending.serial, status?.device.os);
            const change = pending.after
                ? `${pending.serial} is now assigned to ${describeUser(pending.after.userPrincipalName, pending.after.displayName)}.`
                : `${pending.serial} has no assigned user any more.`;
            const done = `Done: ${change} On the device, press **Refresh** on the configuration screen so it downloads the change.`;
            const text = `${done} ${WHAT_ASSIGNMENT_DOES}`;
            // The card says it too: a card message shows the card, its summary only in notifications.
            return status ? { summary: text, card: statusCardFor(context, deps, status, { text: done, detail: WHAT_ASSIGNMENT_DOES }) } : text;
        }
    }
}

/** The device a command names, or the one the conversation is about. */
async function deviceFor(context: TurnContext, state: AppState, device: string | undefined): Promise<string | undefined> {
    const serial = device ?? recall(state).lastSerial;
    if (!serial) await reply(context, 'Which device? Say it with the serial number, for example: assign ana.silva@contoso.com to PF3XYZ12');
    return serial;
}

async function startAssign(context: TurnContext, state: AppState, deps: BotDeps, device: string | undefined, user: string | undefined, exact = false): Promise<void> {
    const serial = await deviceFor(context, state, device);
    if (!serial) return;
    await answering(context, deps, 'assignment lookup', async () =>
        replyPrepared(context, state, await deps.assignments.prepareAssign(tenantOf(context.activity), assignerOf(context), serial, user, exact))
    );
}

async function startUnassign(context: TurnContext, state: AppState, deps: BotDeps, device: string | undefined): Promise<void> {
    const serial = await deviceFor(context, state, device);
    if (!serial) return;
    await answering(context, deps, 'unassign lookup', async () =>
        replyPrepared(context, state, await deps.assignments.prepareUnassign(tenantOf(context.activity), assignerOf(context), serial))
    );
}

async function showHistory(context: TurnContext, state: AppState, deps: BotDeps, device: string | undefined): Promise<void> {
    const serial = await deviceFor(context, state, device);
    if (!serial) return;
    await answering(context, deps, 'assignment history', async () => {
        const result = await deps.assignments.history(tenantOf(context.activity), serial);
        if (result.kind === 'device') return replyLookupMiss(context, result.lookup);
        rememberDevice(state, result.serial);
        const count = result.records.length;
        await reply(
            context,
            count === 0 ? `No user changes on ${result.serial} through me.` : `${count} user ${count === 1 ? 'change' : 'changes'} on ${result.serial}, newest first.`,
            assignHistoryCard(assignHistoryCardData(result.serial, result.records))
        );
    });
}

/** "assign …", "give … to …", "remove the user from …", "who changed …". */
export function runAssignCommand(context: TurnContext, state: AppState, deps: BotDeps, command: AssignCommand): Promise<void> {
    switch (command.kind) {
        case 'assign':
            return startAssign(context, state, deps, command.device, command.user);
        case 'unassign':
            return startUnassign(context, state, deps, command.device);
        case 'history':
            return showHistory(context, state, deps, command.device);
    }
}

/** A pasted QR text or Autopilot id: the device's status card, or why the code names no device. */
export function showDeviceCode(context: TurnContext, state: AppState, deps: BotDeps, code: DeviceCode): Promise<void> {
    return code.kind === 'ztdId' ? showStatus(context, state, deps, code.ztdId) : reply(context, CODE_PROBLEMS[code.problem]);
}

/** Assign user buttons, the chooser, the confirmation card. */
export function registerAssign(app: Application<AppState>, deps: BotDeps): void {
    app.adaptiveCards.actionSubmit<{ serial?: unknown }>(Verb.assignUser, async (context, state, data) => startAssign(context, state, deps, textOf(data.serial), undefined));
    app.adaptiveCards.actionSubmit<{ serial?: unknown; user?: unknown }>(Verb.assignFind, async (context, state, data) =>
        startAssign(context, state, deps, textOf(data.serial), textOf(data.user))
    );
    app.adaptiveCards.actionSubmit<{ serial?: unknown; upn?: unknown }>(Verb.assignPick, async (context, state, data) =>
        startAssign(context, state, deps, textOf(data.serial), textOf(data.upn), true)
    );
    app.adaptiveCards.actionSubmit<{ serial?: unknown }>(Verb.assignRemove, async (context, state, data) => startUnassign(context, state, deps, textOf(data.serial)));
    // Confirm and Cancel answer in place of the confirmation card, so no live Confirm button is left behind.
    onCardAction<{ token?: unknown }>(app, Verb.assignConfirm, async (context, state, data) => {
        const token = textOf(data.token);
        if (!token) return 'That button carries no confirmation, so I changed nothing. Ask me again in your own words.';
        try {
            return confirmedAnswer(context, state, deps, await deps.assignments.confirm(tenantOf(context.activity), assignerOf(context), token));
        } catch (error) {
            if (!(error instanceof GraphProblem)) throw error;
            deps.logger.warn({ kind: error.kind, status: error.details.status, permission: error.details.permission }, 'assignment failed');
            return graphProblemText(error);
        }
    });
    onCardAction<{ token?: unknown }>(app, Verb.assignCancel, async (context, _state, data) => {
        const token = textOf(data.token);
        if (token) deps.assignments.cancel(tenantOf(context.activity), token);
        const text = 'Cancelled: nothing was changed.';
        return { summary: text, card: noticeCard({ title: 'Cancelled', text: 'Nothing was changed. Ask again whenever you need to.', serialChoices: [] }) };
    });
}
