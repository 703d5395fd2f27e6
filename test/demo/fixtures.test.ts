import { buildFixtures } from '../../src/demo/fixtures';
import { DEMO_TIMELINE, type DemoScenario } from '../../src/demo/scenarios/demoDevices';
import { buildFleet } from '../../src/demo/scenarios/fleet';
import { EMPTY_GUID } from '../../src/domain/identifiers';
import { TenantState } from '../../src/demo/tenantState';

const STARTED_AT = new Date('2025-03-02T10:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;

const ALL_SCENARIOS: DemoScenario[] = [
    'profileNotAssigned',
    'profileAssigning',
    'preProvisioningNotAllowed',
    'readyToProvision',
    'inProgress',
    'stalled',
    'failedTpm',
    'failedApp',
    'readyToReseal',
    'userFlowDone',
    'reusedDevice',
    'attentionRequired',
    'inProgressWindows10',
    'startsThenFails',
    'startsThenSucceeds',
    'goesSilent'
];

describe('demo fixtures', () => {
    const fixtures = buildFixtures(STARTED_AT);
    const state = new TenantState(fixtures);
    const device = (scenario: DemoScenario) => {
        const found = fixtures.devices.find(candidate => candidate.scenario === scenario);
        if (!found) {
            throw new Error(`no device for ${scenario}`);
        }
        return found;
    };
    const eventsOf = (serial: string) => state.events(STARTED_AT).filter(event => event.deviceSerialNumber === serial);
    const managedOf = (serial: string) =>
        state.managedDevices(STARTED_AT).find(managed => managed.serialNumber === serial);

    it('has one device per scenario with distinct, realistic serials', () => {
        expect(fixtures.devices.length).toBeGreaterThanOrEqual(13);
        expect(new Set(fixtures.devices.map(fixture => fixture.scenario))).toEqual(new Set(ALL_SCENARIOS));
        const serials = fixtures.devices.map(fixture => fixture.identity.serialNumber);
        expect(new Set(serials).size).toBe(serials.length);
        for (const serial of serials) {
            expect(serial).toMatch(/^[A-Z0-9]{8,12}$/);
        }
        expect(serials).toContain('PF3XYZ12');
        expect(serials.filter(serial => serial.startsWith('CZC2410A0'))).toEqual(['CZC2410A01', 'CZC2410A02']);
        const users = fixtures.devices.map(fixture => fixture.identity.userPrincipalName).filter(upn => upn !== '');
        expect(users.length).toBeGreaterThan(5);
        expect(users.every(upn => upn.endsWith('@contoso.com'))).toBe(true);
    });

    it('is deterministic for a given start time', () => {
        expect(JSON.stringify(buildFixtures(STARTED_AT))).toBe(JSON.stringify(fixtures));
    });

    it('has more than 100 events inside the 30-day window; noise never clashes with scenario serials', () => {
        const events = state.events(STARTED_AT);
        expect(events.length).toBeGreaterThan(100);
        const scenarioSerials = fixtures.devices.map(fixture => fixture.identity.serialNumber);
        for (const event of events) {
            const age = STARTED_AT.getTime() - Date.parse(event.eventDateTime);
            expect(age).toBeLessThan(30 * DAY_MS);
            const clashes = scenarioSerials.filter(
                serial => serial !== event.deviceSerialNumber && event.deviceSerialNumber.includes(serial)
            );
            expect(clashes).toEqual([]);
        }
        expect(new Set(events.map(event => event.id)).size).toBe(events.length);
    });

    it('1–3: profile not assigned, assigning, and assigned without pre-provisioning', () => {
        expect(device('profileNotAssigned').identity.deploymentProfileAssignmentStatus).toBe('notAssigned');
        expect(device('profileNotAssigned').deploymentProfileId).toBeUndefined();
        expect(device('profileAssigning').identity.deploymentProfileAssignmentStatus).toBe('pending');
        const notAllowed = device('preProvisioningNotAllowed');
        const profile = fixtures.deploymentProfiles.find(candidate => candidate.id === notAllowed.deploymentProfileId);
        expect(profile?.enableWhiteGlove).toBe(false);
    });

    it('4: never contacted, ready to provision, no events, no Intune device', () => {
        const { identity, deploymentProfileId } = device('readyToProvision');
        expect(identity).toMatchObject({
            deploymentProfileAssignmentStatus: 'assignedInSync',
            enrollmentState: 'notContacted',
            lastContactedDateTime: '0001-01-01T00:00:00Z',
            managedDeviceId: EMPTY_GUID
        });
        const profile = fixtures.deploymentProfiles.find(candidate => candidate.id === deploymentProfileId);
        expect(profile?.enableWhiteGlove).toBe(true);
        expect(eventsOf(identity.serialNumber)).toEqual([]);
        expect(managedOf(identity.serialNumber)).toBeUndefined();
    });

    it('5: the in-progress device runs on the clock', () => {
        const [atStart] = eventsOf('PF3XYZ12');
        expect(atStart).toMatchObject({
            deploymentStartDateTime: '2025-03-02T09:48:00Z',
            deviceSetupStatus: 'inProgress',
            deviceSetupDuration: 'PT8M0S',
            deploymentDuration: 'PT12M0S',
            enrollmentType: 'azureADJoinedWithWhiteGlove'
        });
        const later = new Date(STARTED_AT.getTime() + 83 * 60_000 + 10_000);
        const [running] = state.events(later).filter(event => event.deviceSerialNumber === 'PF3XYZ12');
        expect(running.deviceSetupDuration).toBe('PT1H31M10S');
        expect(state.managedDevices(later).find(managed => managed.serialNumber === 'PF3XYZ12')?.lastSyncDateTime).toBe(
            '2025-03-02T11:22:10Z'
        );
    });

    it('6: stalled — started 95 min ago, last sync 70 min ago, a tracked app not installed', () => {
        const serial = device('stalled').identity.serialNumber;
        const [event] = eventsOf(serial);
        expect(event).toMatchObject({
            deploymentStartDateTime: '2025-03-02T08:25:00Z',
            deviceSetupStatus: 'inProgress'
        });
        expect(managedOf(serial)?.lastSyncDateTime).toBe('2025-03-02T08:50:00Z');
        const details = state.policyStatusDetails(event.id) ?? [];
        expect(details).toContainEqual(
            expect.objectContaining({ complianceStatus: 'notInstalled', trackedOnEnrollmentStatus: true })
        );
    });

    it('7: TPM failure at Securing your hardware, before Intune enrollment', () => {
        const serial = device('failedTpm').identity.serialNumber;
        const [event] = eventsOf(serial);
        expect(event.deploymentState).toBe('failure');
        expect(['notAttempted', 'failure']).toContain(event.deviceSetupStatus);
        expect(event.enrollmentFailureDetails).toContain('0x800705B4');
        expect(event.enrollmentFailureDetails).toMatch(/TPM attestation/);
        expect(managedOf(serial)).toBeUndefined();
    });

    it('8: app failure with a tracked Win32 app in error and a compliant policy', () => {
        const serial = device('failedApp').identity.serialNumber;
        const [event] = eventsOf(serial);
        expect(event.deviceSetupStatus).toBe('failure');
        const details = state.policyStatusDetails(event.id) ?? [];
        expect(details).toContainEqual(
            expect.objectContaining({
                policyType: 'application',
                complianceStatus: 'error',
                trackedOnEnrollmentStatus: true,
                errorCode: -2016345060
            })
        );
        expect(details).toContainEqual(expect.objectContaining({ complianceStatus: 'compliant' }));
    });

    it('9–10: ready to reseal, and user flow done', () => {
        const [reseal] = eventsOf(device('readyToReseal').identity.serialNumber);
        expect(reseal).toMatchObject({
            enrollmentType: 'azureADJoinedWithWhiteGlove',
            deploymentState: 'success',
            deviceSetupStatus: 'success',
            accountSetupStatus: 'notAttempted'
        });
        const [userFlow] = eventsOf(device('userFlowDone').identity.serialNumber);
        expect(userFlow).toMatchObject({ deploymentState: 'success', accountSetupStatus: 'success' });
    });

    it('11: reused device — 0x80180014 now, an earlier success within 30 days', () => {
        const { identity } = device('reusedDevice');
        expect(identity.enrollmentState).toBe('enrolled');
        const events = eventsOf(identity.serialNumber);
        expect(events.map(event => event.deploymentState)).toEqual(['failure', 'success']);
        expect(events[0].enrollmentFailureDetails).toContain('0x80180014');
        expect(STARTED_AT.getTime() - Date.parse(events[1].eventDateTime)).toBe(10 * DAY_MS);
    });

    it('12: hardware change needs manual remediation', () => {
        expect(device('attentionRequired').identity.remediationState).toBe('manualRemediationRequired');
    });

    it('13: both Windows 10 and Windows 11 occur among managed devices', () => {
        const versions = state.managedDevices(STARTED_AT).map(managed => managed.osVersion);
        expect(versions.some(version => version.startsWith('10.0.19045.'))).toBe(true);
        expect(versions.some(version => version.startsWith('10.0.22631.'))).toBe(true);
        expect(versions.some(version => version.startsWith('10.0.26100.'))).toBe(true);
        expect(managedOf(device('inProgressWindows10').identity.serialNumber)?.osVersion).toMatch(/^10\.0\.19045\./);
    });

    it('moving devices appear on the clock: no report before the start, no Intune record before enrolment, then the outcome', () => {
        const serial = device('startsThenFails').identity.serialNumber;
        const at = (minutes: number) => new Date(STARTED_AT.getTime() + minutes * 60_000);
        const reportAt = (minutes: number) => state.events(at(minutes)).find(event => event.deviceSerialNumber === serial);
        const intuneAt = (minutes: number) => state.managedDevices(at(minutes)).find(managed => managed.serialNumber === serial);
        expect(reportAt(DEMO_TIMELINE.failStarts - 0.1)).toBeUndefined();
        expect(reportAt(DEMO_TIMELINE.failStarts + 0.1)).toMatchObject({ deploymentState: 'inProgress', deploymentEndDateTime: null });
        expect(intuneAt(DEMO_TIMELINE.failStarts + 0.1)).toBeUndefined();
        expect(intuneAt(DEMO_TIMELINE.failStarts + 0.5)?.lastSyncDateTime).toBe('2025-03-02T10:02:30Z');
        expect(reportAt(DEMO_TIMELINE.failEnds + 1)).toMatchObject({
            deploymentState: 'failure',
            deviceSetupStatus: 'failure',
            deploymentEndDateTime: '2025-03-02T10:02:45Z',
            eventDateTime: '2025-03-02T10:02:45Z'
        });
        expect(intuneAt(DEMO_TIMELINE.failEnds + 1)?.lastSyncDateTime).toBe('2025-03-02T10:02:45Z');
    });

    it('the benchmark fleet reports a tenth of its devices in every 2 minutes, each at its own phase', () => {
        const fleetState = new TenantState(buildFixtures(STARTED_AT), buildFleet(STARTED_AT, 20));
        const reportedAt = (minutes: number) => {
            const now = new Date(STARTED_AT.getTime() + minutes * 60_000);
            return fleetState.events(now).filter(event => event.deviceSerialNumber.startsWith('FL'));
        };
        expect(reportedAt(0)).toHaveLength(20);
        const fresh = (minutes: number) =>
            reportedAt(minutes)
                .filter(event => Date.parse(event.eventDateTime) > STARTED_AT.getTime())
                .map(event => event.deviceSerialNumber)
                .sort();
        expect(fresh(2.5)).toEqual(['FL00000001', 'FL00000011']);
        expect(fresh(4.5)).toEqual(['FL00000001', 'FL00000002', 'FL00000011', 'FL00000012']);
        expect(fleetState.scenarios()).toHaveLength(16);
    });

    it('records assignment changes without touching other devices', () => {
        const local = new TenantState(buildFixtures(STARTED_AT));
        const id = local.identities()[0].identity.id;
        expect(local.setAssignedUser(id, { userPrincipalName: 'x@contoso.com', addressableUserName: 'X' })).toBe(true);
        expect(local.identity(id)?.identity.userPrincipalName).toBe('x@contoso.com');
        expect(local.setAssignedUser(id, undefined)).toBe(true);
        expect(local.identity(id)?.identity).toMatchObject({ userPrincipalName: '', addressableUserName: '' });
        expect(local.setAssignedUser('nope', undefined)).toBe(false);
    });
});
