/**
 * The demo tenant's one device builder: a device record (data) in, the Graph resources Intune holds for it out — its
 * Autopilot identity, its Intune record, its deployment reports with their ESP states — with the fields that move on
 * the tenant's clock as functions of `now`.
 */

import { createHash } from 'node:crypto';
import { EMPTY_GUID } from '../../domain/identifiers';
import { GRAPH_NEVER, durationBetween, formatGraphDateTime, minutesAfter, minutesBefore } from '../clock';
import { demoGuid } from '../demoGuid';
import type {
    AutopilotPolicyStatusDetail,
    DeviceManagementAutopilotEvent,
    ManagedDevice,
    WindowsAutopilotDeploymentState,
    WindowsAutopilotDeviceIdentity
} from '../graphResources';
import { demoUserNamed, type DemoUser } from '../users';
import { deviceName, profileId, profileName } from './deploymentProfiles';
import {
    DAY,
    type At,
    type DemoDeviceRecord,
    type Deployment,
    type DeploymentOutcome,
    type IntuneRecord,
    type Provisioning,
    type ReportClock,
    type SyncClock
} from './deviceRecord';
import { autopilotEvent, policyStatusDetail } from './reportRecords';

export interface DemoIdentityFixture {
    identity: WindowsAutopilotDeviceIdentity;
    deploymentProfileId?: string;
    intendedDeploymentProfileId?: string;
}

export interface DemoManagedDeviceFixture {
    device: ManagedDevice;
    /** Not in Intune before this time (it enrols). */
    from?: Date;
    /** Fields that move with the clock (the syncs of a running deployment). */
    live?: (now: Date) => Partial<ManagedDevice>;
}

export interface DemoEventFixture {
    event: DeviceManagementAutopilotEvent;
    /** Not reported before this time (the deployment starts). */
    from?: Date;
    live?: (now: Date) => Partial<DeviceManagementAutopilotEvent>;
    policyStatusDetails: AutopilotPolicyStatusDetail[];
}

export interface DemoDeviceResources {
    device: DemoIdentityFixture;
    managedDevice?: DemoManagedDeviceFixture;
    events: DemoEventFixture[];
}

type LiveEvent = (now: Date) => Partial<DeviceManagementAutopilotEvent>;

/** What each outcome shows in the report. */
const OUTCOMES: Record<
    DeploymentOutcome,
    {
        deploymentState: WindowsAutopilotDeploymentState;
        deviceSetupStatus: WindowsAutopilotDeploymentState;
        accountSetupStatus: WindowsAutopilotDeploymentState;
        /** Enrolled in Intune: it has a device name and the apps and policies targeted at it. */
        enrolled: boolean;
        /** The user signed in: the report names them. */
        userSignedIn: boolean;
    }
> = {
    running: { deploymentState: 'inProgress', deviceSetupStatus: 'inProgress', accountSetupStatus: 'notAttempted', enrolled: true, userSignedIn: false },
    enrollmentFailed: { deploymentState: 'failure', deviceSetupStatus: 'notAttempted', accountSetupStatus: 'notAttempted', enrolled: false, userSignedIn: false },
    deviceSetupFailed: { deploymentState: 'failure', deviceSetupStatus: 'failure', accountSetupStatus: 'notAttempted', enrolled: true, userSignedIn: false },
    technicianFlowDone: { deploymentState: 'success', deviceSetupStatus: 'success', accountSetupStatus: 'notAttempted', enrolled: true, userSignedIn: false },
    userFlowDone: { deploymentState: 'success', deviceSetupStatus: 'success', accountSetupStatus: 'success', enrolled: true, userSignedIn: true }
};

/** A record's relative times as dates, for a tenant that starts at `startedAt`. */
type Moment = (minutes: At) => Date;

export function buildDevice(record: DemoDeviceRecord, startedAt: Date): DemoDeviceResources {
    const at: Moment = minutes => minutesAfter(startedAt, minutes);
    const user = record.user === undefined ? undefined : demoUserNamed(record.user);
    const intendedProfile = record.intendedProfile ?? record.profile;
    const provisioning = record.provisioning;
    return {
        device: {
            identity: autopilotIdentity(record, at, user),
            deploymentProfileId: record.profile && profileId(record.profile),
            intendedDeploymentProfileId: intendedProfile && profileId(intendedProfile)
        },
        managedDevice:
            provisioning?.intune && managedDevice(record, provisioning.osVersion, provisioning.intune, at, user),
        events: provisioning
            ? provisioning.deployments.map((deployment, index) => deploymentReport(record, provisioning, deployment, index, at, user))
            : []
    };
}

function autopilotIdentity(record: DemoDeviceRecord, at: Moment, user?: DemoUser): WindowsAutopilotDeviceIdentity {
    const entraDeviceId = demoGuid(`entra:${record.serial}`);
    const graphTime = (minutes?: At): string => (minutes === undefined ? GRAPH_NEVER : formatGraphDateTime(at(minutes)));
    return {
        id: demoGuid(`ztd:${record.serial}`),
        displayName: '',
        groupTag: record.groupTag,
        purchaseOrderIdentifier: record.purchaseOrder ?? '',
        serialNumber: record.serial,
        productKey: '',
        manufacturer: record.hardware.manufacturer,
        model: record.hardware.model,
        enrollmentState: record.enrollmentState,
        lastContactedDateTime: graphTime(record.lastContactedAt),
        addressableUserName: user?.displayName ?? '',
        userPrincipalName: user?.userPrincipalName ?? '',
        resourceName: '',
        skuNumber: '',
        systemFamily: record.hardware.systemFamily,
        azureActiveDirectoryDeviceId: entraDeviceId,
        managedDeviceId: record.provisioning?.intune ? demoGuid(`intune:${record.serial}`) : EMPTY_GUID,
        deploymentProfileAssignmentStatus: record.assignment,
        deploymentProfileAssignmentDetailedStatus: 'none',
        deploymentProfileAssignedDateTime: graphTime(record.assignedAt),
        azureAdDeviceId: entraDeviceId,
        deviceAccountUpn: '',
        deviceAccountPassword: null,
        deviceFriendlyName: '',
        remediationState: record.remediation?.state ?? 'noRemediationRequired',
        remediationStateLastModifiedDateTime: graphTime(record.remediation?.at ?? -30 * DAY),
        userlessEnrollmentStatus: 'allowed'
    };
}

function managedDevice(
    record: DemoDeviceRecord,
    osVersion: string,
    intune: IntuneRecord,
    at: Moment,
    user?: DemoUser
): DemoManagedDeviceFixture {
    const { serial, hardware } = record;
    const enrolledAt = at(intune.enrolledAt);
    const owner = intune.userSignedIn ? user : undefined;
    const sync = syncClock(intune.lastSync, enrolledAt, at);
    return {
        device: {
            id: demoGuid(`intune:${serial}`),
            userId: owner ? owner.id : '',
            deviceName: deviceName(serial),
            managedDeviceName: `${owner?.userPrincipalName.split('@')[0] ?? 'userless'}_Windows_${formatGraphDateTime(enrolledAt).slice(0, 10)}`,
            managedDeviceOwnerType: 'company',
            enrolledDateTime: formatGraphDateTime(enrolledAt),
            lastSyncDateTime: formatGraphDateTime(sync.lastSync),
            operatingSystem: 'Windows',
            osVersion,
            complianceState: intune.complianceState,
            managementAgent: 'mdm',
            deviceEnrollmentType: 'windowsAzureADJoin',
            deviceRegistrationState: 'registered',
            azureADRegistered: true,
            azureADDeviceId: demoGuid(`entra:${serial}`),
            enrollmentProfileName: profileName('preProvisioning'),
            userPrincipalName: owner?.userPrincipalName ?? '',
            userDisplayName: owner?.displayName ?? '',
            emailAddress: owner?.userPrincipalName ?? '',
            model: hardware.model,
            manufacturer: hardware.manufacturer,
            serialNumber: serial,
            isEncrypted: intune.isEncrypted,
            isSupervised: false,
            jailBroken: 'Unknown',
            totalStorageSpaceInBytes: 511_101_108_224,
            freeStorageSpaceInBytes: 438_372_843_520,
            physicalMemoryInBytes: 0,
            wiFiMacAddress: createHash('sha1').update(serial).digest('hex').toUpperCase().slice(0, 12),
            ethernetMacAddress: null,
            deviceCategoryDisplayName: 'Unknown category',
            partnerReportedThreatState: 'unknown',
            complianceGracePeriodExpirationDateTime: '9999-12-31T23:59:59Z',
            notes: null,
            autopilotEnrolled: true,
            joinType: 'azureADJoined',
            skuFamily: 'Enterprise'
        },
        from: enrolledAt,
        live: sync.live
    };
}

function syncClock(sync: SyncClock, enrolledAt: Date, at: Moment): { lastSync: Date; live?: (now: Date) => Partial<ManagedDevice> } {
    if (typeof sync === 'number') {
        return { lastSync: at(sync) };
    }
    if ('behindClock' in sync) {
        return {
            lastSync: at(-sync.behindClock),
            live: now => ({ lastSyncDateTime: formatGraphDateTime(minutesBefore(now, sync.behindClock)) })
        };
    }
    const until = at(sync.until);
    return { lastSync: enrolledAt, live: now => ({ lastSyncDateTime: formatGraphDateTime(now < until ? now : until) }) };
}

function deploymentReport(
    record: DemoDeviceRecord,
    provisioning: Provisioning,
    deployment: Deployment,
    index: number,
    at: Moment,
    user?: DemoUser
): DemoEventFixture {
    const { serial } = record;
    const outcome = OUTCOMES[deployment.outcome];
    const start = at(deployment.start);
    const lastReport = at(deployment.lastReport);
    return {
        event: autopilotEvent({
            key: `${serial}:${index + 1}`,
            serial,
            deviceName: outcome.enrolled ? deviceName(serial) : undefined,
            upn: outcome.userSignedIn ? user?.userPrincipalName : undefined,
            enrollmentState: outcome.enrolled ? 'enrolled' : 'failed',
            deploymentState: outcome.deploymentState,
            deviceSetupStatus: outcome.deviceSetupStatus,
            accountSetupStatus: outcome.accountSetupStatus,
            osVersion: provisioning.osVersion,
            start,
            preparationMinutes: deployment.preparationMinutes,
            deviceSetupMinutes: deployment.deviceSetupMinutes,
            accountSetupMinutes: deployment.accountSetupMinutes,
            end: deployment.outcome === 'running' ? undefined : lastReport,
            lastUpdate: lastReport,
            failureDetails: deployment.failureDetails,
            registeredAt: at(provisioning.registeredAt),
            targetedAppCount: outcome.enrolled ? undefined : 0,
            targetedPolicyCount: outcome.enrolled ? undefined : 0
        }),
        from: start,
        live: deployment.clock && reportClock(deployment.clock, deployment, at),
        policyStatusDetails: deployment.esp.map(state =>
            policyStatusDetail(`${serial}:${state.item}`, state.item, state.status, at(state.at), state.errorCode)
        )
    };
}

function reportClock(clock: ReportClock, deployment: Deployment, at: Moment): LiveEvent {
    const start = at(deployment.start);
    const preparationEnd = minutesAfter(start, deployment.preparationMinutes);
    switch (clock.kind) {
        case 'everyMinute':
            return now => ({
                eventDateTime: formatGraphDateTime(minutesBefore(now, 1)),
                deploymentDuration: durationBetween(start, now),
                deploymentTotalDuration: durationBetween(start, now),
                deviceSetupDuration: durationBetween(preparationEnd, now)
            });
        case 'script':
            return scriptedReport(start, preparationEnd, at(clock.until), clock.then);
        case 'periodic': {
            const base = start.getTime() + clock.phaseMs - clock.everyMs;
            return now => {
                const reported = new Date(base + Math.floor((now.getTime() - base) / clock.everyMs) * clock.everyMs);
                return {
                    eventDateTime: formatGraphDateTime(reported < start ? start : reported),
                    deploymentDuration: durationBetween(start, now)
                };
            };
        }
    }
}

/**
 * Live progress from `start` until `lastReport`; then the deployment ends with `outcome`, or, without one, stays in
 * progress and never reports again (a device gone silent).
 */
function scriptedReport(start: Date, preparationEnd: Date, lastReport: Date, outcome?: 'success' | 'failure'): LiveEvent {
    return now => {
        const at = now < lastReport ? now : lastReport;
        const progress = {
            eventDateTime: formatGraphDateTime(at),
            deploymentDuration: durationBetween(start, at),
            deploymentTotalDuration: durationBetween(start, at),
            devicePreparationDuration: durationBetween(start, at < preparationEnd ? at : preparationEnd),
            deviceSetupDuration: durationBetween(preparationEnd, at)
        };
        if (now < lastReport || !outcome) return progress;
        return { ...progress, deploymentState: outcome, deviceSetupStatus: outcome, deploymentEndDateTime: formatGraphDateTime(lastReport) };
    };
}
