/**
 * The demo tenant's mutable data: fixtures plus the changes made through Graph actions (assign/unassign user).
 * Reads return fresh copies with the clock-driven fields evaluated at `now`.
 */

import type { DemoFixtures } from './fixtures';
import type { DemoIdentityFixture } from './scenarios/buildDevice';
import type { DemoScenario } from './scenarios/demoDevices';
import type { DemoFleet } from './scenarios/fleet';
import { demoUsers, type DemoUser } from './users';
import type {
    AutopilotPolicyStatusDetail,
    DeviceManagementAutopilotEvent,
    ManagedDevice,
    WindowsAutopilotDeploymentProfile,
    WindowsAutopilotDeviceIdentity
} from './graphResources';

export interface IdentityView {
    identity: WindowsAutopilotDeviceIdentity;
    deploymentProfile: WindowsAutopilotDeploymentProfile | null;
    intendedDeploymentProfile: WindowsAutopilotDeploymentProfile | null;
}

const sameId = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * Reads hand out shared snapshots: records are flat, and every reader copies before it shapes a response. A tenant
 * with a benchmark fleet (ten thousand devices) would otherwise clone everything on every request.
 */
export class TenantState {
    private readonly people: DemoUser[] = demoUsers();
    private identityViews?: IdentityView[];
    /** Events without a clock, newest first, with their times: computed once. */
    private staticEvents?: { time: number; event: DeviceManagementAutopilotEvent }[];
    private eventsAt?: { second: number; events: DeviceManagementAutopilotEvent[] };

    private readonly fixtures: Omit<DemoFixtures, 'devices'> & { devices: DemoIdentityFixture[] };

    constructor(
        private readonly scenarioFixtures: DemoFixtures,
        fleet?: DemoFleet
    ) {
        this.fixtures = fleet
            ? {
                  ...scenarioFixtures,
                  devices: [...scenarioFixtures.devices, ...fleet.devices],
                  managedDevices: [...scenarioFixtures.managedDevices, ...fleet.managedDevices],
                  events: [...scenarioFixtures.events, ...fleet.events]
              }
            : scenarioFixtures;
    }

    users(): DemoUser[] {
        return structuredClone(this.people);
    }

    scenarios(): { serial: string; scenario: DemoScenario; story: string }[] {
        return this.scenarioFixtures.devices.map(({ identity, scenario, story }) => ({ serial: identity.serialNumber, scenario, story }));
    }

    identities(): IdentityView[] {
        this.identityViews ??= this.fixtures.devices.map(device => ({
            identity: structuredClone(device.identity),
            deploymentProfile: this.profile(device.deploymentProfileId),
            intendedDeploymentProfile: this.profile(device.intendedDeploymentProfileId)
        }));
        return this.identityViews;
    }

    identity(id: string): IdentityView | undefined {
        return this.identities().find(view => sameId(view.identity.id, id));
    }

    /** Applies assignUserToDevice / unassignUserFromDevice; false when the id is unknown. */
    setAssignedUser(id: string, user: { userPrincipalName: string; addressableUserName: string } | undefined): boolean {
        const device = this.fixtures.devices.find(candidate => sameId(candidate.identity.id, id));
        if (!device) {
            return false;
        }
        device.identity.userPrincipalName = user?.userPrincipalName ?? '';
        device.identity.addressableUserName = user?.addressableUserName ?? '';
        this.identityViews = undefined;
        return true;
    }

    /** `serialMay`: a cheap pre-filter on the serial (a superset of what the request's $filter keeps). */
    managedDevices(now: Date, serialMay?: (serial: string) => boolean): ManagedDevice[] {
        return this.fixtures.managedDevices
            .filter(fixture => (!fixture.from || fixture.from <= now) && (!serialMay || serialMay(fixture.device.serialNumber)))
            .map(fixture => (fixture.live ? { ...fixture.device, ...fixture.live(now) } : fixture.device));
    }

    managedDevice(id: string, now: Date): ManagedDevice | undefined {
        return this.managedDevices(now).find(device => sameId(device.id, id));
    }

    /**
     * Newest report first, as the portal lists them. The clock-driven fields have a resolution of one second, so the
     * list is computed once per second: paging through thousands of events does not recompute them per page.
     */
    events(now: Date, serialMay?: (serial: string) => boolean): DeviceManagementAutopilotEvent[] {
        if (serialMay) return this.computeEvents(now, serialMay);
        const second = Math.floor(now.getTime() / 1000);
        if (this.eventsAt?.second !== second) this.eventsAt = { second, events: this.computeEvents(now) };
        return this.eventsAt.events;
    }

    private computeEvents(now: Date, serialMay: (serial: string) => boolean = () => true): DeviceManagementAutopilotEvent[] {
        this.staticEvents ??= this.fixtures.events
            .filter(fixture => !fixture.live && !fixture.from)
            .map(fixture => ({ time: Date.parse(fixture.event.eventDateTime), event: structuredClone(fixture.event) }));
        const live = this.fixtures.events
            .filter(fixture => (fixture.live || fixture.from) && (!fixture.from || fixture.from <= now) && serialMay(fixture.event.deviceSerialNumber))
            .map(fixture => {
                const event = { ...fixture.event, ...fixture.live?.(now) };
                return { time: Date.parse(event.eventDateTime), event };
            });
        const fixed = this.staticEvents.filter(entry => serialMay(entry.event.deviceSerialNumber));
        return [...fixed, ...live].sort((a, b) => b.time - a.time).map(entry => entry.event);
    }

    event(id: string, now: Date): DeviceManagementAutopilotEvent | undefined {
        return this.events(now).find(event => sameId(event.id, id));
    }

    policyStatusDetails(eventId: string): AutopilotPolicyStatusDetail[] | undefined {
        const fixture = this.fixtures.events.find(candidate => sameId(candidate.event.id, eventId));
        return fixture ? structuredClone(fixture.policyStatusDetails) : undefined;
    }

    deploymentProfiles(): WindowsAutopilotDeploymentProfile[] {
        return structuredClone(this.fixtures.deploymentProfiles);
    }

    private profile(id: string | undefined): WindowsAutopilotDeploymentProfile | null {
        const profile = id ? this.fixtures.deploymentProfiles.find(candidate => candidate.id === id) : undefined;
        return profile ? structuredClone(profile) : null;
    }
}
