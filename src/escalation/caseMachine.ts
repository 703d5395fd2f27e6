import type { CaseAction, CaseEvent, CaseSource, DeviceSnapshot, EscalationCase, Person } from './types';

/**
 * The life of a helpdesk case, open → taken → resolved, as pure functions: each takes the case as stored and
 * returns either the changed case (with its audit line) or a refusal saying why nothing changed.
 * Double clicks and two people acting at once end here too: the second request meets the first one's result.
 */

/** Longer notes are cut: a card has to stay readable on a phone and under Teams' size limits. */
export const maxNoteLength = 1000;

/** The same person sending the same note again this soon is a double click, not a second note. */
const duplicateNoteWindowMs = 60_000;

export type Refusal =
    | { reason: 'resolved'; by?: Person; at?: string }
    | { reason: 'takenByOther'; by: Person }
    | { reason: 'alreadyYours' }
    | { reason: 'emptyText' }
    | { reason: 'duplicate' };

export type Transition = { ok: true; case: EscalationCase; event: CaseEvent } | ({ ok: false } & Refusal);

export interface OpenRequest {
    tenantId: string;
    number: number;
    serial: string;
    source: CaseSource;
    technician: Person;
    technicianConversation: string;
    device?: DeviceSnapshot;
    note?: string;
    at: Date;
}

export function clampNote(text: string | undefined): string {
    const trimmed = (text ?? '').replace(/\s+/g, ' ').trim();
    return trimmed.length > maxNoteLength ? `${trimmed.slice(0, maxNoteLength - 1)}…` : trimmed;
}

/** Who opens a case that escalated itself (AUTO_ESCALATE_AFTER_MINUTES). */
export const AUTOMATIC_ESCALATION: Person = { id: 'automatic-escalation', name: 'Automatic escalation' };

export function openCase(request: OpenRequest): { case: EscalationCase; event: CaseEvent } {
    const at = request.at.toISOString();
    const note = clampNote(request.note);
    // An automatic escalation was nobody's doing: its opening is not put in the technician's name.
    const by = request.source === 'auto' ? AUTOMATIC_ESCALATION : request.technician;
    const event: CaseEvent = { at, by, action: 'opened', ...(note ? { text: note } : {}) };
    return {
        case: {
            tenantId: request.tenantId,
            number: request.number,
            serial: request.serial,
            status: 'open',
            source: request.source,
            technician: request.technician,
            technicianConversation: request.technicianConversation,
            device: request.device,
            openedAt: at,
            updatedAt: at,
            history: [event],
            version: 1
        },
        event
    };
}

/** The device was escalated again while its case is still open: the new details join the same case. */
export function escalateAgain(current: EscalationCase, by: Person, at: Date, note?: string, device?: DeviceSnapshot): Transition {
    if (current.status === 'resolved') return refusedResolved(current);
    const text = clampNote(note);
    return changed(current, { action: 'escalatedAgain', by, at, text }, device ? { device } : {});
}

export function take(current: EscalationCase, by: Person, at: Date): Transition {
    if (current.status === 'resolved') return refusedResolved(current);
    if (current.takenBy) {
        return samePerson(current.takenBy, by) ? { ok: false, reason: 'alreadyYours' } : { ok: false, reason: 'takenByOther', by: current.takenBy };
    }
    return changed(current, { action: 'taken', by, at }, { status: 'taken', takenBy: by });
}

export function addNote(current: EscalationCase, by: Person, at: Date, note: string | undefined): Transition {
    if (current.status === 'resolved') return refusedResolved(current);
    const text = clampNote(note);
    if (!text) return { ok: false, reason: 'emptyText' };
    const last = current.history[current.history.length - 1];
    if (last?.action === 'noted' && last.text === text && samePerson(last.by, by) && at.getTime() - Date.parse(last.at) < duplicateNoteWindowMs) {
        return { ok: false, reason: 'duplicate' };
    }
    return changed(current, { action: 'noted', by, at, text });
}

/** Resolving an untaken case is allowed: whoever resolves it has, in effect, taken it. */
export function resolve(current: EscalationCase, by: Person, at: Date, resolution: string | undefined): Transition {
    if (current.status === 'resolved') return refusedResolved(current);
    const text = clampNote(resolution);
    if (!text) return { ok: false, reason: 'emptyText' };
    return changed(current, { action: 'resolved', by, at, text }, { status: 'resolved', resolvedBy: by, resolution: text, takenBy: current.takenBy ?? by });
}

/** The notes on a case, oldest first: the technician's escalation text counts as the first. */
export function caseNotes(current: EscalationCase): CaseEvent[] {
    return current.history.filter((event) => event.text && event.action !== 'resolved');
}

export function samePerson(a: Person, b: Person): boolean {
    if (a.aadObjectId && b.aadObjectId) return a.aadObjectId === b.aadObjectId;
    return a.id === b.id;
}

function refusedResolved(current: EscalationCase): Transition {
    return { ok: false, reason: 'resolved', by: current.resolvedBy, at: current.history.find((e) => e.action === 'resolved')?.at };
}

function changed(
    current: EscalationCase,
    change: { action: CaseAction; by: Person; at: Date; text?: string },
    fields: Partial<EscalationCase> = {}
): Transition {
    const at = change.at.toISOString();
    const event: CaseEvent = { at, by: change.by, action: change.action, ...(change.text ? { text: change.text } : {}) };
    return {
        ok: true,
        event,
        case: { ...current, ...fields, updatedAt: at, history: [...current.history, event], version: current.version + 1 }
    };
}
