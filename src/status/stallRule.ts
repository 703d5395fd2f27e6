import type { DeviceRecords } from '../graph/types';
import { realTime } from './time';

/**
 * When a running technician phase counts as stalled: the one rule behind the status card, the answer to a watch and
 * the monitor's alerts, so an alert and the card it links to never disagree. Pure.
 */
export interface StallThresholds {
    /** The technician phase running longer than this is a stall (STALL_AFTER_MINUTES). */
    stallAfterMinutes: number;
    /** In progress with no sign of life for this long is a stall (STALL_QUIET_MINUTES). */
    quietMinutes: number;
    /** The ESP's timeout (ESP_TIMEOUT_MINUTES): a stall is called ESP_TIMEOUT_MARGIN_MINUTES before it. */
    espTimeoutMinutes?: number;
}

/** The thresholds a person sets (the settings); the ESP timeout comes with the device's ESP. */
export type StallSettings = Omit<StallThresholds, 'espTimeoutMinutes'>;

/** Minutes before the ESP's own timeout at which a still-running phase is called stalled. */
export const ESP_TIMEOUT_MARGIN_MINUTES = 15;

/** The minutes after which a running technician phase counts as stalled. */
export function stallAfter(thresholds: StallThresholds): number {
    const { stallAfterMinutes, espTimeoutMinutes } = thresholds;
    if (espTimeoutMinutes === undefined) return stallAfterMinutes;
    return Math.max(1, Math.min(stallAfterMinutes, espTimeoutMinutes - ESP_TIMEOUT_MARGIN_MINUTES));
}

/** The newest sign of life in a device's records: its deployment event, its last sync, or the deployment's start. */
export function lastSignOfLife(records: Pick<DeviceRecords, 'events' | 'managedDevice'>): Date | undefined {
    const event = records.events[0];
    const times = [realTime(event?.eventDateTime), realTime(records.managedDevice?.lastSyncDateTime), realTime(event?.deploymentStartDateTime)].filter(
        (t): t is Date => t !== undefined
    );
    return times.length ? new Date(Math.max(...times.map((t) => t.getTime()))) : undefined;
}
