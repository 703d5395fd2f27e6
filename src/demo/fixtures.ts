/**
 * The demo tenant's devices: one Autopilot device per pre-provisioning scenario, plus older "noise" deployment
 * events so that autopilotEvents really pages. Every time is relative to `startedAt` (or to `now()` for the
 * deployments that are running), so the tenant looks live whenever it starts.
 */

import { createHash } from 'node:crypto';
import { EMPTY_GUID } from '../domain/identifiers';
import {
    GRAPH_NEVER,
    daysBefore,
    durationBetween,
    formatGraphDateTime,
    minutesAfter,
    minutesBefore,
    minutesDuration
} from './clock';
import type {
    AutopilotEnrollmentState,
    AutopilotEnrollmentType,
    AutopilotPolicyStatusDetail,
    DeviceManagementAutopilotEvent,
    ManagedDevice,
    ProfileAssignmentStatus,
    RemediationState,
    WindowsAutopilotDeploymentProfile,
    WindowsAutopilotDeploymentState,
    WindowsAutopilotDeviceIdentity
} from './graphResources';

export type DemoScenario =
    | 'profileNotAssigned'
    | 'profileAssigning'
    | 'preProvisioningNotAllowed'
    | 'readyToProvision'
    | 'inProgress'
    | 'stalled'
    | 'failedTpm'
    | 'failedApp'
    | 'readyToReseal'
    | 'userFlowDone'
    | 'reusedDevice'
    | 'attentionRequired'
    | 'inProgressWindows10'
    | 'startsThenFails'
    | 'startsThenSucceeds'
    | 'goesSilent';

export interface DemoDeviceFixture {
    scenario: DemoScenario;
    identity: WindowsAutopilotDeviceIdentity;
    deploymentProfileId?: string;
    intendedDeploymentProfileId?: string;
}

export interface DemoManagedDeviceFixture {
    device: ManagedDevice;
    /** Not in Intune before this time (it enrols during its deployment). */
    from?: Date;
    /** Fields that move with the clock (heartbeat of a running deployment). */
    live?: (now: Date) => Partial<ManagedDevice>;
}

export interface DemoEventFixture {
    event: DeviceManagementAutopilotEvent;
    /** Not reported before this time (the deployment has not started yet). */
    from?: Date;
    live?: (now: Date) => Partial<DeviceManagementAutopilotEvent>;
    policyStatusDetails: AutopilotPolicyStatusDetail[];
}

/** Look-alike devices for benchmarks at tenant scale: no scenario of their own. */
export interface DemoFleet {
    devices: Omit<DemoDeviceFixture, 'scenario'>[];
    managedDevices: DemoManagedDeviceFixture[];
    events: DemoEventFixture[];
}

export interface DemoFixtures {
    devices: DemoDeviceFixture[];
    managedDevices: DemoManagedDeviceFixture[];
    events: DemoEventFixture[];
    deploymentProfiles: WindowsAutopilotDeploymentProfile[];
}


/** A stable GUID derived from a name, so ids are the same on every start. */
export function demoGuid(name: string): string {
    const hex = createHash('sha1').update(`autopilot-demo:${name}`).digest('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const PROFILE_PRE_PROVISIONING = demoGuid('profile:preprov');
const PROFILE_USER_DRIVEN = demoGuid('profile:userdriven');
const PROFILE_SELF_DEPLOYING = demoGuid('profile:selfdeploying');
const ESP_ID = demoGuid('esp:preprov');
const ESP_NAME = 'ESP-PreProv-60min';

const PROFILE_NAMES: Record<string, string> = {
    [PROFILE_PRE_PROVISIONING]: 'AP-PreProv-EntraJoin',
    [PROFILE_USER_DRIVEN]: 'AP-UserDriven-Standard',
    [PROFILE_SELF_DEPLOYING]: 'AP-SelfDeploying-Kiosk'
};

function deploymentProfiles(startedAt: Date): WindowsAutopilotDeploymentProfile[] {
    const profile = (
        id: string,
        description: string,
        enableWhiteGlove: boolean,
        deviceUsageType: 'singleUser' | 'shared',
        createdDaysAgo: number
    ): WindowsAutopilotDeploymentProfile => ({
        '@odata.type': '#microsoft.graph.azureADWindowsAutopilotDeploymentProfile',
        id,
        displayName: PROFILE_NAMES[id],
        description,
        language: 'os-default',
        createdDateTime: formatGraphDateTime(daysBefore(startedAt, createdDaysAgo)),
        lastModifiedDateTime: formatGraphDateTime(daysBefore(startedAt, Math.floor(createdDaysAgo / 3))),
        enableWhiteGlove,
        extractHardwareHash: true,
        deviceNameTemplate: 'CTS-%SERIAL%',
        deviceType: 'windowsPc',
        roleScopeTagIds: ['0'],
        outOfBoxExperienceSettings: {
            hidePrivacySettings: true,
            hideEULA: true,
            userType: 'standard',
            deviceUsageType,
            skipKeyboardSelectionPage: true,
            hideEscapeLink: true
        }
    });
    return [
        profile(PROFILE_PRE_PROVISIONING, 'Entra join, user-driven, pre-provisioning allowed', true, 'singleUser', 140),
        profile(PROFILE_USER_DRIVEN, 'Entra join, user-driven, no pre-provisioning', false, 'singleUser', 210),
        profile(PROFILE_SELF_DEPLOYING, 'Self-deploying kiosks and shared devices', false, 'shared', 95)
    ];
}

interface DeviceSpec {
    scenario: DemoScenario;
    serial: string;
    manufacturer: string;
    model: string;
    systemFamily: string;
    groupTag: string;
    user?: { upn: string; name: string };
    profileId?: string;
    intendedProfileId?: string;
    assignmentStatus: ProfileAssignmentStatus;
    assignedAt?: Date;
    enrollmentState: AutopilotEnrollmentState;
    lastContactedAt?: Date;
    remediation?: { state: RemediationState; at: Date };
    enrolled?: boolean;
    purchaseOrder?: string;
}

function identityFor(spec: DeviceSpec, startedAt: Date): WindowsAutopilotDeviceIdentity {
    const entraDeviceId = demoGuid(`entra:${spec.serial}`);
    return {
        id: demoGuid(`ztd:${spec.serial}`),
        displayName: '',
        groupTag: spec.groupTag,
        purchaseOrderIdentifier: spec.purchaseOrder ?? '',
        serialNumber: spec.serial,
        productKey: '',
        manufacturer: spec.manufacturer,
        model: spec.model,
        enrollmentState: spec.enrollmentState,
        lastContactedDateTime: spec.lastContactedAt ? formatGraphDateTime(spec.lastContactedAt) : GRAPH_NEVER,
        addressableUserName: spec.user?.name ?? '',
        userPrincipalName: spec.user?.upn ?? '',
        resourceName: '',
        skuNumber: '',
        systemFamily: spec.systemFamily,
        azureActiveDirectoryDeviceId: entraDeviceId,
        managedDeviceId: spec.enrolled ? demoGuid(`intune:${spec.serial}`) : EMPTY_GUID,
        deploymentProfileAssignmentStatus: spec.assignmentStatus,
        deploymentProfileAssignmentDetailedStatus: 'none',
        deploymentProfileAssignedDateTime: spec.assignedAt ? formatGraphDateTime(spec.assignedAt) : GRAPH_NEVER,
        azureAdDeviceId: entraDeviceId,
        deviceAccountUpn: '',
        deviceAccountPassword: null,
        deviceFriendlyName: '',
        remediationState: spec.remediation?.state ?? 'noRemediationRequired',
        remediationStateLastModifiedDateTime: formatGraphDateTime(spec.remediation?.at ?? daysBefore(startedAt, 30)),
        userlessEnrollmentStatus: 'allowed'
    };
}

interface ManagedSpec {
    serial: string;
    manufacturer: string;
    model: string;
    user?: { upn: string; name: string };
    enrolledAt: Date;
    lastSyncAt: Date;
    osVersion: string;
    complianceState: ManagedDevice['complianceState'];
    isEncrypted: boolean;
}

function managedDeviceFor(spec: ManagedSpec): ManagedDevice {
    const name = `CTS-${spec.serial}`.slice(0, 15);
    const macSeed = createHash('sha1').update(spec.serial).digest('hex').toUpperCase();
    const userAlias = spec.user?.upn.split('@')[0] ?? 'userless';
    return {
        id: demoGuid(`intune:${spec.serial}`),
        userId: spec.user ? demoGuid(`user:${spec.user.upn}`) : '',
        deviceName: name,
        managedDeviceName: `${userAlias}_Windows_${formatGraphDateTime(spec.enrolledAt).slice(0, 10)}`,
        managedDeviceOwnerType: 'company',
        enrolledDateTime: formatGraphDateTime(spec.enrolledAt),
        lastSyncDateTime: formatGraphDateTime(spec.lastSyncAt),
        operatingSystem: 'Windows',
        osVersion: spec.osVersion,
        complianceState: spec.complianceState,
        managementAgent: 'mdm',
        deviceEnrollmentType: 'windowsAzureADJoin',
        deviceRegistrationState: 'registered',
        azureADRegistered: true,
        azureADDeviceId: demoGuid(`entra:${spec.serial}`),
        enrollmentProfileName: PROFILE_NAMES[PROFILE_PRE_PROVISIONING],
        userPrincipalName: spec.user?.upn ?? '',
        userDisplayName: spec.user?.name ?? '',
        emailAddress: spec.user?.upn ?? '',
        model: spec.model,
        manufacturer: spec.manufacturer,
        serialNumber: spec.serial,
        isEncrypted: spec.isEncrypted,
        isSupervised: false,
        jailBroken: 'Unknown',
        totalStorageSpaceInBytes: 511_101_108_224,
        freeStorageSpaceInBytes: 438_372_843_520,
        physicalMemoryInBytes: 0,
        wiFiMacAddress: macSeed.slice(0, 12),
        ethernetMacAddress: null,
        deviceCategoryDisplayName: 'Unknown category',
        partnerReportedThreatState: 'unknown',
        complianceGracePeriodExpirationDateTime: '9999-12-31T23:59:59Z',
        notes: null,
        autopilotEnrolled: true,
        joinType: 'azureADJoined',
        skuFamily: 'Enterprise'
    };
}

interface EventSpec {
    key: string;
    serial: string;
    deviceName?: string;
    upn?: string;
    enrollmentType?: AutopilotEnrollmentType;
    profileName?: string;
    enrollmentState: AutopilotEnrollmentState;
    deploymentState: WindowsAutopilotDeploymentState;
    deviceSetupStatus: WindowsAutopilotDeploymentState;
    accountSetupStatus: WindowsAutopilotDeploymentState;
    osVersion: string;
    start: Date;
    /** Minutes spent before device setup (enrollment, Securing your hardware). */
    preparationMinutes: number;
    deviceSetupMinutes: number;
    accountSetupMinutes?: number;
    end?: Date;
    lastUpdate: Date;
    failureDetails?: string;
    registeredAt: Date;
    targetedAppCount?: number;
    targetedPolicyCount?: number;
}

function eventFor(spec: EventSpec): DeviceManagementAutopilotEvent {
    const totalMinutes = spec.preparationMinutes + spec.deviceSetupMinutes + (spec.accountSetupMinutes ?? 0);
    return {
        id: demoGuid(`event:${spec.key}`),
        deviceId: demoGuid(`entra:${spec.serial}`),
        userId: spec.upn ? demoGuid(`user:${spec.upn}`) : '',
        eventDateTime: formatGraphDateTime(spec.lastUpdate),
        deviceRegisteredDateTime: formatGraphDateTime(spec.registeredAt),
        enrollmentStartDateTime: formatGraphDateTime(spec.start),
        enrollmentType: spec.enrollmentType ?? 'azureADJoinedWithWhiteGlove',
        deviceSerialNumber: spec.serial,
        managedDeviceName: spec.deviceName ?? '',
        userPrincipalName: spec.upn ?? '',
        windowsAutopilotDeploymentProfileDisplayName: spec.profileName ?? PROFILE_NAMES[PROFILE_PRE_PROVISIONING],
        enrollmentState: spec.enrollmentState,
        windows10EnrollmentCompletionPageConfigurationDisplayName: ESP_NAME,
        windows10EnrollmentCompletionPageConfigurationId: ESP_ID,
        deploymentState: spec.deploymentState,
        deviceSetupStatus: spec.deviceSetupStatus,
        accountSetupStatus: spec.accountSetupStatus,
        osVersion: spec.osVersion,
        deploymentDuration: minutesDuration(spec.preparationMinutes + spec.deviceSetupMinutes),
        deploymentTotalDuration: minutesDuration(totalMinutes),
        devicePreparationDuration: minutesDuration(spec.preparationMinutes),
        deviceSetupDuration: minutesDuration(spec.deviceSetupMinutes),
        accountSetupDuration: minutesDuration(spec.accountSetupMinutes ?? 0),
        deploymentStartDateTime: formatGraphDateTime(spec.start),
        deploymentEndDateTime: spec.end ? formatGraphDateTime(spec.end) : null,
        targetedAppCount: spec.targetedAppCount ?? 3,
        targetedPolicyCount: spec.targetedPolicyCount ?? 6,
        enrollmentFailureDetails: spec.failureDetails ?? null
    };
}

/** Running deployments: durations and the report's timestamp follow the clock. */
function liveDeployment(
    start: Date,
    preparationMinutes: number
): (now: Date) => Partial<DeviceManagementAutopilotEvent> {
    const deviceSetupStart = minutesAfter(start, preparationMinutes);
    return now => ({
        eventDateTime: formatGraphDateTime(minutesBefore(now, 1)),
        deploymentDuration: durationBetween(start, now),
        deploymentTotalDuration: durationBetween(start, now),
        deviceSetupDuration: durationBetween(deviceSetupStart, now)
    });
}

/**
 * Minutes after the tenant starts at which its moving devices change, so a new user who watches them sees a stall,
 * a failure and a success within minutes. Each device that finishes runs for under a minute, so even with
 * STALL_AFTER_MINUTES=1 only the one that goes silent is ever told as stalled.
 */
export const DEMO_TIMELINE = {
    /** `goesSilent`: started before the tenant did, stops reporting at this minute. */
    silentAfter: 0.5,
    failStarts: 2,
    failEnds: 2.75,
    successStarts: 4,
    successEnds: 4.75
} as const;

/**
 * A deployment that reports live progress from `start` until `lastReport`. Then it ends with `outcome`, or, without
 * one, stays in progress and never reports again (a device gone silent).
 */
function scriptedDeployment(start: Date, lastReport: Date, outcome?: 'success' | 'failure'): (now: Date) => Partial<DeviceManagementAutopilotEvent> {
    const preparationEnd = minutesAfter(start, 0.25);
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

function policy(
    key: string,
    displayName: string,
    policyType: AutopilotPolicyStatusDetail['policyType'],
    complianceStatus: AutopilotPolicyStatusDetail['complianceStatus'],
    trackedOnEnrollmentStatus: boolean,
    lastReported: Date,
    errorCode = 0
): AutopilotPolicyStatusDetail {
    return {
        id: demoGuid(`policy:${key}`),
        displayName,
        policyType,
        complianceStatus,
        trackedOnEnrollmentStatus,
        lastReportedDateTime: formatGraphDateTime(lastReported),
        errorCode
    };
}

const HP = 'HP';
const LENOVO = 'LENOVO';
const MICROSOFT = 'Microsoft Corporation';
const WIN11_24H2 = '10.0.26100.3194';
const WIN11_23H2 = '10.0.22631.4890';
const WIN10_22H2 = '10.0.19045.5487';

/** 0x87D1041C: the app installed but was not detected afterwards. */
const APP_NOT_DETECTED = -2016345060;

/** Builds the whole tenant for a start time. Pure: same `startedAt` → same data. */
export function buildFixtures(startedAt: Date): DemoFixtures {
    const t0 = startedAt;
    const ago = (minutes: number): Date => minutesBefore(t0, minutes);
    const devices: DemoDeviceFixture[] = [];
    const managedDevices: DemoManagedDeviceFixture[] = [];
    const events: DemoEventFixture[] = [];

    const addDevice = (spec: DeviceSpec): WindowsAutopilotDeviceIdentity => {
        const identity = identityFor(spec, t0);
        devices.push({
            scenario: spec.scenario,
            identity,
            deploymentProfileId: spec.profileId,
            intendedDeploymentProfileId: spec.intendedProfileId ?? spec.profileId
        });
        return identity;
    };

    // 1. Registered, no profile targets it yet.
    addDevice({
        scenario: 'profileNotAssigned',
        serial: '5CG3291LQX',
        manufacturer: HP,
        model: 'HP EliteBook 840 14 inch G10 Notebook PC',
        systemFamily: '103C_5336AN HP EliteBook',
        groupTag: 'APAC-Finance',
        purchaseOrder: 'PO-2024-1187',
        assignmentStatus: 'notAssigned',
        enrollmentState: 'notContacted'
    });

    // 2. Group membership just changed: Intune is still assigning the profile.
    addDevice({
        scenario: 'profileAssigning',
        serial: 'PW0B7K3M',
        manufacturer: LENOVO,
        model: '21HD0051US',
        systemFamily: 'ThinkPad T14 Gen 4',
        groupTag: 'EMEA-Sales',
        user: { upn: 'tom.becker@contoso.com', name: 'Tom Becker' },
        intendedProfileId: PROFILE_PRE_PROVISIONING,
        assignmentStatus: 'pending',
        enrollmentState: 'notContacted'
    });

    // 3. Assigned a profile whose "Allow pre-provisioned deployment" is No.
    addDevice({
        scenario: 'preProvisioningNotAllowed',
        serial: '048213795653',
        manufacturer: MICROSOFT,
        model: 'Surface Laptop 5',
        systemFamily: 'Surface',
        groupTag: 'US-Retail',
        user: { upn: 'li.wei@contoso.com', name: 'Li Wei' },
        profileId: PROFILE_USER_DRIVEN,
        assignmentStatus: 'assignedInSync',
        assignedAt: daysBefore(t0, 2),
        enrollmentState: 'notContacted'
    });

    // 4. Everything in place, the technician has not pressed Windows key ×5 yet.
    addDevice({
        scenario: 'readyToProvision',
        serial: 'MJ0GH4TZ',
        manufacturer: LENOVO,
        model: '21HMCTO1WW',
        systemFamily: 'ThinkPad X1 Carbon Gen 11',
        groupTag: 'EMEA-Sales',
        user: { upn: 'jonas.weber@contoso.com', name: 'Jonas Weber' },
        profileId: PROFILE_PRE_PROVISIONING,
        assignmentStatus: 'assignedInSync',
        assignedAt: daysBefore(t0, 3),
        enrollmentState: 'notContacted'
    });

    // 5. The digest's example device: device setup running for 12 minutes when the tenant starts, and counting.
    {
        const serial = 'PF3XYZ12';
        const start = ago(12);
        const user = { upn: 'ana.silva@contoso.com', name: 'Ana Silva' };
        addDevice({
            scenario: 'inProgress',
            serial,
            manufacturer: LENOVO,
            model: '21F6CTO1WW',
            systemFamily: 'ThinkPad T14s Gen 4',
            groupTag: 'EMEA-Sales',
            user,
            profileId: PROFILE_PRE_PROVISIONING,
            assignmentStatus: 'assignedInSync',
            assignedAt: daysBefore(t0, 5),
            enrollmentState: 'enrolled',
            lastContactedAt: start,
            enrolled: true
        });
        managedDevices.push({
            device: managedDeviceFor({
                serial,
                manufacturer: LENOVO,
                model: '21F6CTO1WW',
                enrolledAt: ago(8),
                lastSyncAt: ago(1),
                osVersion: WIN11_24H2,
                complianceState: 'unknown',
                isEncrypted: false
            }),
            live: now => ({ lastSyncDateTime: formatGraphDateTime(minutesBefore(now, 1)) })
        });
        events.push({
            event: eventFor({
                key: `${serial}:1`,
                serial,
                deviceName: `CTS-${serial}`,
                enrollmentState: 'enrolled',
                deploymentState: 'inProgress',
                deviceSetupStatus: 'inProgress',
                accountSetupStatus: 'notAttempted',
                osVersion: WIN11_24H2,
                start,
                preparationMinutes: 4,
                deviceSetupMinutes: 8,
                lastUpdate: ago(1),
                registeredAt: daysBefore(t0, 6)
            }),
            live: liveDeployment(start, 4),
            policyStatusDetails: [
                policy(`${serial}:m365`, 'Microsoft 365 Apps for enterprise', 'application', 'installed', true, ago(3)),
                policy(`${serial}:vpn`, 'Company VPN (Win32)', 'application', 'unknown', true, ago(2)),
                policy(`${serial}:bitlocker`, 'BitLocker baseline', 'configurationPolicy', 'compliant', false, ago(6))
            ]
        });
    }

    // 6. Device setup started 95 minutes ago; the device stopped checking in 70 minutes ago on a tracked app.
    {
        const serial = '5CD3384F7K';
        const start = ago(95);
        addDevice({
            scenario: 'stalled',
            serial,
            manufacturer: HP,
            model: 'HP ProBook 450 15.6 inch G10 Notebook PC',
            systemFamily: '103C_5336AN HP ProBook',
            groupTag: 'US-Warehouse',
            profileId: PROFILE_PRE_PROVISIONING,
            assignmentStatus: 'assignedInSync',
            assignedAt: daysBefore(t0, 9),
            enrollmentState: 'enrolled',
            lastContactedAt: start,
            enrolled: true
        });
        managedDevices.push({
            device: managedDeviceFor({
                serial,
                manufacturer: HP,
                model: 'HP ProBook 450 15.6 inch G10 Notebook PC',
                enrolledAt: ago(90),
                lastSyncAt: ago(70),
                osVersion: WIN11_23H2,
                complianceState: 'unknown',
                isEncrypted: false
            })
        });
        events.push({
            event: eventFor({
                key: `${serial}:1`,
                serial,
                deviceName: `CTS-${serial}`,
                enrollmentState: 'enrolled',
                deploymentState: 'inProgress',
                deviceSetupStatus: 'inProgress',
                accountSetupStatus: 'notAttempted',
                osVersion: WIN11_23H2,
                start,
                preparationMinutes: 5,
                deviceSetupMinutes: 20,
                lastUpdate: ago(70),
                registeredAt: daysBefore(t0, 12)
            }),
            policyStatusDetails: [
                policy(
                    `${serial}:m365`,
                    'Microsoft 365 Apps for enterprise',
                    'application',
                    'installed',
                    true,
                    ago(74)
                ),
                policy(
                    `${serial}:lob`,
                    'Contoso Line-of-Business Agent (Win32)',
                    'application',
                    'notInstalled',
                    true,
                    ago(70)
                ),
                policy(`${serial}:wifi`, 'Wi-Fi Corp profile', 'configurationPolicy', 'compliant', false, ago(85))
            ]
        });
    }

    // 7. Failed at "Securing your hardware": TPM attestation timed out before Intune enrollment — no Intune device.
    {
        const serial = '038511294557';
        const start = ago(40);
        addDevice({
            scenario: 'failedTpm',
            serial,
            manufacturer: MICROSOFT,
            model: 'Surface Pro 9',
            systemFamily: 'Surface',
            groupTag: 'EMEA-Engineering',
            user: { upn: 'noah.fischer@contoso.com', name: 'Noah Fischer' },
            profileId: PROFILE_PRE_PROVISIONING,
            assignmentStatus: 'assignedInSync',
            assignedAt: daysBefore(t0, 4),
            enrollmentState: 'failed',
            lastContactedAt: start
        });
        events.push({
            event: eventFor({
                key: `${serial}:1`,
                serial,
                enrollmentState: 'failed',
                deploymentState: 'failure',
                deviceSetupStatus: 'notAttempted',
                accountSetupStatus: 'notAttempted',
                osVersion: '10.0.22631.4602',
                start,
                preparationMinutes: 9,
                deviceSetupMinutes: 0,
                end: ago(31),
                lastUpdate: ago(31),
                failureDetails: 'Securing your hardware failed: 0x800705B4 — TPM attestation timed out.',
                registeredAt: daysBefore(t0, 8),
                targetedAppCount: 0,
                targetedPolicyCount: 0
            }),
            policyStatusDetails: []
        });
    }

    // 8. Device setup failed on a tracked Win32 app (0x87D1041C).
    {
        const serial = 'PC2RD9NX';
        const start = ago(80);
        const user = { upn: 'marta.kowalska@contoso.com', name: 'Marta Kowalska' };
        addDevice({
            scenario: 'failedApp',
            serial,
            manufacturer: LENOVO,
            model: '21H1CTO1WW',
            systemFamily: 'ThinkPad L14 Gen 4',
            groupTag: 'EMEA-Sales',
            user,
            profileId: PROFILE_PRE_PROVISIONING,
            assignmentStatus: 'assignedInSync',
            assignedAt: daysBefore(t0, 6),
            enrollmentState: 'enrolled',
            lastContactedAt: start,
            enrolled: true
        });
        managedDevices.push({
            device: managedDeviceFor({
                serial,
                manufacturer: LENOVO,
                model: '21H1CTO1WW',
                enrolledAt: ago(76),
                lastSyncAt: ago(18),
                osVersion: '10.0.22631.4751',
                complianceState: 'noncompliant',
                isEncrypted: true
            })
        });
        events.push({
            event: eventFor({
                key: `${serial}:1`,
                serial,
                deviceName: `CTS-${serial}`,
                enrollmentState: 'enrolled',
                deploymentState: 'failure',
                deviceSetupStatus: 'failure',
                accountSetupStatus: 'notAttempted',
                osVersion: '10.0.22631.4751',
                start,
                preparationMinutes: 4,
                deviceSetupMinutes: 58,
                end: ago(18),
                lastUpdate: ago(18),
                registeredAt: daysBefore(t0, 10)
            }),
            policyStatusDetails: [
                policy(`${serial}:vpn`, 'Company VPN (Win32)', 'application', 'error', true, ago(19), APP_NOT_DETECTED),
                policy(`${serial}:bitlocker`, 'BitLocker baseline', 'configurationPolicy', 'compliant', false, ago(70)),
                policy(`${serial}:m365`, 'Microsoft 365 Apps for enterprise', 'application', 'installed', true, ago(45))
            ]
        });
    }

    // 9 and 10 share a serial prefix on purpose (ambiguous-prefix handling).
    // 9. Technician flow succeeded: the device waits to be resealed and shipped.
    {
        const serial = 'CZC2410A01';
        const start = ago(180);
        addDevice({
            scenario: 'readyToReseal',
            serial,
            manufacturer: HP,
            model: 'HP Elite Mini 800 G9 Desktop PC',
            systemFamily: '103C_53307F HP EliteDesk',
            groupTag: 'US-Frontdesk',
            user: { upn: 'sam.taylor@contoso.com', name: 'Sam Taylor' },
            profileId: PROFILE_PRE_PROVISIONING,
            assignmentStatus: 'assignedInSync',
            assignedAt: daysBefore(t0, 7),
            enrollmentState: 'enrolled',
            lastContactedAt: start,
            enrolled: true
        });
        managedDevices.push({
            device: managedDeviceFor({
                serial,
                manufacturer: HP,
                model: 'HP Elite Mini 800 G9 Desktop PC',
                enrolledAt: ago(176),
                lastSyncAt: ago(135),
                osVersion: '10.0.26100.2894',
                complianceState: 'compliant',
                isEncrypted: true
            })
        });
        events.push({
            event: eventFor({
                key: `${serial}:1`,
                serial,
                deviceName: `CTS-${serial}`,
                enrollmentState: 'enrolled',
                deploymentState: 'success',
                deviceSetupStatus: 'success',
                accountSetupStatus: 'notAttempted',
                osVersion: '10.0.26100.2894',
                start,
                preparationMinutes: 5,
                deviceSetupMinutes: 40,
                end: ago(135),
                lastUpdate: ago(135),
                registeredAt: daysBefore(t0, 9)
            }),
            policyStatusDetails: [
                policy(
                    `${serial}:m365`,
                    'Microsoft 365 Apps for enterprise',
                    'application',
                    'installed',
                    true,
                    ago(150)
                ),
                policy(`${serial}:bitlocker`, 'BitLocker baseline', 'configurationPolicy', 'compliant', false, ago(160))
            ]
        });
    }

    // 10. Pre-provisioned yesterday, the user signed in and finished account setup.
    {
        const serial = 'CZC2410A02';
        const start = ago(26 * 60);
        const user = { upn: 'priya.nair@contoso.com', name: 'Priya Nair' };
        addDevice({
            scenario: 'userFlowDone',
            serial,
            manufacturer: HP,
            model: 'HP Elite Mini 800 G9 Desktop PC',
            systemFamily: '103C_53307F HP EliteDesk',
            groupTag: 'US-Frontdesk',
            user,
            profileId: PROFILE_PRE_PROVISIONING,
            assignmentStatus: 'assignedInSync',
            assignedAt: daysBefore(t0, 7),
            enrollmentState: 'enrolled',
            lastContactedAt: start,
            enrolled: true
        });
        managedDevices.push({
            device: managedDeviceFor({
                serial,
                manufacturer: HP,
                model: 'HP Elite Mini 800 G9 Desktop PC',
                user,
                enrolledAt: ago(26 * 60 - 4),
                lastSyncAt: ago(30),
                osVersion: '10.0.26100.2894',
                complianceState: 'compliant',
                isEncrypted: true
            })
        });
        events.push({
            event: eventFor({
                key: `${serial}:1`,
                serial,
                deviceName: `CTS-${serial}`,
                upn: user.upn,
                enrollmentState: 'enrolled',
                deploymentState: 'success',
                deviceSetupStatus: 'success',
                accountSetupStatus: 'success',
                osVersion: '10.0.26100.2894',
                start,
                preparationMinutes: 5,
                deviceSetupMinutes: 38,
                accountSetupMinutes: 12,
                end: ago(22 * 60 - 12),
                lastUpdate: ago(22 * 60 - 12),
                registeredAt: daysBefore(t0, 9)
            }),
            policyStatusDetails: [
                policy(
                    `${serial}:m365`,
                    'Microsoft 365 Apps for enterprise',
                    'application',
                    'installed',
                    true,
                    ago(25 * 60)
                ),
                policy(
                    `${serial}:onedrive`,
                    'OneDrive Known Folder Move',
                    'configurationPolicy',
                    'compliant',
                    true,
                    ago(22 * 60)
                )
            ]
        });
    }

    // 11. Pre-provisioned successfully 10 days ago, reset and pre-provisioned again: blocked with 0x80180014.
    {
        const serial = '5CG2187TNV';
        const user = { upn: 'omar.haddad@contoso.com', name: 'Omar Haddad' };
        const firstStart = minutesBefore(daysBefore(t0, 10), 50);
        addDevice({
            scenario: 'reusedDevice',
            serial,
            manufacturer: HP,
            model: 'HP EliteBook 860 16 inch G9 Notebook PC',
            systemFamily: '103C_5336AN HP EliteBook',
            groupTag: 'EMEA-Sales',
            user,
            profileId: PROFILE_PRE_PROVISIONING,
            assignmentStatus: 'assignedInSync',
            assignedAt: daysBefore(t0, 14),
            enrollmentState: 'enrolled',
            lastContactedAt: ago(25),
            enrolled: true
        });
        managedDevices.push({
            device: managedDeviceFor({
                serial,
                manufacturer: HP,
                model: 'HP EliteBook 860 16 inch G9 Notebook PC',
                enrolledAt: minutesAfter(firstStart, 4),
                lastSyncAt: daysBefore(t0, 9),
                osVersion: '10.0.22631.4317',
                complianceState: 'compliant',
                isEncrypted: true
            })
        });
        events.push({
            event: eventFor({
                key: `${serial}:1`,
                serial,
                deviceName: `CTS-${serial}`,
                enrollmentState: 'enrolled',
                deploymentState: 'success',
                deviceSetupStatus: 'success',
                accountSetupStatus: 'notAttempted',
                osVersion: '10.0.22631.4317',
                start: firstStart,
                preparationMinutes: 4,
                deviceSetupMinutes: 46,
                end: daysBefore(t0, 10),
                lastUpdate: daysBefore(t0, 10),
                registeredAt: daysBefore(t0, 15)
            }),
            policyStatusDetails: [
                policy(
                    `${serial}:m365`,
                    'Microsoft 365 Apps for enterprise',
                    'application',
                    'installed',
                    true,
                    daysBefore(t0, 10)
                )
            ]
        });
        events.push({
            event: eventFor({
                key: `${serial}:2`,
                serial,
                enrollmentState: 'failed',
                deploymentState: 'failure',
                deviceSetupStatus: 'notAttempted',
                accountSetupStatus: 'notAttempted',
                osVersion: '10.0.22631.4317',
                start: ago(25),
                preparationMinutes: 4,
                deviceSetupMinutes: 0,
                end: ago(21),
                lastUpdate: ago(21),
                failureDetails:
                    'Enrollment blocked: 0x80180014. The device was already pre-provisioned; ' +
                    'delete its Intune device record before pre-provisioning it again.',
                registeredAt: daysBefore(t0, 15),
                targetedAppCount: 0,
                targetedPolicyCount: 0
            }),
            policyStatusDetails: []
        });
    }

    // 12. Motherboard replaced: the hardware hash no longer matches — Intune flags "Attention required".
    {
        const serial = 'MP2KL7VQ';
        const user = { upn: 'grace.kim@contoso.com', name: 'Grace Kim' };
        const firstStart = minutesBefore(daysBefore(t0, 20), 45);
        addDevice({
            scenario: 'attentionRequired',
            serial,
            manufacturer: LENOVO,
            model: '12E3CTO1WW',
            systemFamily: 'ThinkCentre M70q Gen 4',
            groupTag: 'US-Frontdesk',
            user,
            profileId: PROFILE_PRE_PROVISIONING,
            assignmentStatus: 'assignedInSync',
            assignedAt: daysBefore(t0, 25),
            enrollmentState: 'enrolled',
            lastContactedAt: ago(120),
            remediation: { state: 'manualRemediationRequired', at: ago(120) },
            enrolled: true
        });
        managedDevices.push({
            device: managedDeviceFor({
                serial,
                manufacturer: LENOVO,
                model: '12E3CTO1WW',
                user,
                enrolledAt: minutesAfter(firstStart, 4),
                lastSyncAt: daysBefore(t0, 2),
                osVersion: WIN11_23H2,
                complianceState: 'compliant',
                isEncrypted: true
            })
        });
        events.push({
            event: eventFor({
                key: `${serial}:1`,
                serial,
                deviceName: `CTS-${serial}`,
                enrollmentState: 'enrolled',
                deploymentState: 'success',
                deviceSetupStatus: 'success',
                accountSetupStatus: 'notAttempted',
                osVersion: WIN11_23H2,
                start: firstStart,
                preparationMinutes: 5,
                deviceSetupMinutes: 40,
                end: daysBefore(t0, 20),
                lastUpdate: daysBefore(t0, 20),
                registeredAt: daysBefore(t0, 26)
            }),
            policyStatusDetails: [
                policy(
                    `${serial}:m365`,
                    'Microsoft 365 Apps for enterprise',
                    'application',
                    'installed',
                    true,
                    daysBefore(t0, 20)
                )
            ]
        });
    }

    // 13. A Windows 10 22H2 device in device setup (screens differ from Windows 11).
    {
        const serial = '8CG1462WQ7';
        const start = ago(25);
        const user = { upn: 'diego.ramos@contoso.com', name: 'Diego Ramos' };
        addDevice({
            scenario: 'inProgressWindows10',
            serial,
            manufacturer: HP,
            model: 'HP ProBook 440 G8 Notebook PC',
            systemFamily: '103C_5336AN HP ProBook',
            groupTag: 'LATAM-Support',
            user,
            profileId: PROFILE_PRE_PROVISIONING,
            assignmentStatus: 'assignedInSync',
            assignedAt: daysBefore(t0, 3),
            enrollmentState: 'enrolled',
            lastContactedAt: start,
            enrolled: true
        });
        managedDevices.push({
            device: managedDeviceFor({
                serial,
                manufacturer: HP,
                model: 'HP ProBook 440 G8 Notebook PC',
                enrolledAt: ago(20),
                lastSyncAt: ago(2),
                osVersion: WIN10_22H2,
                complianceState: 'unknown',
                isEncrypted: false
            }),
            live: now => ({ lastSyncDateTime: formatGraphDateTime(minutesBefore(now, 2)) })
        });
        events.push({
            event: eventFor({
                key: `${serial}:1`,
                serial,
                deviceName: `CTS-${serial}`,
                enrollmentState: 'enrolled',
                deploymentState: 'inProgress',
                deviceSetupStatus: 'inProgress',
                accountSetupStatus: 'notAttempted',
                osVersion: WIN10_22H2,
                start,
                preparationMinutes: 6,
                deviceSetupMinutes: 19,
                lastUpdate: ago(1),
                registeredAt: daysBefore(t0, 4)
            }),
            live: liveDeployment(start, 6),
            policyStatusDetails: [
                policy(`${serial}:m365`, 'Microsoft 365 Apps for enterprise', 'application', 'unknown', true, ago(3)),
                policy(`${serial}:bitlocker`, 'BitLocker baseline', 'configurationPolicy', 'compliant', false, ago(12))
            ]
        });
    }

    // 14–16. Devices that move on the clock: one goes silent (stalls), one fails, one succeeds (see DEMO_TIMELINE).
    const after = (minutes: number): Date => minutesAfter(t0, minutes);
    const moving = [
        { scenario: 'goesSilent', serial: '5CD4017HJT', manufacturer: HP, model: 'HP EliteBook 640 14 inch G10 Notebook PC', family: '103C_5336AN HP EliteBook', start: ago(2), end: undefined },
        { scenario: 'startsThenFails', serial: 'R90W2K4F', manufacturer: LENOVO, model: '21HDCTO1WW', family: 'ThinkPad T14 Gen 4', start: after(DEMO_TIMELINE.failStarts), end: after(DEMO_TIMELINE.failEnds) },
        { scenario: 'startsThenSucceeds', serial: 'CZC5120M7Q', manufacturer: HP, model: 'HP ProBook 440 14 inch G10 Notebook PC', family: '103C_5336AN HP ProBook', start: after(DEMO_TIMELINE.successStarts), end: after(DEMO_TIMELINE.successEnds) }
    ] as const;
    for (const device of moving) {
        const { serial, start, end } = device;
        addDevice({
            scenario: device.scenario,
            serial,
            manufacturer: device.manufacturer,
            model: device.model,
            systemFamily: device.family,
            groupTag: 'US-Warehouse',
            profileId: PROFILE_PRE_PROVISIONING,
            assignmentStatus: 'assignedInSync',
            assignedAt: daysBefore(t0, 3),
            enrollmentState: 'notContacted',
            enrolled: true
        });
        // Silent from here: no more events, no more syncs.
        const lastSign = end ?? after(DEMO_TIMELINE.silentAfter);
        const enrolledAt = minutesAfter(start, 0.25);
        managedDevices.push({
            device: managedDeviceFor({
                serial,
                manufacturer: device.manufacturer,
                model: device.model,
                enrolledAt,
                lastSyncAt: enrolledAt,
                osVersion: WIN11_24H2,
                complianceState: 'unknown',
                isEncrypted: false
            }),
            from: enrolledAt,
            live: now => ({ lastSyncDateTime: formatGraphDateTime(now < lastSign ? now : lastSign) })
        });
        const failing = device.scenario === 'startsThenFails';
        events.push({
            event: eventFor({
                key: `${serial}:1`,
                serial,
                deviceName: `CTS-${serial}`,
                enrollmentState: 'enrolled',
                deploymentState: 'inProgress',
                deviceSetupStatus: 'inProgress',
                accountSetupStatus: 'notAttempted',
                osVersion: WIN11_24H2,
                start,
                preparationMinutes: 0,
                deviceSetupMinutes: 0,
                lastUpdate: start,
                registeredAt: daysBefore(t0, 3)
            }),
            from: start,
            live: scriptedDeployment(start, lastSign, end ? (failing ? 'failure' : 'success') : undefined),
            policyStatusDetails: failing
                ? [
                    policy(`${serial}:agent`, 'Contoso Field Agent (Win32)', 'application', 'error', true, end ?? start, APP_NOT_DETECTED),
                    policy(`${serial}:m365`, 'Microsoft 365 Apps for enterprise', 'application', 'installed', true, start)
                ]
                : [policy(`${serial}:m365`, 'Microsoft 365 Apps for enterprise', 'application', 'installed', true, start)]
        });
    }

    const scenarioSerials = devices.map(device => device.identity.serialNumber);
    events.push(...noiseEvents(t0, scenarioSerials));
    return { devices, managedDevices, events, deploymentProfiles: deploymentProfiles(t0) };
}

/** A fleet device reports once per this period, each at its own phase: a tenth of the fleet in every 2 minutes. */
export const FLEET_REPORT_EVERY_MS = 20 * 60_000;

/**
 * `count` look-alike devices in the technician flow, for benchmarks at tenant scale: each started with the tenant,
 * syncs every minute and reports progress once per FLEET_REPORT_EVERY_MS at its own phase.
 */
export function buildFleet(startedAt: Date, count: number): DemoFleet {
    const fleet: DemoFleet = { devices: [], managedDevices: [], events: [] };
    const start = startedAt;
    for (let i = 0; i < count; i++) {
        const serial = `FL${String(i).padStart(8, '0')}`;
        const spec: DeviceSpec = {
            scenario: 'readyToProvision',
            serial,
            manufacturer: HP,
            model: 'HP EliteBook 840 14 inch G10 Notebook PC',
            systemFamily: '103C_5336AN HP EliteBook',
            groupTag: 'FLEET',
            profileId: PROFILE_PRE_PROVISIONING,
            assignmentStatus: 'assignedInSync',
            assignedAt: daysBefore(startedAt, 2),
            enrollmentState: 'enrolled',
            lastContactedAt: start,
            enrolled: true
        };
        fleet.devices.push({ identity: identityFor(spec, startedAt), deploymentProfileId: PROFILE_PRE_PROVISIONING, intendedDeploymentProfileId: PROFILE_PRE_PROVISIONING });
        fleet.managedDevices.push({
            device: managedDeviceFor({ serial, manufacturer: HP, model: spec.model, enrolledAt: start, lastSyncAt: start, osVersion: WIN11_24H2, complianceState: 'unknown', isEncrypted: false }),
            live: now => ({ lastSyncDateTime: formatGraphDateTime(minutesBefore(now, 1)) })
        });
        const phase = (i % 10) * (FLEET_REPORT_EVERY_MS / 10);
        const base = startedAt.getTime() + phase - FLEET_REPORT_EVERY_MS;
        const event = eventFor({
            key: `fleet:${serial}`,
            serial,
            deviceName: `CTS-${serial}`.slice(0, 15),
            enrollmentState: 'enrolled',
            deploymentState: 'inProgress',
            deviceSetupStatus: 'inProgress',
            accountSetupStatus: 'notAttempted',
            osVersion: WIN11_24H2,
            start,
            preparationMinutes: 4,
            deviceSetupMinutes: 6,
            lastUpdate: start,
            registeredAt: daysBefore(startedAt, 2)
        });
        fleet.events.push({
            event,
            live: now => {
                const reported = new Date(base + Math.floor((now.getTime() - base) / FLEET_REPORT_EVERY_MS) * FLEET_REPORT_EVERY_MS);
                return { eventDateTime: formatGraphDateTime(reported < start ? start : reported), deploymentDuration: durationBetween(start, now) };
            },
            policyStatusDetails: []
        });
    }
    return fleet;
}

/** mulberry32: tiny seeded PRNG, so the noise is identical on every start. */
export function seededRandom(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let mixed = state;
        mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
        mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
        return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
    };
}

const ALPHANUMERIC = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
const NOISE_SERIAL_COUNT = 40;

/**
 * Deployments of other devices over the last 29 days (the report keeps 30): mostly successes, some failures.
 * Their devices are no longer registered (reset or retired), as in a real tenant's report.
 */
function noiseEvents(t0: Date, scenarioSerials: string[]): DemoEventFixture[] {
    const random = seededRandom(0x5eed_a11);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const characters = (count: number, alphabet: string): string =>
        Array.from({ length: count }, () => pick(alphabet.split(''))).join('');
    const clashes = (serial: string): boolean =>
        scenarioSerials.some(known => known.includes(serial) || serial.includes(known)) ||
        serial.startsWith('CZC2410A');

    const serials: string[] = [];
    while (serials.length < NOISE_SERIAL_COUNT) {
        const family = pick(['hp', 'lenovo', 'surface'] as const);
        const serial =
            family === 'hp'
                ? `5CD${characters(7, ALPHANUMERIC)}`
                : family === 'lenovo'
                  ? `PF${characters(6, ALPHANUMERIC)}`
                  : characters(12, '0123456789');
        if (!clashes(serial) && !serials.includes(serial)) {
            serials.push(serial);
        }
    }

    const fixtures: DemoEventFixture[] = [];
    serials.forEach((serial, serialIndex) => {
        const attempts = 2 + Math.floor(random() * 3);
        for (let attempt = 0; attempt < attempts; attempt++) {
            const start = daysBefore(t0, 1 + random() * 28);
            const preparationMinutes = 3 + Math.floor(random() * 6);
            const deviceSetupMinutes = 15 + Math.floor(random() * 45);
            const roll = random();
            const failed = roll < 0.18;
            const timedOut = !failed && roll < 0.25;
            const whiteGlove = serialIndex % 4 !== 0;
            const end = minutesAfter(start, preparationMinutes + deviceSetupMinutes);
            const osVersion = pick([WIN11_24H2, WIN11_23H2, '10.0.26100.2894', WIN10_22H2]);
            const upn = whiteGlove ? undefined : `user${serialIndex}@contoso.com`;
            const key = `noise:${serial}:${attempt}`;
            const event = eventFor({
                key,
                serial,
                deviceName: `CTS-${serial}`.slice(0, 15),
                upn,
                enrollmentType: whiteGlove ? 'azureADJoinedWithWhiteGlove' : 'azureADJoinedWithAutopilotProfile',
                profileName: whiteGlove ? PROFILE_NAMES[PROFILE_PRE_PROVISIONING] : PROFILE_NAMES[PROFILE_USER_DRIVEN],
                enrollmentState: 'enrolled',
                deploymentState: failed ? 'failure' : timedOut ? 'successWithTimeout' : 'success',
                deviceSetupStatus: failed ? 'failure' : timedOut ? 'successWithTimeout' : 'success',
                accountSetupStatus: whiteGlove ? 'notAttempted' : failed ? 'notAttempted' : 'success',
                osVersion,
                start,
                preparationMinutes,
                deviceSetupMinutes,
                accountSetupMinutes: whiteGlove || failed ? 0 : 8 + Math.floor(random() * 10),
                end,
                lastUpdate: end,
                registeredAt: daysBefore(start, 2)
            });
            const reported = minutesBefore(end, 2);
            fixtures.push({
                event,
                policyStatusDetails: [
                    failed
                        ? policy(
                            `${key}:app`,
                            'Contoso Line-of-Business Agent (Win32)',
                            'application',
                            'error',
                            true,
                            reported,
                            APP_NOT_DETECTED
                        )
                        : policy(
                            `${key}:app`,
                            'Microsoft 365 Apps for enterprise',
                            'application',
                            'installed',
                            true,
                            reported
                        ),
                    policy(
                        `${key}:bitlocker`,
                        'BitLocker baseline',
                        'configurationPolicy',
                        'compliant',
                        false,
                        reported
                    )
                ]
            });
        }
    });
    return fixtures;
}
