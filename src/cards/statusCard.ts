import type { Attachment } from 'botbuilder';
import template from '../../cards/status.json';
import type { OsVariant } from '../knowledge/types';
import { humanMinutes, minutesBetween } from '../status/time';
import type { DeviceStatus, FailingItem, PhaseState, PhaseView } from '../status/types';
import { deviceModelName } from './deviceModel';
import { formatTime } from './formatTime';
import { osLabels } from './osWording';
import { severityLook } from './severityLook';
import { CardTemplate } from './template';
import { Verb } from './verbs';

export interface StatusFact {
    title: string;
    value: string;
}

export interface StatusPhaseRow {
    name: string;
    icon: string;
    iconColor: string;
    /** State and duration, e.g. `Success · 12 min`. */
    stateText: string;
}

export interface StatusFailureRow {
    /** Name, kind and error code on one line. */
    heading: string;
    explanation: string | null;
}

/** What was just done to the device, said on its card (e.g. a user assigned). */
export interface StatusNotice {
    text: string;
    detail?: string;
}

export interface StatusCardData {
    /** What was just done to the device, above its status; null on a plain lookup. */
    notice: string | null;
    noticeDetail: string | null;
    serial: string;
    headline: string;
    /** Container style of the header band, by severity: the tint says it, the text on it keeps the default colour. */
    headerStyle: 'good' | 'attention' | 'warning' | 'emphasis';
    explanation: string;
    /** Only what is known: an unknown value is left out rather than shown as a dash. */
    facts: StatusFact[];
    phases: StatusPhaseRow[];
    /** Where the time went, adding up to the total: the gap before the ESP, then the total. */
    timing: StatusFact[];
    /** Items that failed, under "What failed". */
    failures: StatusFailureRow[];
    /** Items the ESP still waits for, under "Still waiting on". */
    waitingOn: StatusFailureRow[];
    nextStep: string;
    /** When it was checked, in the technician's time zone. */
    checked: string;
    os: OsVariant | null;
    espTipsTitle: string;
    /** Said when this conversation watches the device, so the card shows what its Unwatch button would end. */
    watchNote: string | null;
    /** Watch, or Unwatch when this conversation already watches the device. */
    watchTitle: 'Watch' | 'Unwatch';
    watchVerb: 'watch' | 'unwatch';
}

const phaseLook: Record<PhaseState, { icon: string; iconColor: string; label: string }> = {
    success: { icon: '✓', iconColor: 'Good', label: 'Success' },
    inProgress: { icon: '◔', iconColor: 'Accent', label: 'In progress' },
    failure: { icon: '✗', iconColor: 'Attention', label: 'Failed' },
    notStarted: { icon: '○', iconColor: 'Default', label: 'Not started' },
    notAttempted: { icon: '–', iconColor: 'Default', label: 'Not attempted' },
    unknown: { icon: '?', iconColor: 'Default', label: 'Unknown' }
};

/** A gap shorter than this is rounding between Graph's durations, not waiting. */
const minGapMinutes = 1;

/**
 * `timeZone`: the technician's IANA zone (times show in UTC without one); `watching`: whether this chat watches the
 * device; `notice`: what was just done to it.
 */
export function statusCardData(status: DeviceStatus, options: { watching?: boolean; timeZone?: string; notice?: StatusNotice } = {}): StatusCardData {
    const { timeZone } = options;
    const os = status.device.os ?? null;
    return {
        notice: options.notice?.text ?? null,
        noticeDetail: options.notice?.detail ?? null,
        serial: status.serial,
        headline: status.headline,
        headerStyle: severityLook(status.severity).headerStyle,
        explanation: explanationSaidOnce(status),
        facts: statusFacts(status, timeZone),
        phases: status.phases.map(phaseRow),
        timing: timing(status),
        failures: status.failures.filter((item) => !item.pending).map(failureRow),
        waitingOn: status.failures.filter((item) => item.pending).map(failureRow),
        nextStep: status.nextStep,
        checked: `Checked ${formatTime(status.checkedAt, timeZone)}`,
        os,
        espTipsTitle: os ? `ESP tips (${osLabels[os]})` : 'ESP tips',
        watchNote: options.watching ? 'Watching: I tell this chat if it stalls, fails or is ready to Reseal.' : null,
        watchTitle: options.watching ? 'Unwatch' : 'Watch',
        watchVerb: options.watching ? Verb.unwatch : Verb.watch
    };
}

/**
 * Which ESP profile a device gets is settled when it enrolls (Intune matches the device's groups then); before its
 * first deployment nothing reports it, so the card says when it will be known rather than showing a blank.
 */
const ESP_NOT_YET = 'Decided when it enrolls';

function statusFacts({ device, profile, errorCode, phases }: DeviceStatus, timeZone?: string): StatusFact[] {
    const notStarted = phases.every((phase) => phase.state === 'notStarted');
    const osName = device.os ? [osLabels[device.os], device.osVersion].filter(Boolean).join(' ') : device.osVersion;
    const facts: [string, string | undefined][] = [
        ['Model', deviceModelName(device)],
        ['User', device.assignedUser ?? 'None assigned'],
        ['Group tag', device.groupTag],
        ['OS', osName],
        ['Last sync', device.lastSync && formatTime(device.lastSync, timeZone)],
        ['Profile', [profile.name, profile.assignment].filter(Boolean).join(' · ')],
        ['Pre-provisioning', yesNo(profile.preProvisioningAllowed)],
        ['ESP profile', profile.espName ?? (notStarted ? ESP_NOT_YET : undefined)],
        ['Error', errorCode]
    ];
    return facts.filter((fact): fact is [string, string] => Boolean(fact[1])).map(([title, value]) => ({ title, value }));
}

function yesNo(allowed: boolean | undefined): string | undefined {
    if (allowed === undefined) return undefined;
    return allowed ? 'Allowed' : 'Not allowed';
}

/**
 * The ESP phases rarely account for the whole deployment. The time they leave is shown, named for what it is, when
 * the phases that ran all report a duration, so the lines add up to the total:
 * - after the user flow, the device sat between Reseal and the user's sign-in (shipping);
 * - while it runs, a device that stopped checking in has been silent since (its phases read as of its last report);
 * - what remains is the OOBE screens and the wait for the ESP, before it.
 */
function timing(status: DeviceStatus): StatusFact[] {
    const { phases, elapsedMinutes, ended } = status;
    if (elapsedMinutes === undefined) return [];
    const total = { title: ended ? 'Total, start to end' : 'Total so far', value: humanMinutes(elapsedMinutes) ?? '' };
    const ran = phases.filter((phase) => phase.state !== 'notStarted' && phase.state !== 'notAttempted');
    if (ran.length === 0 || ran.some((phase) => phase.minutes === undefined)) return [total];
    let gap = elapsedMinutes - ran.reduce((sum, phase) => sum + (phase.minutes ?? 0), 0);
    if (gap < minGapMinutes) return [total];
    const userPartRan = ran.some((phase) => phase.name === 'Account setup');
    if (ended && userPartRan) return [{ title: 'Between Reseal and the user flow', value: humanMinutes(gap) ?? '' }, total];
    const lines: StatusFact[] = [];
    const silent = !ended && status.device.lastSync ? minutesBetween(new Date(status.device.lastSync), new Date(status.checkedAt)) : 0;
    if (silent >= minGapMinutes) {
        const sinceCheckIn = Math.min(silent, gap);
        gap -= sinceCheckIn;
        lines.push({ title: 'Since the last check-in', value: humanMinutes(sinceCheckIn) ?? '' });
    }
    if (gap >= minGapMinutes) lines.unshift({ title: 'Waiting before the ESP', value: humanMinutes(gap) ?? '' });
    return [...lines, total];
}

export function phaseRow(phase: PhaseView): StatusPhaseRow {
    const look = phaseLook[phase.state];
    return {
        name: phase.name,
        icon: look.icon,
        iconColor: look.iconColor,
        stateText: [look.label, humanMinutes(phase.minutes)].filter(Boolean).join(' · ')
    };
}

export function failureRow(item: FailingItem): StatusFailureRow {
    return {
        heading: [item.name, item.kind, item.errorCode].filter(Boolean).join(' · '),
        explanation: item.explanation ?? null
    };
}

const statusTemplate = new CardTemplate<StatusCardData>('status', template);

export function statusCard(data: StatusCardData): Attachment {
    return statusTemplate.attachment(data);
}

/**
 * What failed, said once (status card, alert and helpdesk case): when the status's explanation repeats an item's own (shown under "What
 * failed"), the line above only names what failed; otherwise the explanation says something the items do not, and stays.
 */
export function explanationSaidOnce(status: Pick<DeviceStatus, 'explanation' | 'failures'>): string {
    const failed = status.failures.filter((item) => !item.pending);
    if (!failed.some((item) => item.explanation && status.explanation.includes(item.explanation))) return status.explanation;
    if (failed.length === 1) {
        const [item] = failed;
        return `${item.name} failed${item.errorCode ? ` with ${item.errorCode}` : ''}.`;
    }
    return `${failed.length} items failed: ${failed.map((item) => item.name).join(', ')}.`;
}
