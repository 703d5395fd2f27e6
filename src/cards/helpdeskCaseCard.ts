import type { Attachment } from 'botbuilder';
import template from '../../cards/helpdeskCase.json';
import { caseNotes } from '../escalation/caseMachine';
import { formatCaseNumber } from '../escalation/caseNumber';
import type { CaseEvent, CaseSource, CaseStatus, DeviceSnapshot, EscalationCase } from '../escalation/types';
import { humanMinutes, minutesBetween } from '../status/time';
import { formatUtc } from './formatTime';
import { explanationSaidOnce, failureRow, phaseRow, StatusFact, StatusFailureRow, StatusPhaseRow } from './statusCard';
import { CardTemplate } from './template';

export interface CaseNoteRow {
    /** Who and when, e.g. `Megan Bowen · 2026-11-30 21:05 UTC`. */
    heading: string;
    text: string;
}

export interface HelpdeskCaseCardData {
    caseNumber: number;
    caseLabel: string;
    title: string;
    statusText: string;
    /** The header band's tint says the state; its text keeps the default colour (readable in both themes). */
    headerStyle: 'attention' | 'accent' | 'good';
    technician: { id: string; name: string };
    facts: StatusFact[];
    explanation: string;
    phases: StatusPhaseRow[];
    failures: StatusFailureRow[];
    checklist: { progress: string; open: string | null } | null;
    notes: CaseNoteRow[];
    /** `2 earlier notes: show ESC-12`, when not all fit. */
    olderNotes: string | null;
    /** Not resolved yet: the note box, Add note and Resolve are shown. */
    open: boolean;
    canTake: boolean;
    updated: string;
}

/** Notes shown on the card; the full history is one "show ESC-n" away. */
const notesShown = 5;

const statusLook: Record<CaseStatus, Pick<HelpdeskCaseCardData, 'headerStyle'>> = {
    open: { headerStyle: 'attention' },
    taken: { headerStyle: 'accent' },
    resolved: { headerStyle: 'good' }
};

const sourceWording: Record<CaseSource, string> = {
    status: 'from the status card',
    alert: 'from a monitor alert',
    error: 'from an error card',
    unsure: 'after the bot could not answer',
    typed: 'typed in chat',
    auto: 'automatically: an alert was not acted on'
};

export function caseStatusText(escalation: EscalationCase): string {
    switch (escalation.status) {
        case 'open':
            return 'Open: nobody has taken it yet';
        case 'taken':
            return `Taken by ${escalation.takenBy?.name ?? 'the helpdesk'}`;
        case 'resolved':
            return `Resolved by ${escalation.resolvedBy?.name ?? 'the helpdesk'}: ${escalation.resolution ?? ''}`.trim();
    }
}

/** The channel card: everything the helpdesk needs, as of `now`. */
export function helpdeskCaseCardData(escalation: EscalationCase, now: Date): HelpdeskCaseCardData {
    const device = escalation.device;
    const notes = caseNotes(escalation);
    const older = notes.length - notesShown;
    const label = formatCaseNumber(escalation.number);
    return {
        caseNumber: escalation.number,
        caseLabel: label,
        title: device ? `${escalation.serial}: ${device.headline}` : `Device ${escalation.serial}`,
        statusText: caseStatusText(escalation),
        ...statusLook[escalation.status],
        technician: { id: escalation.technician.id, name: escalation.technician.name },
        facts: caseFacts(escalation, now),
        explanation: device ? explanationSaidOnce(device) : `Intune could not be read when this was escalated: look the device up in Intune, or ask me "status ${escalation.serial}".`,
        phases: (device?.phases ?? []).map(phaseRow),
        failures: (device?.failures ?? []).map(failureRow),
        checklist: checklistSummary(device),
        notes: notes.slice(-notesShown).map(noteRow),
        olderNotes: older > 0 ? `${older} earlier ${older === 1 ? 'note' : 'notes'}: say "show ${label}" for the full history.` : null,
        open: escalation.status !== 'resolved',
        canTake: escalation.status === 'open',
        updated: `Updated ${formatUtc(escalation.updatedAt)}`
    };
}

function caseFacts(escalation: EscalationCase, now: Date): StatusFact[] {
    const device = escalation.device;
    // A resolved case stopped waiting when it was resolved; its last change is the resolution.
    const until = escalation.status === 'resolved' ? new Date(escalation.updatedAt) : now;
    const waiting = humanMinutes(minutesBetween(new Date(escalation.openedAt), until));
    const facts: StatusFact[] = [
        { title: 'Technician', value: `<at>${escalation.technician.name}</at>` },
        { title: 'Escalated', value: `${formatUtc(escalation.openedAt)}, ${sourceWording[escalation.source]}` },
        { title: escalation.status === 'resolved' ? 'Waited' : 'Waiting', value: waiting ?? '—' }
    ];
    const deploymentTime = humanMinutes(device?.elapsedMinutes);
    if (deploymentTime) facts.push({ title: 'Deployment time', value: `${deploymentTime} when escalated` });
    if (device?.alertKind) facts.push({ title: 'Alert', value: device.alertKind });
    if (device?.errorCode) facts.push({ title: 'Error', value: device.errorCode });
    return facts;
}

function checklistSummary(device: DeviceSnapshot | undefined): HelpdeskCaseCardData['checklist'] {
    if (!device?.checklist) return null;
    const { done, open } = device.checklist;
    const total = done.length + open.length;
    return {
        progress: `Pre-flight checklist: ${done.length} of ${total} ticked`,
        open: open.length > 0 ? `Not ticked: ${open.join('; ')}` : null
    };
}

function noteRow(event: CaseEvent): CaseNoteRow {
    return { heading: `${event.by.name} · ${formatUtc(event.at)}`, text: event.text ?? '' };
}

const helpdeskCaseTemplate = new CardTemplate<HelpdeskCaseCardData>('helpdeskCase', template);

export function helpdeskCaseCard(data: HelpdeskCaseCardData): Attachment {
    return helpdeskCaseTemplate.attachment(data);
}
