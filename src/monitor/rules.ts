import type { AutopilotEvent, DeviceRecords } from '../graph/types';
import { minutesBetween, realTime } from '../status/time';
import { lastSignOfLife, stallAfter, type StallThresholds } from '../status/stallRule';
import type { DeviceStatus } from '../status/types';

/**
 * When a watched device deserves a message. Pure: the monitor feeds it what Graph said and what it remembered,
 * and stores what comes back.
 */

/** What the technician is told about. */
export type AlertKind = 'stalled' | 'failed' | 'ready' | 'timedOut' | 'completed';

/** Kinds after which the technician has nothing more to wait for: the watch ends with the alert. */
export const ENDS_WATCH: ReadonlySet<AlertKind> = new Set(['ready', 'completed']);

/** Why a watch ends without the device finishing. */
export type ExpiryKind = 'notStarted' | 'expired';

/** The stall rule's thresholds: the same as the status card's (`status/stallRule.ts`). */
export type RuleThresholds = StallThresholds;

/** The facts of one device that the rules look at, taken from the status lookup's records and its verdict. */
export interface DeviceSnapshot {
    serial: string;
    status: DeviceStatus;
    /** The newest deployment (its event id); alerts are once per deployment. */
    deploymentId?: string;
    deploymentState?: string;
    deviceSetupStatus?: string;
    startedAt?: Date;
    /** Newest sign of life: the deployment event's time or the device's last sync. */
    lastActivityAt?: Date;
    /** Changes whenever anything the technician would notice changes. */
    fingerprint: string;
}

/** What the monitor remembers of a device between cycles. */
export interface TrackState {
    deploymentId?: string;
    fingerprint?: string;
    /** ISO time the monitor last saw the fingerprint change. */
    changedAt?: string;
    stalled: boolean;
    /** Counts stall episodes of this deployment: a stall that clears and comes back is a new episode. */
    stallEpisode: number;
    finished: boolean;
}

/**
 * Ledger kinds, the one home of their format (each is sent once per device, deployment and conversation): the alert
 * kind itself (`failed`, `ready`), a numbered stall episode (`stalled#2`), and the reminder of that episode when a
 * snooze ends (`stalled#2@<snooze end>`).
 */
export const ledgerKinds = {
    stallEpisode: (episode: number) => `stalled#${episode}`,
    snoozeReminder: (episode: number, snoozedUntil: Date) => `stalled#${episode}@${snoozedUntil.toISOString()}`,
    /** The alert kind a ledger kind records: `stalled` for `stalled#2` and `stalled#2@…`. */
    alertKindOf: (ledgerKind: string): string => ledgerKind.replace(/[#@].*$/, '')
};

export interface AlertFact {
    kind: AlertKind;
    /** Ledger kind: once per (device, deployment, ledgerKind). Stall episodes are numbered. */
    ledgerKind: string;
    deploymentId: string;
    /** How long the situation has lasted, in minutes (running time, or quiet time for a silent stall). */
    minutes?: number;
    stallCause?: 'running' | 'quiet';
}

export interface Evaluation {
    state: TrackState;
    /** Alerts that became due this cycle (the state changed into them). */
    alerts: AlertFact[];
    /**
     * The alert for the state the device is in now, whether or not it just changed: a watch that began after the
     * change still gets it once (the ledger, per conversation, keeps everyone else from a repeat).
     */
    standing?: AlertFact;
}

const RUNNING = 'inProgress';
const TIMEOUT_STATES = new Set(['successWithTimeout']);
/** A deployment record without an event id still needs a stable key. */
const NO_DEPLOYMENT = 'none';

export function snapshotOf(records: DeviceRecords, status: DeviceStatus): DeviceSnapshot {
    const event: AutopilotEvent | undefined = records.events[0];
    const lastActivityAt = lastSignOfLife(records);
    return {
        serial: status.serial,
        status,
        deploymentId: event?.id,
        deploymentState: event?.deploymentState,
        deviceSetupStatus: event?.deviceSetupStatus,
        startedAt: realTime(event?.deploymentStartDateTime),
        lastActivityAt,
        fingerprint: [
            event?.id,
            event?.deploymentState,
            event?.deviceSetupStatus,
            event?.accountSetupStatus,
            event?.eventDateTime,
            records.managedDevice?.lastSyncDateTime,
            status.verdict,
            status.failures.length
        ].join('|')
    };
}

export function isRunning(snapshot: Pick<DeviceSnapshot, 'deploymentState' | 'deviceSetupStatus'>): boolean {
    return snapshot.deploymentState === RUNNING || snapshot.deviceSetupStatus === RUNNING;
}

/** The finished outcome of a deployment, if it has one. */
function finishedKind(snapshot: DeviceSnapshot): AlertKind | undefined {
    if (TIMEOUT_STATES.has(snapshot.deploymentState ?? '') || TIMEOUT_STATES.has(snapshot.deviceSetupStatus ?? '')) return 'timedOut';
    switch (snapshot.status.verdict) {
        case 'failed':
        case 'reusedDevice':
            return 'failed';
        case 'readyToReseal':
            return 'ready';
        case 'userFlowDone':
            return 'completed';
        default:
            return undefined;
    }
}

/**
 * One cycle's verdict for a device: what to remember and which alerts are due. A new deployment (a retry after a
 * reset) starts afresh, so its failure or stall is told again.
 */
export function evaluate(snapshot: DeviceSnapshot, previous: TrackState | undefined, thresholds: RuleThresholds, now: Date): Evaluation {
    const deploymentId = snapshot.deploymentId ?? NO_DEPLOYMENT;
    const sameDeployment = previous !== undefined && previous.deploymentId === deploymentId;
    const base: TrackState = sameDeployment ? previous : { deploymentId, stalled: false, stallEpisode: 0, finished: false };
    const changed = base.fingerprint !== snapshot.fingerprint;
    const state: TrackState = {
        ...base,
        deploymentId,
        fingerprint: snapshot.fingerprint,
        changedAt: changed && base.fingerprint !== undefined ? now.toISOString() : base.changedAt
    };

    const finished = snapshot.deploymentId ? finishedKind(snapshot) : undefined;
    if (finished) {
        // How long it took, start to end, as the status card says it: not how long ago it started (a late alert, a
        // watch asked hours after the failure, would otherwise state a figure that grows with the clock).
        const minutes = snapshot.status.elapsedMinutes ?? (snapshot.startedAt ? minutesBetween(snapshot.startedAt, now) : undefined);
        const alert: AlertFact = { kind: finished, ledgerKind: finished, deploymentId, minutes };
        return { state: { ...state, stalled: false, finished: true }, alerts: [alert], standing: alert };
    }
    if (!isRunning(snapshot)) return { state: { ...state, stalled: false, finished: false }, alerts: [] };

    const running = snapshot.startedAt ? minutesBetween(snapshot.startedAt, now) : undefined;
    const activity = [snapshot.lastActivityAt, realTime(state.changedAt)].filter((t): t is Date => t !== undefined);
    const lastSign = activity.length ? new Date(Math.max(...activity.map((t) => t.getTime()))) : undefined;
    const quiet = lastSign ? minutesBetween(lastSign, now) : undefined;
    const runningTooLong = running !== undefined && running >= stallAfter(thresholds);
    const tooQuiet = quiet !== undefined && quiet >= thresholds.quietMinutes;
    const stalled = runningTooLong || tooQuiet;
    if (!stalled) return { state: { ...state, stalled: false, finished: false }, alerts: [] };
    const stallEpisode = state.stalled ? state.stallEpisode : state.stallEpisode + 1;
    const alert: AlertFact = {
        kind: 'stalled',
        ledgerKind: ledgerKinds.stallEpisode(stallEpisode),
        deploymentId,
        minutes: runningTooLong ? running : quiet,
        stallCause: runningTooLong ? 'running' : 'quiet'
    };
    return { state: { ...state, stalled: true, stallEpisode, finished: false }, alerts: state.stalled ? [] : [alert], standing: alert };
}

/**
 * Whether a watch has run its time. A device that never started a deployment since the watch began is told as
 * such, so the technician knows to look at the device rather than wait.
 */
export function watchExpiry(watch: { createdAt: Date; expiresAt: Date }, device: { startedAt?: Date; running: boolean } | undefined, now: Date): ExpiryKind | undefined {
    if (now < watch.expiresAt) return undefined;
    const started = device?.startedAt !== undefined && device.startedAt >= watch.createdAt;
    return started || device?.running ? 'expired' : 'notStarted';
}

/** Whether the device may be stalling by now, judged on what was seen last: worth reading again. */
export function looksStuck(device: { running: boolean; startedAt?: Date; lastActivityAt?: Date }, state: TrackState, thresholds: RuleThresholds, now: Date): boolean {
    if (!device.running || state.stalled || state.finished) return false;
    const activity = [device.lastActivityAt, realTime(state.changedAt)].filter((t): t is Date => t !== undefined);
    const quietSince = activity.length ? Math.max(...activity.map((t) => t.getTime())) : undefined;
    const runningTooLong = device.startedAt !== undefined && minutesBetween(device.startedAt, now) >= stallAfter(thresholds);
    return runningTooLong || (quietSince !== undefined && (now.getTime() - quietSince) / 60000 >= thresholds.quietMinutes);
}
