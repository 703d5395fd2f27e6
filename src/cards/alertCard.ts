import type { Attachment } from 'botbuilder';
import { deviceModelName } from './deviceModel';
import template from '../../cards/alert.json';
import type { AlertSubject } from '../monitor/poller';
import type { AlertKind } from '../monitor/rules';
import { humanMinutes } from '../status/time';
import { formatUtc } from './formatTime';
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
    /** `Device PF3XYZ12 · HP EliteBook 840`. */
    device: string;
    title: string;
    headerStyle: 'good' | 'attention' | 'warning' | 'emphasis';
    titleColor: 'Good' | 'Attention' | 'Warning' | 'Accent';
    /** For how long, e.g. `Running for 52 min`. */
    duration: string | null;
    what: string;
    failures: { heading: string; explanation: string | null }[];
    failuresTitle: string;
    nextStep: string;
    footer: string;
    mentions: AlertMention[];
    mentionLine: string | null;
    /** Snoozing only makes sense while the device may still change (a stall). */
    canSnooze: boolean;
    watching: boolean;
}

const look: Record<AlertKind, Pick<AlertCardData, 'headerStyle' | 'titleColor'> & { title: string }> = {
    stalled: { title: 'Provisioning looks stalled', headerStyle: 'attention', titleColor: 'Attention' },
    failed: { title: 'Provisioning failed', headerStyle: 'warning', titleColor: 'Warning' },
    ready: { title: 'Ready to Reseal', headerStyle: 'good', titleColor: 'Good' },
    timedOut: { title: 'Finished, but the ESP timed out', headerStyle: 'attention', titleColor: 'Attention' },
    completed: { title: 'Deployment complete', headerStyle: 'good', titleColor: 'Good' }
};

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
            return { duration: span ? `After ${span}` : null, what: status.explanation, nextStep: status.nextStep };
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

export function alertCardData(subject: AlertSubject): AlertCardData {
    const { status } = subject;
    const model = deviceModelName(status.device) ?? '';
    const mention = subject.mention ? { text: `<at>${subject.mention.name}</at>`, id: subject.mention.id, name: subject.mention.name } : undefined;
    const { title, ...colours } = look[subject.kind];
    return {
        serial: status.serial,
        kind: subject.kind,
        device: [`Device ${status.serial}`, model].filter(Boolean).join(' · '),
        title,
        ...colours,
        ...wording(subject),
        failures: subject.kind === 'failed' || subject.kind === 'stalled' ? status.failures.map((f) => ({ heading: [f.name, f.kind, f.errorCode].filter(Boolean).join(' · '), explanation: f.explanation ?? null })) : [],
        failuresTitle: subject.kind === 'failed' ? 'What failed' : 'Not done yet',
        footer: `Checked ${formatUtc(status.checkedAt)}${subject.watching ? ' · still watching' : ' · no longer watching this device'}`,
        mentions: mention ? [mention] : [],
        mentionLine: mention ? `${mention.text}, you asked me to watch this device.` : null,
        canSnooze: subject.kind === 'stalled',
        watching: subject.watching
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
