import type { AutopilotEvent, ManagedDevice } from '../../src/graph/types';

/** Graph records of one device in progress, relative to a fixed `now`: the shared starting point of status and rule tables. */
export function graphRecordsAt(now: Date) {
    const minutesAgo = (m: number) => new Date(now.getTime() - m * 60000).toISOString();
    const event = (over: Partial<AutopilotEvent> = {}): AutopilotEvent => ({
        id: 'ev-1',
        deviceSerialNumber: 'PF3XYZ12',
        enrollmentType: 'azureADJoinedWithWhiteGlove',
        deploymentState: 'inProgress',
        deviceSetupStatus: 'inProgress',
        accountSetupStatus: 'notAttempted',
        osVersion: '10.0.26100.3194',
        deploymentStartDateTime: minutesAgo(20),
        eventDateTime: minutesAgo(1),
        ...over
    });
    const device = (over: Partial<ManagedDevice> = {}): ManagedDevice => ({ id: 'md-1', serialNumber: 'PF3XYZ12', lastSyncDateTime: minutesAgo(2), ...over });
    return { minutesAgo, event, device };
}
