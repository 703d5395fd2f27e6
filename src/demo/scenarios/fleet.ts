/** Look-alike devices for benchmarks at tenant scale: no scenario of their own, built like the scenario devices. */

import { buildDevice, type DemoEventFixture, type DemoIdentityFixture, type DemoManagedDeviceFixture } from './buildDevice';
import { HARDWARE, WINDOWS } from './catalog';
import { DAY, type DemoDeviceRecord } from './deviceRecord';

export interface DemoFleet {
    devices: DemoIdentityFixture[];
    managedDevices: DemoManagedDeviceFixture[];
    events: DemoEventFixture[];
}

/** A fleet device reports once per this period, each at its own phase: a tenth of the fleet in every 2 minutes. */
const FLEET_REPORT_EVERY_MS = 20 * 60_000;

/** Fleet device `index`: in the technician flow since the tenant started, syncing every minute. */
function fleetDevice(index: number): DemoDeviceRecord {
    return {
        serial: `FL${String(index).padStart(8, '0')}`,
        hardware: HARDWARE.eliteBook840G10,
        groupTag: 'FLEET',
        profile: 'preProvisioning',
        assignment: 'assignedInSync',
        assignedAt: -2 * DAY,
        enrollmentState: 'enrolled',
        lastContactedAt: 0,
        provisioning: {
            osVersion: WINDOWS.win11_24H2,
            registeredAt: -2 * DAY,
            intune: { enrolledAt: 0, lastSync: { behindClock: 1 }, complianceState: 'unknown', isEncrypted: false },
            deployments: [
                {
                    start: 0,
                    outcome: 'running',
                    preparationMinutes: 4,
                    deviceSetupMinutes: 6,
                    lastReport: 0,
                    clock: { kind: 'periodic', everyMs: FLEET_REPORT_EVERY_MS, phaseMs: (index % 10) * (FLEET_REPORT_EVERY_MS / 10) },
                    esp: []
                }
            ]
        }
    };
}

/** `count` fleet devices for a tenant that starts at `startedAt`. */
export function buildFleet(startedAt: Date, count: number): DemoFleet {
    const fleet: DemoFleet = { devices: [], managedDevices: [], events: [] };
    for (let index = 0; index < count; index++) {
        const { device, managedDevice, events } = buildDevice(fleetDevice(index), startedAt);
        fleet.devices.push(device);
        if (managedDevice) fleet.managedDevices.push(managedDevice);
        fleet.events.push(...events);
    }
    return fleet;
}
