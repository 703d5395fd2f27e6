import type { AutopilotEvent, DeviceRecords, ManagedDevice } from '../../src/graph/types';
import { AlertKind, evaluate, ExpiryKind, RuleThresholds, snapshotOf, TrackState, watchExpiry } from '../../src/monitor/rules';
import { stallAfter } from '../../src/status/stallRule';
import { interpretStatus } from '../../src/status/interpret';
import { graphRecordsAt } from '../support/graphRecords';

const now = new Date('2026-11-28T12:00:00Z');
const thresholds: RuleThresholds = { stallAfterMinutes: 45, quietMinutes: 30 };
const { minutesAgo, event, device } = graphRecordsAt(now);

/** The real interpretation of Graph records, as the monitor will see it. */
function snapshot(events: AutopilotEvent[], managedDevice?: ManagedDevice, at = now) {
    const identity = { id: 'ztd-1', serialNumber: 'PF3XYZ12', deploymentProfileAssignmentStatus: 'assignedInSync', deploymentProfile: { enableWhiteGlove: true } };
    const records: DeviceRecords = { candidates: [identity], identity, events, managedDevice };
    return snapshotOf(records, interpretStatus({ identity, events, managedDevice, now: at, espTimeoutMinutes: 60 }));
}

interface Case {
    name: string;
    events: AutopilotEvent[];
    managedDevice?: ManagedDevice;
    thresholds?: Partial<RuleThresholds>;
    alert?: AlertKind;
    cause?: 'running' | 'quiet';
    finished: boolean;
}

const cases: Case[] = [
    { name: 'never started', events: [], finished: false },
    { name: 'running 20 min, syncing', events: [event()], managedDevice: device(), finished: false },
    { name: 'running past STALL_AFTER_MINUTES', events: [event({ deploymentStartDateTime: minutesAgo(50) })], managedDevice: device(), alert: 'stalled', cause: 'running', finished: false },
    {
        name: 'ESP timeout known and shorter: stall 15 min before it',
        events: [event({ deploymentStartDateTime: minutesAgo(20) })],
        managedDevice: device(),
        thresholds: { espTimeoutMinutes: 30 },
        alert: 'stalled',
        cause: 'running',
        finished: false
    },
    {
        name: 'ESP timeout known but longer: STALL_AFTER_MINUTES rules',
        events: [event({ deploymentStartDateTime: minutesAgo(50) })],
        managedDevice: device(),
        thresholds: { espTimeoutMinutes: 120, stallAfterMinutes: 60 },
        finished: false
    },
    {
        name: 'no event and no sync for STALL_QUIET_MINUTES',
        events: [event({ deploymentStartDateTime: minutesAgo(40), eventDateTime: minutesAgo(35) })],
        managedDevice: device({ lastSyncDateTime: minutesAgo(31) }),
        alert: 'stalled',
        cause: 'quiet',
        finished: false
    },
    { name: 'device setup failed', events: [event({ deploymentState: 'failure', deviceSetupStatus: 'failure' })], alert: 'failed', finished: true },
    { name: 'reused device blocked', events: [event({ deploymentState: 'failure', deviceSetupStatus: 'notAttempted', enrollmentFailureDetails: '0x80180014' })], alert: 'failed', finished: true },
    { name: 'device setup succeeded: ready to Reseal', events: [event({ deploymentState: 'success', deviceSetupStatus: 'success' })], alert: 'ready', finished: true },
    { name: 'success on retry is ready too', events: [event({ deploymentState: 'successOnRetry', deviceSetupStatus: 'success' })], alert: 'ready', finished: true },
    { name: 'success with timeout is told apart', events: [event({ deploymentState: 'successWithTimeout', deviceSetupStatus: 'successWithTimeout' })], alert: 'timedOut', finished: true },
    {
        name: 'the user flow finished too',
        events: [event({ deploymentState: 'success', deviceSetupStatus: 'success', accountSetupStatus: 'success' })],
        alert: 'completed',
        finished: true
    }
];

describe('monitor rules', () => {
    test.each(cases)('$name', (c) => {
        const { state, alerts } = evaluate(snapshot(c.events, c.managedDevice), undefined, { ...thresholds, ...c.thresholds }, now);
        expect(alerts.map((a) => a.kind)).toEqual(c.alert ? [c.alert] : []);
        if (c.cause) expect(alerts[0].stallCause).toBe(c.cause);
        expect(state.finished).toBe(c.finished);
    });

    test('the same stall is told once, however many cycles it lasts', () => {
        const stuck = snapshot([event({ deploymentStartDateTime: minutesAgo(50) })], device());
        const first = evaluate(stuck, undefined, thresholds, now);
        const second = evaluate(stuck, first.state, thresholds, new Date(now.getTime() + 120_000));
        expect(first.alerts).toHaveLength(1);
        expect(second.alerts).toEqual([]);
    });

    test('a stall that clears and comes back alerts again, under a new ledger kind', () => {
        const quietThen = (quiet: number, sync: number) =>
            snapshot([event({ deploymentStartDateTime: minutesAgo(40), eventDateTime: minutesAgo(quiet) })], device({ lastSyncDateTime: minutesAgo(sync) }));
        const stalled = evaluate(quietThen(35, 35), undefined, thresholds, now);
        const cleared = evaluate(quietThen(35, 1), stalled.state, thresholds, now);
        const again = evaluate(quietThen(40, 40), cleared.state, thresholds, new Date(now.getTime() + 40 * 60000));
        expect(stalled.alerts.map((a) => a.ledgerKind)).toEqual(['stalled#1']);
        expect(cleared.alerts).toEqual([]);
        expect(cleared.state.stalled).toBe(false);
        expect(again.alerts.map((a) => a.ledgerKind)).toEqual(['stalled#2']);
    });

    test('a change the monitor saw counts as a sign of life', () => {
        const before = evaluate(snapshot([event({ eventDateTime: minutesAgo(20) })], device({ lastSyncDateTime: minutesAgo(20) })), undefined, thresholds, now);
        const later = new Date(now.getTime() + 15 * 60000);
        // The event changed (a phase moved) but carries an old time: quiet is measured from when the change was seen.
        const moved = snapshot([event({ eventDateTime: minutesAgo(20), deviceSetupStatus: 'inProgress', accountSetupStatus: 'inProgress' })], device({ lastSyncDateTime: minutesAgo(20) }), later);
        const after = evaluate(moved, before.state, thresholds, later);
        expect(after.state.changedAt).toBe(later.toISOString());
        expect(after.alerts).toEqual([]);
    });

    test('a new deployment after a failure starts afresh: its failure is told again', () => {
        const failed = evaluate(snapshot([event({ deploymentState: 'failure', deviceSetupStatus: 'failure' })]), undefined, thresholds, now);
        const retried = evaluate(snapshot([event({ id: 'ev-2', deploymentState: 'failure', deviceSetupStatus: 'failure' })]), failed.state, thresholds, now);
        expect(failed.alerts[0].deploymentId).toBe('ev-1');
        expect(retried.alerts.map((a) => `${a.deploymentId} ${a.ledgerKind}`)).toEqual(['ev-2 failed']);
    });

    test('a failure told late says how long the deployment ran, start to end, as the status card does', () => {
        const failed = [event({ deploymentStartDateTime: minutesAgo(120), deploymentEndDateTime: minutesAgo(82), deploymentState: 'failure', deviceSetupStatus: 'failure' })];
        const { standing } = evaluate(snapshot(failed, device()), undefined, thresholds, now);
        expect(standing).toMatchObject({ kind: 'failed', minutes: 38 });
    });

    test('stallAfter never reaches zero with a tiny ESP timeout', () => {
        expect(stallAfter({ stallAfterMinutes: 45, quietMinutes: 30, espTimeoutMinutes: 10 })).toBe(1);
        expect(stallAfter({ stallAfterMinutes: 1, quietMinutes: 30 })).toBe(1);
    });

    const expiryCases: { name: string; started?: number; running?: boolean; age: number; expected: ExpiryKind | undefined }[] = [
        { name: 'within the TTL', age: 23 * 60, expected: undefined },
        { name: 'never started within the TTL', age: 24 * 60, expected: 'notStarted' },
        { name: 'started before the watch, finished long ago', started: 25 * 60, age: 24 * 60, expected: 'notStarted' },
        { name: 'started after the watch', started: 60, age: 24 * 60, expected: 'expired' }
    ];
    test.each(expiryCases)('watch expiry: $name', ({ started, age, expected }) => {
        const createdAt = new Date(now.getTime() - age * 60000);
        const watch = { createdAt, expiresAt: new Date(createdAt.getTime() + 24 * 3600_000) };
        const snap = started === undefined ? snapshot([]) : snapshot([event({ deploymentState: 'success', deviceSetupStatus: 'success', deploymentStartDateTime: minutesAgo(started) })]);
        expect(watchExpiry(watch, { startedAt: snap.startedAt, running: false }, now)).toBe(expected);
    });

    test('the previous state is never mutated', () => {
        const previous: TrackState = { deploymentId: 'ev-1', stalled: false, stallEpisode: 0, finished: false };
        const frozen = Object.freeze({ ...previous });
        evaluate(snapshot([event({ deploymentStartDateTime: minutesAgo(50) })], device()), frozen, thresholds, now);
        expect(frozen).toEqual(previous);
    });
});
