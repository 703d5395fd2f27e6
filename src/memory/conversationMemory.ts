import type { TurnContext } from 'botbuilder';
import { TurnState, type DefaultConversationState } from '@microsoft/teams-ai';
import { tenantOf } from '../domain/tenant';
import type { KnowledgeEntry, OsVariant } from '../knowledge/types';

/**
 * What the bot remembers about a conversation, so "next", "back", "and on Windows 11?" and "status" without a serial
 * mean something. Saved with the conversation (SQLite); every write goes through the functions below.
 */
export interface ConversationState extends DefaultConversationState {
    /** The knowledge entry shown last: the topic a follow-up refers to. */
    lastEntryId?: string;
    /** The tutorial step shown last. */
    lastStep?: number;
    /** The technician-flow screen shown last (0-based). */
    flowIndex?: number;
    /** What "next" and "back" move through. */
    lastView?: 'step' | 'flow' | 'entry';
    /** The Windows version the technician works on, once known. */
    os?: OsVariant;
    /** The device asked about last. */
    lastSerial?: string;
    /** The device whose status was the last answer: "what now?" and "that error" refer to it until something else is shown. */
    deviceInFocus?: DeviceInFocus;
    /** Saved checklist ticks, by serial (upper case) or GENERIC_CHECKLIST. */
    checklists?: Record<string, ChecklistTicks>;
}

/** What a follow-up about the device just shown needs: its next step and its error, as the status card said them. */
export interface DeviceInFocus {
    serial: string;
    nextStep: string;
    errorCode?: string;
}

export type AppState = TurnState<ConversationState>;

/**
 * Conversation ids are only unique within a tenant: the same id in two tenants must not share a step or a checklist,
 * so every storage key starts with the tenant.
 */
export class TenantTurnState extends TurnState<ConversationState> {
    protected override async onComputeStorageKeys(context: TurnContext): Promise<Record<string, string>> {
        const keys = await super.onComputeStorageKeys(context);
        const tenant = tenantOf(context.activity) ?? 'no-tenant';
        return Object.fromEntries(Object.entries(keys).map(([scope, key]) => [scope, `${tenant}/${key}`]));
    }
}

/** Ticks of one checklist: item id → done. */
export type ChecklistTicks = Record<string, boolean>;

/** The checklist that belongs to no device. */
const GENERIC_CHECKLIST = '*';

const checklistKey = (serial?: string) => (serial ? serial.toUpperCase() : GENERIC_CHECKLIST);

/** What the bot remembers, read-only: change it through the functions below. */
export function recall(state: AppState): Readonly<ConversationState> {
    return state.conversation;
}

/** A knowledge answer was shown: it becomes the topic, and a step card moves "next"/"back" through the steps. */
export function rememberTopic(state: AppState, entry: KnowledgeEntry, os?: OsVariant): void {
    const memory = state.conversation;
    memory.lastEntryId = entry.id;
    memory.lastView = entry.kind === 'step' ? 'step' : 'entry';
    delete memory.deviceInFocus;
    if (entry.step !== undefined) memory.lastStep = entry.step;
    if (os) memory.os = os;
}

/** A technician-flow screen was shown: "next"/"back" now move through the flow. */
export function rememberFlowScreen(state: AppState, index: number): void {
    state.conversation.flowIndex = index;
    state.conversation.lastView = 'flow';
    delete state.conversation.deviceInFocus;
}

export function rememberOs(state: AppState, os: OsVariant): void {
    state.conversation.os = os;
}

/** A device was named or found: "status" alone and later cards refer to it; its OS, when Intune knows it, too. */
export function rememberDevice(state: AppState, serial: string, os?: OsVariant): void {
    state.conversation.lastSerial = serial;
    if (os) state.conversation.os = os;
}

/** A device's status was the answer: it is the device asked about last, and follow-ups refer to it. */
export function rememberDeviceStatus(state: AppState, focus: DeviceInFocus, os?: OsVariant): void {
    rememberDevice(state, focus.serial, os);
    state.conversation.deviceInFocus = { ...focus };
}

export function checklistTicks(state: AppState, serial?: string): ChecklistTicks {
    return state.conversation.checklists?.[checklistKey(serial)] ?? {};
}

export function saveChecklistTicks(state: AppState, serial: string | undefined, ticks: ChecklistTicks): void {
    state.conversation.checklists = { ...state.conversation.checklists, [checklistKey(serial)]: ticks };
}

export function clearChecklist(state: AppState, serial?: string): void {
    const { [checklistKey(serial)]: _cleared, ...rest } = state.conversation.checklists ?? {};
    state.conversation.checklists = rest;
}

/** "Start over": forget the topic, step, screen, OS and device; saved checklists are the technician's work and stay. */
export function forgetConversation(state: AppState): void {
    const { checklists } = state.conversation;
    state.deleteConversationState();
    if (checklists) state.conversation.checklists = checklists;
}
