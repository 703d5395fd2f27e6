/**
 * The demo tenant's devices, one per pre-provisioning scenario: a table of data that `buildDevice` turns into Graph
 * resources. Times are minutes relative to the tenant's start (see `At`). What the bot should conclude for each
 * scenario is the tests' business (test/demo/expectedVerdicts.ts), not the tenant's.
 */

import { APP_NOT_DETECTED, HARDWARE, HP, LENOVO, MICROSOFT, WINDOWS } from './catalog';
import { DAY, HOUR, type At, type DemoDeviceScenario, type EspState } from './deviceRecord';

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

/** The moving devices enrol 15 seconds into their deployment. */
const MOVING_PREPARATION_MINUTES = 0.25;

interface MovingDevice<S extends string> extends Pick<DemoDeviceScenario, 'story' | 'serial' | 'hardware'> {
    scenario: S;
    start: At;
    /** Reports and syncs until then. */
    until: At;
    /** How it ends at `until`; without it, it goes silent there. */
    then?: 'success' | 'failure';
    esp: readonly EspState[];
}

/**
 * A warehouse device that runs the technician flow on the tenant's clock (DEMO_TIMELINE). `NoInfer`: the scenario's
 * name comes from the argument, so `DemoScenario` keeps it as a literal.
 */
function movingDevice<S extends string>({ start, until, then, esp, ...device }: MovingDevice<S>): DemoDeviceScenario & { scenario: NoInfer<S> } {
    return {
        ...device,
        groupTag: 'US-Warehouse',
        profile: 'preProvisioning',
        assignment: 'assignedInSync',
        assignedAt: -3 * DAY,
        enrollmentState: 'notContacted',
        provisioning: {
            osVersion: WINDOWS.win11_24H2,
            registeredAt: -3 * DAY,
            intune: { enrolledAt: start + MOVING_PREPARATION_MINUTES, lastSync: { until }, complianceState: 'unknown', isEncrypted: false },
            deployments: [
                {
                    start,
                    outcome: 'running',
                    preparationMinutes: MOVING_PREPARATION_MINUTES,
                    deviceSetupMinutes: 0,
                    lastReport: start,
                    clock: { kind: 'script', until, then },
                    esp
                }
            ]
        }
    };
}

export const DEMO_DEVICES = [
    {
        scenario: 'profileNotAssigned',
        story: 'registered, no Autopilot profile assigned',
        serial: '5CG3291LQX',
        hardware: HARDWARE.eliteBook840G10,
        groupTag: 'APAC-Finance',
        purchaseOrder: 'PO-2024-1187',
        assignment: 'notAssigned',
        enrollmentState: 'notContacted'
    },
    {
        scenario: 'profileAssigning',
        story: 'group membership just changed: Intune is still assigning the profile',
        serial: 'PW0B7K3M',
        hardware: { manufacturer: LENOVO, model: '21HD0051US', systemFamily: 'ThinkPad T14 Gen 4' },
        groupTag: 'EMEA-Sales',
        user: 'Tom Becker',
        intendedProfile: 'preProvisioning',
        assignment: 'pending',
        enrollmentState: 'notContacted'
    },
    {
        scenario: 'preProvisioningNotAllowed',
        story: 'profile assigned, but its "Allow pre-provisioned deployment" is No',
        serial: '048213795653',
        hardware: { manufacturer: MICROSOFT, model: 'Surface Laptop 5', systemFamily: 'Surface' },
        groupTag: 'US-Retail',
        user: 'Li Wei',
        profile: 'userDriven',
        assignment: 'assignedInSync',
        assignedAt: -2 * DAY,
        enrollmentState: 'notContacted'
    },
    {
        scenario: 'readyToProvision',
        story: 'everything in place; the technician has not pressed the Windows key five times yet',
        serial: 'MJ0GH4TZ',
        hardware: { manufacturer: LENOVO, model: '21HMCTO1WW', systemFamily: 'ThinkPad X1 Carbon Gen 11' },
        groupTag: 'EMEA-Sales',
        user: 'Jonas Weber',
        profile: 'preProvisioning',
        assignment: 'assignedInSync',
        assignedAt: -3 * DAY,
        enrollmentState: 'notContacted'
    },
    {
        scenario: 'inProgress',
        story: 'device setup running for 12 minutes when the tenant starts, and counting (the digest\'s example)',
        serial: 'PF3XYZ12',
        hardware: { manufacturer: LENOVO, model: '21F6CTO1WW', systemFamily: 'ThinkPad T14s Gen 4' },
        groupTag: 'EMEA-Sales',
        user: 'Ana Silva',
        profile: 'preProvisioning',
        assignment: 'assignedInSync',
        assignedAt: -5 * DAY,
        enrollmentState: 'enrolled',
        lastContactedAt: -12,
        provisioning: {
            osVersion: WINDOWS.win11_24H2,
            registeredAt: -6 * DAY,
            intune: { enrolledAt: -8, lastSync: { behindClock: 1 }, complianceState: 'unknown', isEncrypted: false },
            deployments: [
                {
                    start: -12,
                    outcome: 'running',
                    preparationMinutes: 4,
                    deviceSetupMinutes: 8,
                    lastReport: -1,
                    clock: { kind: 'everyMinute' },
                    esp: [
                        { item: 'm365', status: 'installed', at: -3 },
                        { item: 'vpn', status: 'unknown', at: -2 },
                        { item: 'bitlocker', status: 'compliant', at: -6 }
                    ]
                }
            ]
        }
    },
    {
        scenario: 'stalled',
        story: 'device setup started 95 minutes ago; no word for 70 minutes, a tracked app not installed',
        serial: '5CD3384F7K',
        hardware: { manufacturer: HP, model: 'HP ProBook 450 15.6 inch G10 Notebook PC', systemFamily: '103C_5336AN HP ProBook' },
        groupTag: 'US-Warehouse',
        profile: 'preProvisioning',
        assignment: 'assignedInSync',
        assignedAt: -9 * DAY,
        enrollmentState: 'enrolled',
        lastContactedAt: -95,
        provisioning: {
            osVersion: WINDOWS.win11_23H2,
            registeredAt: -12 * DAY,
            intune: { enrolledAt: -90, lastSync: -70, complianceState: 'unknown', isEncrypted: false },
            deployments: [
                {
                    start: -95,
                    outcome: 'running',
                    preparationMinutes: 5,
                    deviceSetupMinutes: 20,
                    lastReport: -70,
                    esp: [
                        { item: 'm365', status: 'installed', at: -74 },
                        { item: 'lob', status: 'notInstalled', at: -70 },
                        { item: 'wifi', status: 'compliant', at: -85 }
                    ]
                }
            ]
        }
    },
    {
        scenario: 'failedTpm',
        story: 'failed at Securing your hardware (TPM attestation timed out, 0x800705B4), before Intune enrollment',
        serial: '038511294557',
        hardware: { manufacturer: MICROSOFT, model: 'Surface Pro 9', systemFamily: 'Surface' },
        groupTag: 'EMEA-Engineering',
        user: 'Noah Fischer',
        profile: 'preProvisioning',
        assignment: 'assignedInSync',
        assignedAt: -4 * DAY,
        enrollmentState: 'failed',
        lastContactedAt: -40,
        provisioning: {
            osVersion: '10.0.22631.4602',
            registeredAt: -8 * DAY,
            deployments: [
                {
                    start: -40,
                    outcome: 'enrollmentFailed',
                    preparationMinutes: 9,
                    deviceSetupMinutes: 0,
                    lastReport: -31,
                    failureDetails: 'Securing your hardware failed: 0x800705B4 — TPM attestation timed out.',
                    esp: []
                }
            ]
        }
    },
    {
        scenario: 'failedApp',
        story: 'device setup failed on a tracked Win32 app (0x87D1041C)',
        serial: 'PC2RD9NX',
        hardware: { manufacturer: LENOVO, model: '21H1CTO1WW', systemFamily: 'ThinkPad L14 Gen 4' },
        groupTag: 'EMEA-Sales',
        user: 'Marta Kowalska',
        profile: 'preProvisioning',
        assignment: 'assignedInSync',
        assignedAt: -6 * DAY,
        enrollmentState: 'enrolled',
        lastContactedAt: -80,
        provisioning: {
            osVersion: '10.0.22631.4751',
            registeredAt: -10 * DAY,
            intune: { enrolledAt: -76, lastSync: -18, complianceState: 'noncompliant', isEncrypted: true },
            deployments: [
                {
                    start: -80,
                    outcome: 'deviceSetupFailed',
                    preparationMinutes: 4,
                    deviceSetupMinutes: 58,
                    lastReport: -18,
                    esp: [
                        { item: 'vpn', status: 'error', at: -19, errorCode: APP_NOT_DETECTED },
                        { item: 'bitlocker', status: 'compliant', at: -70 },
                        { item: 'm365', status: 'installed', at: -45 }
                    ]
                }
            ]
        }
    },
    // readyToReseal and userFlowDone share a serial prefix on purpose (ambiguous-prefix handling).
    {
        scenario: 'readyToReseal',
        story: 'technician flow succeeded: waits to be resealed and shipped',
        serial: 'CZC2410A01',
        hardware: HARDWARE.eliteMini800G9,
        groupTag: 'US-Frontdesk',
        user: 'Sam Taylor',
        profile: 'preProvisioning',
        assignment: 'assignedInSync',
        assignedAt: -7 * DAY,
        enrollmentState: 'enrolled',
        lastContactedAt: -180,
        provisioning: {
            osVersion: WINDOWS.win11_24H2_previous,
            registeredAt: -9 * DAY,
            intune: { enrolledAt: -176, lastSync: -135, complianceState: 'compliant', isEncrypted: true },
            deployments: [
                {
                    start: -180,
                    outcome: 'technicianFlowDone',
                    preparationMinutes: 5,
                    deviceSetupMinutes: 40,
                    lastReport: -135,
                    esp: [
                        { item: 'm365', status: 'installed', at: -150 },
                        { item: 'bitlocker', status: 'compliant', at: -160 }
                    ]
                }
            ]
        }
    },
    {
        scenario: 'userFlowDone',
        story: 'pre-provisioned yesterday; the user signed in and finished account setup',
        serial: 'CZC2410A02',
        hardware: HARDWARE.eliteMini800G9,
        groupTag: 'US-Frontdesk',
        user: 'Priya Nair',
        profile: 'preProvisioning',
        assignment: 'assignedInSync',
        assignedAt: -7 * DAY,
        enrollmentState: 'enrolled',
        lastContactedAt: -26 * HOUR,
        provisioning: {
            osVersion: WINDOWS.win11_24H2_previous,
            registeredAt: -9 * DAY,
            intune: { enrolledAt: -26 * HOUR + 4, lastSync: -30, complianceState: 'compliant', isEncrypted: true, userSignedIn: true },
            deployments: [
                {
                    start: -26 * HOUR,
                    outcome: 'userFlowDone',
                    preparationMinutes: 5,
                    deviceSetupMinutes: 38,
                    accountSetupMinutes: 12,
                    lastReport: -22 * HOUR + 12,
                    esp: [
                        { item: 'm365', status: 'installed', at: -25 * HOUR },
                        { item: 'onedrive', status: 'compliant', at: -22 * HOUR }
                    ]
                }
            ]
        }
    },
    {
        scenario: 'reusedDevice',
        story: 'pre-provisioned 10 days ago, reset and pre-provisioned again: blocked with 0x80180014',
        serial: '5CG2187TNV',
        hardware: { manufacturer: HP, model: 'HP EliteBook 860 16 inch G9 Notebook PC', systemFamily: '103C_5336AN HP EliteBook' },
        groupTag: 'EMEA-Sales',
        user: 'Omar Haddad',
        profile: 'preProvisioning',
        assignment: 'assignedInSync',
        assignedAt: -14 * DAY,
        enrollmentState: 'enrolled',
        lastContactedAt: -25,
        provisioning: {
            osVersion: '10.0.22631.4317',
            registeredAt: -15 * DAY,
            intune: { enrolledAt: -10 * DAY - 46, lastSync: -9 * DAY, complianceState: 'compliant', isEncrypted: true },
            deployments: [
                {
                    start: -10 * DAY - 50,
                    outcome: 'technicianFlowDone',
                    preparationMinutes: 4,
                    deviceSetupMinutes: 46,
                    lastReport: -10 * DAY,
                    esp: [{ item: 'm365', status: 'installed', at: -10 * DAY }]
                },
                {
                    start: -25,
                    outcome: 'enrollmentFailed',
                    preparationMinutes: 4,
                    deviceSetupMinutes: 0,
                    lastReport: -21,
                    failureDetails:
                        'Enrollment blocked: 0x80180014. The device was already pre-provisioned; ' +
                        'delete its Intune device record before pre-provisioning it again.',
                    esp: []
                }
            ]
        }
    },
    {
        scenario: 'attentionRequired',
        story: 'motherboard replaced: the hardware hash no longer matches, Intune flags "Attention required"',
        serial: 'MP2KL7VQ',
        hardware: { manufacturer: LENOVO, model: '12E3CTO1WW', systemFamily: 'ThinkCentre M70q Gen 4' },
        groupTag: 'US-Frontdesk',
        user: 'Grace Kim',
        profile: 'preProvisioning',
        assignment: 'assignedInSync',
        assignedAt: -25 * DAY,
        enrollmentState: 'enrolled',
        lastContactedAt: -120,
        remediation: { state: 'manualRemediationRequired', at: -120 },
        provisioning: {
            osVersion: WINDOWS.win11_23H2,
            registeredAt: -26 * DAY,
            intune: { enrolledAt: -20 * DAY - 41, lastSync: -2 * DAY, complianceState: 'compliant', isEncrypted: true, userSignedIn: true },
            deployments: [
                {
                    start: -20 * DAY - 45,
                    outcome: 'technicianFlowDone',
                    preparationMinutes: 5,
                    deviceSetupMinutes: 40,
                    lastReport: -20 * DAY,
                    esp: [{ item: 'm365', status: 'installed', at: -20 * DAY }]
                }
            ]
        }
    },
    {
        scenario: 'inProgressWindows10',
        story: 'in device setup on Windows 10 22H2, whose screens differ from Windows 11',
        serial: '8CG1462WQ7',
        hardware: { manufacturer: HP, model: 'HP ProBook 440 G8 Notebook PC', systemFamily: '103C_5336AN HP ProBook' },
        groupTag: 'LATAM-Support',
        user: 'Diego Ramos',
        profile: 'preProvisioning',
        assignment: 'assignedInSync',
        assignedAt: -3 * DAY,
        enrollmentState: 'enrolled',
        lastContactedAt: -25,
        provisioning: {
            osVersion: WINDOWS.win10_22H2,
            registeredAt: -4 * DAY,
            intune: { enrolledAt: -20, lastSync: { behindClock: 2 }, complianceState: 'unknown', isEncrypted: false },
            deployments: [
                {
                    start: -25,
                    outcome: 'running',
                    preparationMinutes: 6,
                    deviceSetupMinutes: 19,
                    lastReport: -1,
                    clock: { kind: 'everyMinute' },
                    esp: [
                        { item: 'm365', status: 'unknown', at: -3 },
                        { item: 'bitlocker', status: 'compliant', at: -12 }
                    ]
                }
            ]
        }
    },
    // The moving devices (DEMO_TIMELINE): one goes silent (stalls), one fails, one succeeds.
    movingDevice({
        scenario: 'goesSilent',
        story: 'in progress from the start, stops reporting half a minute after the tenant starts (stalls)',
        serial: '5CD4017HJT',
        hardware: { manufacturer: HP, model: 'HP EliteBook 640 14 inch G10 Notebook PC', systemFamily: '103C_5336AN HP EliteBook' },
        start: -2,
        until: DEMO_TIMELINE.silentAfter,
        esp: [{ item: 'm365', status: 'installed', at: -2 }]
    }),
    movingDevice({
        scenario: 'startsThenFails',
        story: 'starts 2 minutes after the tenant starts, fails on a Win32 app 45 seconds later',
        serial: 'R90W2K4F',
        hardware: { manufacturer: LENOVO, model: '21HDCTO1WW', systemFamily: 'ThinkPad T14 Gen 4' },
        start: DEMO_TIMELINE.failStarts,
        until: DEMO_TIMELINE.failEnds,
        then: 'failure',
        esp: [
            { item: 'agent', status: 'error', at: DEMO_TIMELINE.failEnds, errorCode: APP_NOT_DETECTED },
            { item: 'm365', status: 'installed', at: DEMO_TIMELINE.failStarts }
        ]
    }),
    movingDevice({
        scenario: 'startsThenSucceeds',
        story: 'starts 4 minutes after the tenant starts, ready to Reseal 45 seconds later',
        serial: 'CZC5120M7Q',
        hardware: { manufacturer: HP, model: 'HP ProBook 440 14 inch G10 Notebook PC', systemFamily: '103C_5336AN HP ProBook' },
        start: DEMO_TIMELINE.successStarts,
        until: DEMO_TIMELINE.successEnds,
        then: 'success',
        esp: [{ item: 'm365', status: 'installed', at: DEMO_TIMELINE.successStarts }]
    })
] as const satisfies readonly DemoDeviceScenario[];

export type DemoScenario = (typeof DEMO_DEVICES)[number]['scenario'];
