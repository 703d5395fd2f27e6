import type { Attachment } from 'botbuilder';
import template from '../../cards/status.json';
import type { OsVariant } from '../knowledge/types';
import type { DeviceStatus, FailingItem, PhaseState, PhaseView, Severity } from '../status/types';
import { formatUtc } from './formatTime';
import { osLabels } from './osWording';
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

export interface StatusCardData {
    serial: string;
    headline: string;
    /** Container style of the header band, by severity. */
    headerStyle: 'good' | 'attention' | 'warning' | 'emphasis';
    headlineColor: 'Good' | 'Attention' | 'Warning' | 'Accent';
    explanation: string;
    facts: StatusFact[];
    phases: StatusPhaseRow[];
    failures: StatusFailureRow[];
    nextStep: string;
    /** When it was checked, and how long the deployment has run. */
    checked: string;
    os: OsVariant | null;
    espTipsTitle: string;
    /** Watch, or Unwatch when this conversation already watches the device. */
    watchTitle: 'Watch' | 'Unwatch';
    watchVerb: 'watch' | 'unwatch';
}

const severityLook: Record<Severity, Pick<StatusCardData, 'headerStyle' | 'headlineColor'>> = {
    good: { headerStyle: 'good', headlineColor: 'Good' },
    attention: { headerStyle: 'attention', headlineColor: 'Attention' },
    warning: { headerStyle: 'warning', headlineColor: 'Warning' },
    info: { headerStyle: 'emphasis', headlineColor: 'Accent' }
};

const phaseLook: Record<PhaseState, { icon: string; iconColor: string; label: string }> = {
    success: { icon: '✓', iconColor: 'Good', label: 'Success' },
    inProgress: { icon: '◔', iconColor: 'Accent', label: 'In progress' },
    failure: { icon: '✗', iconColor: 'Attention', label: 'Failed' },
    notStarted: { icon: '○', iconColor: 'Default', label: 'Not started' },
    notAttempted: { icon: '–', iconColor: 'Default', label: 'Not attempted' },
    unknown: { icon: '?', iconColor: 'Default', label: 'Unknown' }
};

const unknownValue = '—';

export function statusCardData(status: DeviceStatus, options: { watching?: boolean } = {}): StatusCardData {
    const os = status.device.os ?? null;
    return {
        serial: status.serial,
        headline: status.headline,
        ...severityLook[status.severity],
        explanation: status.explanation,
        facts: statusFacts(status),
        phases: status.phases.map(phaseRow),
        failures: status.failures.map(failureRow),
        nextStep: status.nextStep,
        checked: [`Checked ${formatUtc(status.checkedAt)}`, status.elapsed && `${status.elapsed} since start`]
            .filter(Boolean)
            .join(' · '),
        os,
        espTipsTitle: os ? `ESP tips (${osLabels[os]})` : 'ESP tips',
        watchTitle: options.watching ? 'Unwatch' : 'Watch',
        watchVerb: options.watching ? Verb.unwatch : Verb.watch
    };
}

function statusFacts({ device, profile, errorCode }: DeviceStatus): StatusFact[] {
    const model = [device.manufacturer, device.model].filter(Boolean).join(' ');
    const osName = device.os ? [osLabels[device.os], device.osVersion].filter(Boolean).join(' ') : device.osVersion;
    const facts: StatusFact[] = [
        { title: 'Model', value: model || unknownValue },
        { title: 'User', value: device.assignedUser ?? 'None assigned' },
        { title: 'Group tag', value: device.groupTag ?? unknownValue },
        { title: 'OS', value: osName ?? unknownValue },
        { title: 'Last sync', value: device.lastSync ? formatUtc(device.lastSync) : unknownValue },
        { title: 'Profile', value: [profile.name, profile.assignment].filter(Boolean).join(' · ') },
        { title: 'Pre-provisioning', value: yesNo(profile.preProvisioningAllowed) },
        { title: 'ESP profile', value: profile.espName ?? unknownValue }
    ];
    return errorCode ? [...facts, { title: 'Error', value: errorCode }] : facts;
}

function yesNo(allowed: boolean | undefined): string {
    if (allowed === undefined) {
        return unknownValue;
    }
    return allowed ? 'Allowed' : 'Not allowed';
}

export function phaseRow(phase: PhaseView): StatusPhaseRow {
    const look = phaseLook[phase.state];
    return {
        name: phase.name,
        icon: look.icon,
        iconColor: look.iconColor,
        stateText: [look.label, phase.duration].filter(Boolean).join(' · ')
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
