import { samePerson } from './caseMachine';
import type { EscalationCase, Person } from './types';

/**
 * Who may do what with helpdesk cases. Pure: the caller says where the request came from.
 * HELPDESK_ADMIN_IDS are Entra object ids (aadObjectId); Teams user ids are not accepted there, as they differ per app.
 */
export interface HelpdeskPolicy {
    adminIds: ReadonlySet<string>;
    /** Local mode (no BOT_ID): a single developer, anyone may set the channel. */
    localMode: boolean;
}

/** The request's origin: the channel it was sent from (if any) and the tenant's registered helpdesk channel. */
export interface RequestPlace {
    channelId?: string;
    helpdeskChannelId?: string;
}

export function isHelpdeskAdmin(policy: HelpdeskPolicy, actor: Person): boolean {
    return actor.aadObjectId !== undefined && policy.adminIds.has(actor.aadObjectId.toLowerCase());
}

/** Anyone in local mode; otherwise the admins, or anyone when no admins are configured (a fresh install must work). */
export function mayRegisterChannel(policy: HelpdeskPolicy, actor: Person): boolean {
    return policy.localMode || policy.adminIds.size === 0 || isHelpdeskAdmin(policy, actor);
}

/** Take and Resolve: only from the helpdesk channel itself, or by a helpdesk admin anywhere. */
export function mayHandleCase(policy: HelpdeskPolicy, actor: Person, place: RequestPlace): boolean {
    const inHelpdeskChannel = place.channelId !== undefined && place.channelId === place.helpdeskChannelId;
    return inHelpdeskChannel || isHelpdeskAdmin(policy, actor);
}

/** Notes: the helpdesk, and the technician who escalated (from their own chat). */
export function mayAddNote(policy: HelpdeskPolicy, actor: Person, place: RequestPlace, escalation: EscalationCase): boolean {
    return mayHandleCase(policy, actor, place) || samePerson(escalation.technician, actor);
}

/** Seeing a case and its history: whoever may add notes to it. */
export const mayViewCase = mayAddNote;
