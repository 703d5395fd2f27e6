import type { AutopilotEvent, DeviceRecords } from '../graph/types';
import type { DeviceStatus } from '../status/types';
import type { TrackedDevice } from './deviceTrackingStore';
import { isRunning, type DeviceSnapshot, type TrackState } from './rules';

/** The newest deployment event's identity and state: an event read again is the same key, a changed one is not. */
export function eventKey(event: AutopilotEvent): string {
    return [event.id, event.eventDateTime, event.deploymentState, event.deviceSetupStatus, event.accountSetupStatus].join('|');
}

/**
 * What is remembered of a device after a read of it: by the monitor's cycle, or by the read a watch starts with, so the
 * watch list shows that state at once instead of "not checked yet" until the next cycle.
 */
export function trackedDevice(
    read: { tenantId: string; serial: string; records: DeviceRecords; status: DeviceStatus; snapshot: DeviceSnapshot; state: TrackState },
    now: Date
): TrackedDevice {
    const { tenantId, serial, records, status, snapshot, state } = read;
    return {
        tenantId,
        serial,
        state,
        summary: {
            verdict: status.verdict,
            severity: status.severity,
            headline: status.headline,
            checkedAt: now.toISOString(),
            running: isRunning(snapshot),
            startedAt: snapshot.startedAt?.toISOString(),
            lastActivityAt: snapshot.lastActivityAt?.toISOString(),
            eventKey: records.events[0] ? eventKey(records.events[0]) : undefined
        }
    };
}
