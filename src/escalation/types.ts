import type { FailingItem, PhaseView, Severity } from '../status/types';

/** Someone who acted on a case. `id` is the Teams user id; `aadObjectId` is what HELPDESK_ADMIN_IDS lists. */
export interface Person {
    id: string;
    name: string;
    aadObjectId?: string;
}

export type CaseStatus = 'open' | 'taken' | 'resolved';

/** What made the technician escalate: a button on a card, a monitor alert, typed text, or the bot itself. */
export type CaseSource = 'status' | 'alert' | 'error' | 'unsure' | 'typed' | 'auto';

/** The device as the technician saw it when escalating; the helpdesk reads this without asking Intune again. */
export interface DeviceSnapshot {
    headline: string;
    severity: Severity;
    explanation: string;
    phases: PhaseView[];
    failures: FailingItem[];
    errorCode?: string;
    /** How long the deployment had run, in minutes (the card words it). */
    elapsedMinutes?: number;
    /** The monitor's alert kind when the case came from an alert, e.g. `stalled`. */
    alertKind?: string;
    /** The pre-flight checklist as the technician left it. */
    checklist?: { done: string[]; open: string[] };
    checkedAt: string;
}

export type CaseAction = 'opened' | 'escalatedAgain' | 'taken' | 'noted' | 'resolved';

/** One line of a case's audit trail: who did what, when. */
export interface CaseEvent {
    at: string;
    by: Person;
    action: CaseAction;
    text?: string;
}

/** Where the case's card lives in the helpdesk channel, so it can be updated in place. */
export interface ChannelCardLocation {
    conversationId: string;
    activityId: string;
}

export interface EscalationCase {
    tenantId: string;
    /** ESC-n, counted per tenant. */
    number: number;
    serial: string;
    status: CaseStatus;
    source: CaseSource;
    technician: Person;
    /** The conversation reference key where the technician escalated; updates are sent there. */
    technicianConversation: string;
    device?: DeviceSnapshot;
    takenBy?: Person;
    resolvedBy?: Person;
    resolution?: string;
    openedAt: string;
    updatedAt: string;
    history: CaseEvent[];
    channelCard?: ChannelCardLocation;
    /** Bumped by every change; a write carrying an older version is refused (optimistic concurrency). */
    version: number;
}
