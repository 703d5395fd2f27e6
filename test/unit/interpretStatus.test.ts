import { interpretStatus, osFromVersion, needsPolicyDetails } from '../../src/status/interpret';
import type { AutopilotDeviceIdentity, AutopilotEvent, ManagedDevice, PolicyStatusDetail } from '../../src/graph/types';
import type { Verdict } from '../../src/status/types';
import { graphRecordsAt } from '../support/graphRecords';

const now = new Date('2026-11-28T12:00:00Z');
const { minutesAgo, event } = graphRecordsAt(now);

const identity = (over: Partial<AutopilotDeviceIdentity> = {}): AutopilotDeviceIdentity => ({
    id: 'ztd-1',
    serialNumber: 'PF3XYZ12',
    model: 'Laptop 14',
    enrollmentState: 'notContacted',
    deploymentProfileAssignmentStatus: 'assignedInSync',
    deploymentProfile: { id: 'p1', displayName: 'AP-PreProv', enableWhiteGlove: true },
    ...over
});

const device = (over: Partial<ManagedDevice> = {}): ManagedDevice => ({ id: 'md-1', serialNumber: 'PF3XYZ12', lastSyncDateTime: minutesAgo(2), osVersion: '10.0.26100.3194', ...over });

interface Case {
    name: string;
    identity?: Partial<AutopilotDeviceIdentity>;
    events?: AutopilotEvent[];
    managedDevice?: ManagedDevice;
    policyDetails?: PolicyStatusDetail[];
    verdict: Verdict;
    next: string;
}

const cases: Case[] = [
    { name: 'no profile', identity: { deploymentProfileAssignmentStatus: 'notAssigned', deploymentProfile: null }, verdict: 'profileNotAssigned', next: 'fixProfile' },
    { name: 'profile assigning', identity: { deploymentProfileAssignmentStatus: 'pending' }, verdict: 'profileAssigning', next: 'waitForAssignment' },
    { name: 'white glove off', identity: { deploymentProfile: { displayName: 'UD', enableWhiteGlove: false } }, verdict: 'preProvisioningNotAllowed', next: 'fixProfile' },
    { name: 'never contacted', verdict: 'readyToProvision', next: 'startProvisioning' },
    { name: 'hardware change', identity: { remediationState: 'manualRemediationRequired' }, verdict: 'attentionRequired', next: 'escalate' },
    { name: 'running 20 min', events: [event()], managedDevice: device(), verdict: 'inProgress', next: 'wait' },
    { name: 'past ESP timeout', events: [event({ deploymentStartDateTime: minutesAgo(95) })], managedDevice: device(), verdict: 'stalled', next: 'checkDevice' },
    // No sign of life (no sync, no new event) for longer than the quiet threshold: the monitor's rule too.
    { name: 'silent sync', events: [event({ deploymentStartDateTime: minutesAgo(40), eventDateTime: minutesAgo(35) })], managedDevice: device({ lastSyncDateTime: minutesAgo(35) }), verdict: 'stalled', next: 'checkDevice' },
    // A sync long ago but a new deployment event since is a sign of life: in progress, as the monitor sees it.
    { name: 'old sync, new event', events: [event()], managedDevice: device({ lastSyncDateTime: minutesAgo(45) }), verdict: 'inProgress', next: 'wait' },
    // Past the stall threshold (STALL_AFTER_MINUTES, 15 min before the ESP timeout at most), before the timeout itself.
    { name: 'running 50 min', events: [event({ deploymentStartDateTime: minutesAgo(50) })], managedDevice: device(), verdict: 'stalled', next: 'checkDevice' },
    {
        name: 'TPM failure',
        events: [event({ deploymentState: 'failure', deviceSetupStatus: 'notAttempted', enrollmentFailureDetails: 'Securing your hardware (Failed: 0x800705b4)' })],
        verdict: 'failed',
        next: 'retry'
    },
    {
        name: 'app failure',
        events: [event({ deploymentState: 'failure', deviceSetupStatus: 'failure' })],
        policyDetails: [
            { id: 'p1', displayName: 'Company VPN (Win32)', policyType: 'application', complianceStatus: 'error', trackedOnEnrollmentStatus: true, errorCode: -2016345060 },
            { id: 'p2', displayName: 'BitLocker', policyType: 'configurationPolicy', complianceStatus: 'compliant', errorCode: 0 }
        ],
        verdict: 'failed',
        next: 'retry'
    },
    { name: 'reused device', events: [event({ deploymentState: 'failure', enrollmentFailureDetails: 'Enrollment blocked 0x80180014' })], verdict: 'reusedDevice', next: 'deleteIntuneRecord' },
    {
        name: 'green screen',
        events: [event({ deploymentState: 'success', deviceSetupStatus: 'success', deploymentEndDateTime: minutesAgo(5) })],
        verdict: 'readyToReseal',
        next: 'reseal'
    },
    { name: 'user flow done', events: [event({ deploymentState: 'success', deviceSetupStatus: 'success', accountSetupStatus: 'success' })], verdict: 'userFlowDone', next: 'none' }
];

describe('interpretStatus', () => {
    it.each(cases)('$name → $verdict', (c) => {
        const status = interpretStatus({
            identity: identity(c.identity),
            events: c.events ?? [],
            managedDevice: c.managedDevice,
            policyDetails: c.policyDetails,
            now,
            espTimeoutMinutes: 60
        });
        expect(status.verdict).toBe(c.verdict);
        expect(status.nextAction).toBe(c.next);
        expect(status.headline.length).toBeGreaterThan(5);
        expect(status.nextStep.length).toBeGreaterThan(10);
        expect(status.phases.map((p) => p.name)).toEqual(['Device preparation', 'Device setup', 'Account setup']);
    });

    it('explains the failing app with its code in hex', () => {
        const status = interpretStatus({ identity: identity(), events: [event({ deploymentState: 'failure', deviceSetupStatus: 'failure' })], now, espTimeoutMinutes: 60,
            policyDetails: [{ id: 'p1', displayName: 'Company VPN (Win32)', policyType: 'application', complianceStatus: 'error', errorCode: -2016345060 }] });
        expect(status.failures).toEqual([expect.objectContaining({ name: 'Company VPN (Win32)', kind: 'app', errorCode: '0x87D1041C' })]);
        // The knowledge base knows this code: installed, but the detection rule does not find it.
        expect(status.failures[0].explanation).toMatch(/detection rule/);
        expect(status.explanation).toContain('Company VPN');
    });

    it('still says where to look for an app code the knowledge base does not know', () => {
        const status = interpretStatus({ identity: identity(), events: [event({ deploymentState: 'failure', deviceSetupStatus: 'failure' })], now, espTimeoutMinutes: 60,
            policyDetails: [{ id: 'p1', displayName: 'Company VPN (Win32)', policyType: 'application', complianceStatus: 'error', errorCode: -2016280577 }] });
        expect(status.failures[0].errorCode).toBe('0x87D1FFFF');
        expect(status.failures[0].explanation).toMatch(/IntuneManagementExtension\\Logs/);
    });

    it('puts the TPM failure in device preparation with the code explained', () => {
        const status = interpretStatus({ identity: identity(), events: [event({ deploymentState: 'failure', deviceSetupStatus: 'notAttempted', enrollmentFailureDetails: 'Failed: 0x800705b4' })], now, espTimeoutMinutes: 60 });
        expect(status.errorCode).toBe('0x800705B4');
        expect(status.phases[0].state).toBe('failure');
        expect(status.phases[1].state).toBe('notAttempted');
        expect(status.explanation).toContain('0x800705B4');
    });

    it('reports elapsed time and the OS from the managed device', () => {
        const status = interpretStatus({ identity: identity(), events: [event()], managedDevice: device({ osVersion: '10.0.19045.4529' }), now, espTimeoutMinutes: 60 });
        // Minutes only: the wording ("20 min") is the cards' (one field, no text beside it to drift).
        expect(status.elapsedMinutes).toBe(20);
        expect(status).not.toHaveProperty('elapsed');
        expect(status.phases.every((phase) => !('duration' in phase))).toBe(true);
        expect(status.device.os).toBe('win10');
    });

    it.each([
        ['10.0.22000.1', 'win11'],
        ['10.0.26100.3194', 'win11'],
        ['10.0.19045.1', 'win10'],
        ['', undefined],
        [undefined, undefined]
    ])('osFromVersion(%s) = %s', (version, os) => expect(osFromVersion(version)).toBe(os));

    it('asks for policy details only for failed or overdue deployments', () => {
        expect(needsPolicyDetails([], now, 60)).toBe(false);
        expect(needsPolicyDetails([event()], now, 60)).toBe(false);
        expect(needsPolicyDetails([event({ deploymentStartDateTime: minutesAgo(61) })], now, 60)).toBe(true);
        expect(needsPolicyDetails([event({ deploymentState: 'failure' })], now, 60)).toBe(true);
    });
});

it('an end before its start (clocks out of step) is a deployment of no time, not a negative one', () => {
    const now = new Date('2026-11-30T12:00:00Z');
    const status = interpretStatus({
        identity: { id: 'ztd-skew', serialNumber: 'SKEW0001' },
        events: [{ id: 'ev-skew', deploymentState: 'success', deploymentStartDateTime: '2026-11-30T11:00:00.600Z', deploymentEndDateTime: '2026-11-30T11:00:00.000Z' }],
        now,
        espTimeoutMinutes: 60
    });
    expect(status.elapsedMinutes).toBe(0);
});
