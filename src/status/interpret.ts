import { errorEntryForCode } from '../knowledge';
import { findErrorCodes, toCanonicalHex } from '../domain/errorCodes';
import type { OsVariant } from '../knowledge/types';
import type { AutopilotDeviceIdentity, AutopilotEvent, ManagedDevice, PolicyStatusDetail } from '../graph/types';
import { EMPTY_GUID } from '../domain/identifiers';
import { DEFAULT_STALL_THRESHOLDS } from '../config';
import { lastSignOfLife, stallAfter, type StallSettings } from './stallRule';
import { durationMinutes, humanMinutes, minutesBetween, realTime } from './time';
import type { DeviceStatus, FailingItem, NextAction, PhaseState, PhaseView, Severity, Verdict } from './types';

export interface StatusInput {
    identity: AutopilotDeviceIdentity;
    /** Newest first. */
    events: AutopilotEvent[];
    managedDevice?: ManagedDevice;
    policyDetails?: PolicyStatusDetail[];
    now: Date;
    /** The ESP's "Show an error when installation takes longer than" minutes. */
    espTimeoutMinutes: number;
    /** When a running phase counts as stalled (with `espTimeoutMinutes`): the monitor's rule too. */
    stall?: StallSettings;
}

const SUCCESS = new Set(['success', 'successWithTimeout', 'successOnRetry']);
const ASSIGNED = new Set(['assignedInSync', 'assignedOutOfSync', 'assignedUnkownSyncState', 'assignedUnknownSyncState']);
const REUSE_CODE = '0x80180014';

const VERDICTS: Record<Verdict, { severity: Severity; headline: string; nextAction: NextAction }> = {
    profileNotAssigned: { severity: 'attention', headline: 'No Autopilot profile assigned', nextAction: 'fixProfile' },
    profileAssigning: { severity: 'info', headline: 'Profile assignment in progress', nextAction: 'waitForAssignment' },
    preProvisioningNotAllowed: { severity: 'attention', headline: 'Profile does not allow pre-provisioning', nextAction: 'fixProfile' },
    attentionRequired: { severity: 'attention', headline: 'Hardware change: Autopilot registration needs attention', nextAction: 'escalate' },
    readyToProvision: { severity: 'good', headline: 'Ready for the technician flow', nextAction: 'startProvisioning' },
    inProgress: { severity: 'info', headline: 'Provisioning in progress', nextAction: 'wait' },
    // A failure needs action now (red); a stall may still resolve itself (amber).
    stalled: { severity: 'warning', headline: 'Provisioning looks stalled', nextAction: 'checkDevice' },
    failed: { severity: 'attention', headline: 'Provisioning failed', nextAction: 'retry' },
    reusedDevice: { severity: 'attention', headline: 'Blocked: this device was pre-provisioned before', nextAction: 'deleteIntuneRecord' },
    readyToReseal: { severity: 'good', headline: 'Ready to Reseal', nextAction: 'reseal' },
    userFlowDone: { severity: 'good', headline: 'Done: the user has finished setup', nextAction: 'none' },
    unknown: { severity: 'info', headline: 'Status unclear', nextAction: 'checkDevice' }
};

/** A verdict's severity and one-line headline, for views that know the verdict only (the monitor's watch list). */
export function verdictLook(verdict: Verdict): { severity: Severity; headline: string } {
    const { severity, headline } = VERDICTS[verdict];
    return { severity, headline };
}

/** Windows 11 starts at build 22000; both report major version 10. */
export function osFromVersion(version: string | undefined): OsVariant | undefined {
    const build = Number(/^10\.0\.(\d+)/.exec(version ?? '')?.[1]);
    if (!Number.isFinite(build) || build === 0) return undefined;
    return build >= 22000 ? 'win11' : 'win10';
}

function phaseState(status: string | undefined): PhaseState {
    if (!status) return 'unknown';
    if (SUCCESS.has(status)) return 'success';
    if (status === 'inProgress' || status === 'failure' || status === 'notAttempted') return status;
    return 'unknown';
}

function assignmentText(status: string | undefined): string {
    if (status && ASSIGNED.has(status)) return 'Assigned';
    return { pending: 'Assigning', notAssigned: 'Not assigned', failed: 'Assignment failed' }[status ?? ''] ?? 'Unknown';
}

/** A phase that has not run reports PT0S: no duration is better than "under 1 min". */
function phaseDuration(iso: string | undefined): Pick<PhaseView, 'minutes'> {
    const minutes = durationMinutes(iso);
    return minutes ? { minutes } : {};
}

function phasesOf(event: AutopilotEvent | undefined, failureBeforeSetup: boolean): PhaseView[] {
    if (!event) {
        return (['Device preparation', 'Device setup', 'Account setup'] as const).map((name) => ({ name, state: 'notStarted' }));
    }
    const setup = phaseState(event.deviceSetupStatus);
    const preparation: PhaseState = failureBeforeSetup ? 'failure' : setup === 'notAttempted' || setup === 'unknown' ? phaseState(event.deploymentState) : 'success';
    return [
        { name: 'Device preparation', state: preparation, ...phaseDuration(event.devicePreparationDuration) },
        { name: 'Device setup', state: failureBeforeSetup ? 'notAttempted' : setup, ...phaseDuration(event.deviceSetupDuration) },
        { name: 'Account setup', state: phaseState(event.accountSetupStatus), ...phaseDuration(event.accountSetupDuration) }
    ];
}

function failingItems(details: PolicyStatusDetail[] | undefined, includePending: boolean): FailingItem[] {
    return (details ?? [])
        .filter((d) => d.complianceStatus === 'error' || d.complianceStatus === 'notCompliant' || (includePending && d.trackedOnEnrollmentStatus && d.complianceStatus === 'notInstalled'))
        .map((d) => {
            const errorCode = d.errorCode ? toCanonicalHex(d.errorCode) : undefined;
            const kind = d.policyType === 'application' || d.policyType === 'appModel' ? 'app' : 'policy';
            const pending = d.complianceStatus === 'notInstalled' || undefined;
            return { name: d.displayName ?? d.id, kind, errorCode, explanation: failureExplanation(kind, d.complianceStatus, errorCode), pending } satisfies FailingItem;
        });
}

/** What the knowledge base says of the code; otherwise where the technician finds out more. */
function failureExplanation(kind: FailingItem['kind'], complianceStatus: string | undefined, errorCode: string | undefined): string | undefined {
    if (complianceStatus === 'notInstalled') return undefined; // pending, not failed: nothing to explain
    const known = errorCode ? errorEntryForCode(errorCode)?.short : undefined;
    if (known) return known;
    if (kind === 'app') {
        return 'The install failed. The app logs on the device (C:\\ProgramData\\Microsoft\\IntuneManagementExtension\\Logs) say why; the Intune admin sees the same code on the app.';
    }
    return complianceStatus === 'notCompliant' ? 'The device does not meet this policy yet.' : 'Intune reports an error applying this policy.';
}

function verdictOf(input: StatusInput, event: AutopilotEvent | undefined, errorCode: string | undefined, stalled: boolean): Verdict {
    const { identity } = input;
    if (identity.remediationState === 'manualRemediationRequired' || identity.remediationState === 'automaticRemediationRequired') {
        return 'attentionRequired';
    }
    if (event) {
        const failed = event.deploymentState === 'failure' || event.deviceSetupStatus === 'failure' || event.accountSetupStatus === 'failure';
        if (failed) return errorCode === REUSE_CODE ? 'reusedDevice' : 'failed';
        if (SUCCESS.has(event.accountSetupStatus ?? '')) return 'userFlowDone';
        if (SUCCESS.has(event.deviceSetupStatus ?? '') || SUCCESS.has(event.deploymentState ?? '')) {
            const preProvisioned = !event.enrollmentType || /WhiteGlove/i.test(event.enrollmentType);
            return preProvisioned ? 'readyToReseal' : 'userFlowDone';
        }
        if (event.deploymentState === 'inProgress' || event.deviceSetupStatus === 'inProgress') return stalled ? 'stalled' : 'inProgress';
    }
    const assignment = identity.deploymentProfileAssignmentStatus;
    if (assignment === 'pending') return 'profileAssigning';
    if (!assignment || !ASSIGNED.has(assignment)) return assignment === undefined && identity.deploymentProfile ? 'readyToProvision' : 'profileNotAssigned';
    if (identity.deploymentProfile?.enableWhiteGlove === false) return 'preProvisioningNotAllowed';
    return event ? 'unknown' : 'readyToProvision';
}

function explain(verdict: Verdict, ctx: { elapsed?: string; silentFor?: string; errorCode?: string; errorText?: string; profile?: string; failures: FailingItem[]; timeout: number; remediation?: string }): { explanation: string; nextStep: string } {
    switch (verdict) {
        case 'profileNotAssigned':
            return {
                explanation: 'Intune has the device registered, but no Autopilot deployment profile is assigned to it yet.',
                nextStep: 'Add the device to the group the pre-provisioning profile targets (Included groups), then wait until Profile status reads Assigned before starting.'
            };
        case 'profileAssigning':
            return {
                explanation: 'Intune is assigning the Autopilot profile right now. That can take a while after group changes.',
                nextStep: 'Wait until the profile shows Assigned (check again in 10-15 minutes) before pressing the Windows key five times.'
            };
        case 'preProvisioningNotAllowed':
            return {
                explanation: `The assigned profile${ctx.profile ? ` "${ctx.profile}"` : ''} has "Allow pre-provisioned deployment" set to No, so the technician flow is not offered.`,
                nextStep: 'Ask an Intune admin to set "Allow pre-provisioned deployment" to Yes on the profile (or assign a profile that allows it), then wait for reassignment.'
            };
        case 'attentionRequired':
            return {
                explanation: ctx.remediation === 'automaticRemediationRequired'
                    ? 'Intune saw a hardware change and is re-registering the device (Fix pending).'
                    : 'Intune saw a hardware change and could not re-register the device automatically (Attention required).',
                nextStep: ctx.remediation === 'automaticRemediationRequired'
                    ? 'Wait for the automatic fix, then check the profile shows Assigned again.'
                    : 'The device must be deregistered and registered again (new hardware hash). Escalate to the helpdesk.'
            };
        case 'readyToProvision':
            return {
                explanation: 'The device is registered, the profile is assigned and allows pre-provisioning, and no deployment has started.',
                nextStep: 'At the first OOBE screen, press the Windows key five times, choose the pre-provisioning option and start.'
            };
        case 'inProgress':
            return {
                explanation: `The technician flow is running${ctx.elapsed ? ` (${ctx.elapsed} so far)` : ''}; the ESP's time limit is ${ctx.timeout} min.`,
                nextStep: 'Leave the device on the ESP and on the network. Nothing to do until the result screen.'
            };
        case 'stalled':
            return {
                explanation: `The deployment has run ${ctx.elapsed ?? 'for a long time'}${ctx.silentFor ? ` and the device has not checked in with Intune for ${ctx.silentFor}` : ''}.${ctx.failures.length ? ` Waiting on: ${ctx.failures.map((f) => f.name).join(', ')}.` : ''}`,
                nextStep: 'Look at the ESP on the device (show details) to see which item is stuck. If it sits past the timeout, collect logs and escalate.'
            };
        case 'failed': {
            const cause = ctx.errorCode ? errorEntryForCode(ctx.errorCode) : undefined;
            const failed = ctx.failures.filter((f) => f.kind === 'app');
            return {
                explanation: cause
                    ? `Failed with ${ctx.errorCode}${failed.length ? ` on ${failed.map((f) => f.name).join(', ')}` : ''}: ${cause.short}`
                    : failed.length
                      ? `Failed while installing ${failed.map((f) => f.name).join(', ')}.`
                      : `The deployment failed${ctx.errorText ? `: ${ctx.errorText}` : '.'}`,
                nextStep: cause?.fix[0]
                    ? `${cause.fix[0]} Then press Retry on the red screen; if it fails again, Reset and escalate.`
                    : failed.length
                      ? 'Collect logs from the red screen, have the app fixed in Intune, then press Retry.'
                      : 'Collect logs from the red screen (Windows 10: View diagnostics; Windows 11: Ctrl+Shift+D), then Retry. Escalate if it fails again.'
            };
        }
        case 'reusedDevice':
            return {
                explanation: 'Enrollment was blocked (0x80180014): this device already went through pre-provisioning or self-deploying once.',
                nextStep: 'Have the device record deleted in Intune (Devices > All devices > Delete), then Reset the device and start the technician flow again.'
            };
        case 'readyToReseal':
            return {
                explanation: `The technician flow finished${ctx.elapsed ? ` (${ctx.elapsed} from start to end)` : ''}; the result screen should be green.`,
                nextStep: 'Press Reseal. The device shuts down: do not power it on again, ship it to the user.'
            };
        case 'userFlowDone':
            return {
                explanation: 'Intune reports the whole deployment, user part included, as finished.',
                nextStep: 'Nothing left for the technician.'
            };
        default:
            return {
                explanation: 'Intune has a record for this device but it does not tell a clear story.',
                nextStep: 'Check the screen on the device and tell me what it shows, or escalate.'
            };
    }
}

/** Graph records → what the technician flow is doing and what to do now. Pure. */
export function interpretStatus(input: StatusInput): DeviceStatus {
    const { identity, managedDevice, now } = input;
    const event = input.events[0];
    const errorCode = findErrorCodes(event?.enrollmentFailureDetails ?? '')[0];
    const start = realTime(event?.deploymentStartDateTime);
    const end = realTime(event?.deploymentEndDateTime);
    // An end before its start (clocks out of step) is a deployment that took no time, not a negative one.
    const elapsedMinutes = start ? Math.max(0, minutesBetween(start, end ?? now)) : durationMinutes(event?.deploymentDuration);
    const lastSync = realTime(managedDevice?.lastSyncDateTime);
    const silentMinutes = lastSync ? minutesBetween(lastSync, now) : undefined;
    const running = event?.deploymentState === 'inProgress' || event?.deviceSetupStatus === 'inProgress';
    const signOfLife = lastSignOfLife(input);
    const quietMinutes = signOfLife ? minutesBetween(signOfLife, now) : undefined;
    const thresholds = { ...(input.stall ?? DEFAULT_STALL_THRESHOLDS), espTimeoutMinutes: input.espTimeoutMinutes };
    const stalled = running && ((elapsedMinutes ?? 0) >= stallAfter(thresholds) || (quietMinutes ?? 0) >= thresholds.quietMinutes);
    const verdict = verdictOf(input, event, errorCode, stalled);
    const failures = failingItems(input.policyDetails, verdict === 'stalled');
    const failureBeforeSetup = verdict === 'failed' || verdict === 'reusedDevice' ? !event?.deviceSetupStatus || event.deviceSetupStatus === 'notAttempted' : false;
    const profileName = identity.deploymentProfile?.displayName ?? event?.windowsAutopilotDeploymentProfileDisplayName;
    const { explanation, nextStep } = explain(verdict, {
        elapsed: humanMinutes(elapsedMinutes),
        silentFor: silentMinutes !== undefined && silentMinutes >= thresholds.quietMinutes ? humanMinutes(silentMinutes) : undefined,
        errorCode: errorCode ?? failures.find((f) => f.errorCode)?.errorCode,
        errorText: event?.enrollmentFailureDetails ?? undefined,
        profile: profileName,
        failures,
        timeout: input.espTimeoutMinutes,
        remediation: identity.remediationState
    });
    const osVersion = managedDevice?.osVersion ?? event?.osVersion;
    const managedDeviceId = identity.managedDeviceId && identity.managedDeviceId !== EMPTY_GUID ? identity.managedDeviceId : undefined;
    return {
        serial: identity.serialNumber ?? '',
        verdict,
        ...VERDICTS[verdict],
        explanation,
        nextStep,
        device: {
            autopilotId: identity.id,
            manufacturer: identity.manufacturer ?? managedDevice?.manufacturer,
            model: identity.model || managedDevice?.model || undefined,
            systemFamily: identity.systemFamily || undefined,
            groupTag: identity.groupTag || undefined,
            // The Autopilot record's user, the one assign/unassign change: the managed device's userPrincipalName is
            // Intune's primary user, which an unassign leaves as it was and so would show a user no longer assigned.
            assignedUser: identity.userPrincipalName || undefined,
            deviceName: managedDevice?.deviceName ?? event?.managedDeviceName ?? (managedDeviceId ? undefined : identity.displayName || undefined),
            os: osFromVersion(osVersion),
            osVersion,
            lastSync: lastSync?.toISOString(),
            compliance: managedDevice?.complianceState
        },
        profile: {
            name: profileName,
            assignment: assignmentText(identity.deploymentProfileAssignmentStatus),
            preProvisioningAllowed: identity.deploymentProfile?.enableWhiteGlove,
            espName: event?.windows10EnrollmentCompletionPageConfigurationDisplayName
        },
        phases: phasesOf(event, failureBeforeSetup),
        failures,
        errorCode: errorCode ?? failures.find((f) => f.errorCode)?.errorCode,
        elapsedMinutes,
        ended: end !== undefined,
        checkedAt: now.toISOString()
    };
}

/** Whether the details of failed or stuck items are worth a second Graph call. */
export function needsPolicyDetails(events: AutopilotEvent[], now: Date, espTimeoutMinutes: number): boolean {
    const event = events[0];
    if (!event) return false;
    if (event.deploymentState === 'failure' || event.deviceSetupStatus === 'failure') return true;
    const start = realTime(event.deploymentStartDateTime);
    return event.deviceSetupStatus === 'inProgress' && start !== undefined && minutesBetween(start, now) >= espTimeoutMinutes;
}
