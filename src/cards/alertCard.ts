import type { Attachment } from 'botbuilder';
import { deviceModelName } from './deviceModel';
import template from '../../cards/alert.json';
import { alertLine } from '../monitor/alertLine';
import type { AlertSubject } from '../monitor/poller';
import { ENDS_WATCH, type AlertKind } from '../monitor/rules';
import { humanMinutes } from '../status/time';
import type { Severity } from '../status/types';
import { formatTime } from './formatTime';
import { severityLook, type SeverityLook } from './severityLook';
import { explanationSaidOnce, failureRow, type StatusFailureRow } from './statusCard';
import { CardTemplate } from './template';

/** A Teams mention of the person who asked for the watch (group chats and channels). */
export interface AlertMention {
    text: string;
    id: string;
    name: string;
}

export interface AlertCardData {
    serial: string;
    kind: AlertKind;
    /** The alert's ledger entry, carried by its buttons so they can redraw this card (deployment, ledger kind). */
    deploymentId: string;
    ledgerKind: string;
    /** `Device PF3XYZ12 · HP EliteBook 840`. */
    device: string;
    title: string;
    headerStyle: SeverityLook['headerStyle'];
    /** The alert's one line (and what was done from it), for clients that cannot show the card. */
    fallbackText: string;
    /** For how long, e.g. `Running for 52 min`. */
    duration: string | null;
    what: string;
    /** Items that failed, under "What failed" (as on the status card). */
    failures: StatusFailureRow[];
    /** Items the ESP still waits for, under "Still waiting on": a stall's heading never sits over a failure. */
    waitingOn: StatusFailureRow[];
    nextStep: string;
    footer: string;
    /** What the technician did from the card, said under its title: snoozed until when, or no longer watched. */
    stateNote: string | null;
    mentions: AlertMention[];
    mentionLine: string | null;
    /** Snoozing only makes sense while the device may still change (a stall), is watched and not snoozed yet. */
    canSnooze: boolean;
    watching: boolean;
    /** Watch again, after Stop watching (a device that has nothing more to reach is not offered it). */
    canWatch: boolean;
}

/** Each alert's title and severity: the same severities as the status card's verdicts (stalled amber, failed red). */
const look: Record<AlertKind, { title: string; severity: Severity }> = {
    stalled: { title: 'Provisioning looks stalled', severity: 'warning' },
    failed: { title: 'Provisioning failed', severity: 'attention' },
    ready: { title: 'Ready to Reseal', severity: 'good' },
    // Something may be missing: check before Reseal, like a stall (not a failure).
    timedOut: { title: 'Finished, but the ESP timed out', severity: 'warning' },
    completed: { title: 'Deployment complete', severity: 'good' }
};

/** "<at>A</at>, you asked…" / "<at>A</at> and <at>B</at>, you asked…". */
function mentionLine(mentions: AlertMention[]): string | null {
    if (mentions.length === 0) return null;
    const names = mentions.map((m) => m.text);
    const who = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    return `${who}, you asked me to watch this device.`;
}

function wording(subject: AlertSubject): { what: string; nextStep: string; duration: string | null } {
    const { status, minutes } = subject;
    const span = humanMinutes(minutes);
    switch (subject.kind) {
        case 'stalled':
            return subject.stallCause === 'quiet'
                ? {
                      duration: span ? `No sign of progress for ${span}` : null,
                      what: `The technician flow is running, but neither a new deployment event nor a check-in with Intune has come for ${span ?? 'a long time'}.`,
                      nextStep: 'Look at the device: is it still on the ESP and on the network? Open the ESP details to see which item is stuck. If it stays stuck, collect logs (Windows 11: Ctrl+Shift+D) and escalate.'
                  }
                : {
                      duration: span ? `Running for ${span}` : null,
                      what: `The technician flow has been running for ${span ?? 'a long time'}, longer than it should.`,
                      nextStep: 'Open the ESP details on the device to see which app or policy is still installing. If it passes the ESP timeout, collect logs and escalate.'
                  };
        case 'failed':
            return { duration: span ? `After ${span}` : null, what: explanationSaidOnce(status), nextStep: status.nextStep };
        case 'ready':
            return {
                duration: span ? `Took ${span}` : null,
                what: 'Device setup finished in the technician flow; the result screen should be green.',
                nextStep: 'Press Reseal. The device shuts down: do not power it on again before it reaches the user, or the user flow will not start cleanly.'
            };
        case 'timedOut':
            return {
                duration: span ? `After ${span}` : null,
                what: 'Intune reports success with a timeout: the ESP reached its time limit while something was still installing, and let the device carry on.',
                nextStep: 'Check the result screen and the apps in Intune before you Reseal. If required apps are missing, fix them or raise the ESP timeout, then Reset and run the technician flow again.'
            };
        case 'completed':
            return { duration: null, what: 'Intune reports the whole deployment, user part included, as finished.', nextStep: 'Nothing left for the technician.' };
    }
}

/** What the card says the watch is now: snoozed, stopped, or nothing to add. */
function stateNote(subject: AlertSubject): string | null {
    if (subject.snoozedUntil && subject.watching) {
        return `Snoozed until ${formatTime(subject.snoozedUntil.toISOString(), subject.timeZone)}: if it is still stuck then, I'll tell you again.`;
    }
    if (!subject.watching && !ENDS_WATCH.has(subject.kind)) return 'No longer watching this device: no more alerts about it here.';
    return null;
}

function footer(subject: AlertSubject): string {
    const checked = `Checked ${formatTime(subject.status.checkedAt, subject.timeZone)}`;
    if (subject.watching) return `${checked} · still watching`;
    return ENDS_WATCH.has(subject.kind) ? `${checked} · no longer watching this device` : checked;
}

export function alertCardData(subject: AlertSubject): AlertCardData {
    const { status } = subject;
    const model = deviceModelName(status.device) ?? '';
    const mentions = (subject.mentions ?? []).map((m) => ({ text: `<at>${m.name}</at>`, id: m.id, name: m.name }));
    const { title, severity } = look[subject.kind];
    const colours = severityLook(severity);
    const items = subject.kind === 'failed' || subject.kind === 'stalled' ? status.failures : [];
    const note = stateNote(subject);
    return {
        serial: status.serial,
        kind: subject.kind,
        deploymentId: subject.ref.deploymentId,
        ledgerKind: subject.ref.ledgerKind,
        device: [`Device ${status.serial}`, model].filter(Boolean).join(' · '),
        title,
        headerStyle: colours.headerStyle,
        fallbackText: note ? `${alertLine(subject.kind, status.serial)}. ${note}` : alertLine(subject.kind, status.serial),
        ...wording(subject),
        failures: items.filter((item) => !item.pending).map(failureRow),
        waitingOn: items.filter((item) => item.pending).map(failureRow),
        footer: footer(subject),
        stateNote: note,
        mentions,
        mentionLine: mentionLine(mentions),
        canSnooze: subject.kind === 'stalled' && subject.watching && !subject.snoozedUntil,
        watching: subject.watching,
        canWatch: !subject.watching && !ENDS_WATCH.has(subject.kind)
    };
}

const alertTemplate = new CardTemplate<AlertCardData>('alert', template);

export function alertCard(data: AlertCardData): Attachment {
    return alertTemplate.attachment(data);
}

/** The monitor's renderer: what it knows when it alerts, drawn as the card. */
export function renderAlertCard(subject: AlertSubject): Attachment {
    return alertCard(alertCardData(subject));
}
