/**
 * The demo tenant's data: the scenario devices (a table, `scenarios/demoDevices.ts`) built into Graph resources, the
 * deployment profiles, and older "noise" deployments so that autopilotEvents really pages. Every time is relative to
 * `startedAt`, so the tenant looks live whenever it starts.
 */

import type { WindowsAutopilotDeploymentProfile } from './graphResources';
import { buildDevice, type DemoEventFixture, type DemoIdentityFixture, type DemoManagedDeviceFixture } from './scenarios/buildDevice';
import { DEMO_DEVICES, type DemoScenario } from './scenarios/demoDevices';
import { deploymentProfiles } from './scenarios/deploymentProfiles';
import { noiseEvents } from './scenarios/noiseEvents';

export interface DemoDeviceFixture extends DemoIdentityFixture {
    scenario: DemoScenario;
    story: string;
}

export interface DemoFixtures {
    devices: DemoDeviceFixture[];
    managedDevices: DemoManagedDeviceFixture[];
    events: DemoEventFixture[];
    deploymentProfiles: WindowsAutopilotDeploymentProfile[];
}

/** Builds the whole tenant for a start time. Pure: same `startedAt` → same data. */
export function buildFixtures(startedAt: Date): DemoFixtures {
    const fixtures: DemoFixtures = { devices: [], managedDevices: [], events: [], deploymentProfiles: deploymentProfiles(startedAt) };
    for (const record of DEMO_DEVICES) {
        const { device, managedDevice, events } = buildDevice(record, startedAt);
        fixtures.devices.push({ ...device, scenario: record.scenario, story: record.story });
        if (managedDevice) fixtures.managedDevices.push(managedDevice);
        fixtures.events.push(...events);
    }
    fixtures.events.push(...noiseEvents(startedAt, DEMO_DEVICES.map(record => record.serial)));
    return fixtures;
}
