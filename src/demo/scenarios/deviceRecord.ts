/**
 * A demo device as data: what it is and what has happened to it. `buildDevice` turns one record into the Graph
 * resources Intune holds for such a device; the records themselves are in `demoDevices.ts`.
 */

import type {
    AutopilotEnrollmentState,
    AutopilotPolicyStatusDetail,
    ManagedDevice,
    ProfileAssignmentStatus,
    RemediationState
} from '../graphResources';
import type { EspItemKey, Hardware } from './catalog';
import type { DemoProfileKey } from './deploymentProfiles';

/**
 * A moment as minutes relative to the tenant's start: -12 is twelve minutes before it, 2.75 is 2 min 45 s after.
 * Every time is relative, so the tenant looks live whenever it starts.
 */
export type At = number;

export const HOUR = 60;
export const DAY = 24 * HOUR;

/** How a deployment stands in the Autopilot deployment report. */
export type DeploymentOutcome =
    /** Device setup running. */
    | 'running'
    /** Failed before the device enrolled in Intune (Securing your hardware, enrollment blocked). */
    | 'enrollmentFailed'
    /** Failed in device setup, on something the ESP tracks. */
    | 'deviceSetupFailed'
    /** The technician flow succeeded; account setup waits for the user. */
    | 'technicianFlowDone'
    /** The user signed in and finished account setup. */
    | 'userFlowDone';

/** How a deployment's report moves with the tenant's clock. Without one it stays as recorded. */
export type ReportClock =
    /** The device reports every minute: durations run with the clock. */
    | { kind: 'everyMinute' }
    /** Reports from its start until `until`, then ends with `then`, or without it never reports again (gone silent). */
    | { kind: 'script'; until: At; then?: 'success' | 'failure' }
    /** Reports once per `everyMs`, each device at its own `phaseMs` (the benchmark fleet). */
    | { kind: 'periodic'; everyMs: number; phaseMs: number };

/** One item on the Enrollment Status Page, as the deployment last reported it. */
export interface EspState {
    item: EspItemKey;
    status: AutopilotPolicyStatusDetail['complianceStatus'];
    at: At;
    errorCode?: number;
}

export interface Deployment {
    start: At;
    outcome: DeploymentOutcome;
    /** Minutes before device setup (enrollment, Securing your hardware). */
    preparationMinutes: number;
    deviceSetupMinutes: number;
    accountSetupMinutes?: number;
    /** The report's last update: when a finished deployment ended, a running one's last word. */
    lastReport: At;
    failureDetails?: string;
    clock?: ReportClock;
    esp: readonly EspState[];
}

/** When the Intune record last synced: a fixed moment, a lag behind the running clock, or with the clock until `until`. */
export type SyncClock = At | { behindClock: number } | { until: At };

export interface IntuneRecord {
    enrolledAt: At;
    lastSync: SyncClock;
    complianceState: ManagedDevice['complianceState'];
    isEncrypted: boolean;
    /** The user has signed in, so Intune shows them on the device (not so after the technician flow alone). */
    userSignedIn?: boolean;
}

/** What happened once the device first booted to OOBE with its profile. */
export interface Provisioning {
    osVersion: string;
    /** When its hardware hash was registered (the report's deviceRegisteredDateTime). */
    registeredAt: At;
    /** Absent when it never enrolled. */
    intune?: IntuneRecord;
    /** Oldest first. */
    deployments: readonly Deployment[];
}

export interface DemoDeviceRecord {
    serial: string;
    hardware: Hardware;
    groupTag: string;
    purchaseOrder?: string;
    /** The assigned user, by display name (a person of `users.ts`). */
    user?: string;
    /** The profile Intune assigned. */
    profile?: DemoProfileKey;
    /** The profile Intune is assigning (default: the assigned one). */
    intendedProfile?: DemoProfileKey;
    assignment: ProfileAssignmentStatus;
    assignedAt?: At;
    enrollmentState: AutopilotEnrollmentState;
    lastContactedAt?: At;
    remediation?: { state: RemediationState; at: At };
    provisioning?: Provisioning;
}

/** A device of the demo tenant: a record plus the scenario it plays and its story, in a technician's words. */
export interface DemoDeviceScenario extends DemoDeviceRecord {
    scenario: string;
    story: string;
}
