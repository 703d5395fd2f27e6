/**
 * The demo tenant's mutable data: fixtures plus the changes made through Graph actions (assign/unassign user).
 * Reads return fresh copies with the clock-driven fields evaluated at `now`.
 */

import type { DemoFixtures, DemoScenario } from './fixtures';
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

export class TenantState {
    private readonly people: DemoUser[] = demoUsers();

    constructor(private readonly fixtures: DemoFixtures) {}

    users(): DemoUser[] {
        return structuredClone(this.people);
    }

    scenarios(): { serial: string; scenario: DemoScenario }[] {
        return this.fixtures.devices.map(device => ({
            serial: device.identity.serialNumber,
            scenario: device.scenario
        }));
    }

    identities(): IdentityView[] {
        return this.fixtures.devices.map(device => ({
            identity: structuredClone(device.identity),
            deploymentProfile: this.profile(device.deploymentProfileId),
            intendedDeploymentProfile: this.profile(device.intendedDeploymentProfileId)
        }));
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
        return true;
    }

    managedDevices(now: Date): ManagedDevice[] {
        return this.fixtures.managedDevices.filter(fixture => !fixture.from || fixture.from <= now).map(fixture => ({
            ...structuredClone(fixture.device),
            ...fixture.live?.(now)
        }));
    }

    managedDevice(id: string, now: Date): ManagedDevice | undefined {
        return this.managedDevices(now).find(device => sameId(device.id, id));
    }

    /** Newest report first, as the portal lists them. */
    events(now: Date): DeviceManagementAutopilotEvent[] {
        return this.fixtures.events
            .filter(fixture => !fixture.from || fixture.from <= now)
            .map(fixture => ({ ...structuredClone(fixture.event), ...fixture.live?.(now) }))
            .sort((a, b) => Date.parse(b.eventDateTime) - Date.parse(a.eventDateTime));
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
