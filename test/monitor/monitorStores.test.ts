import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AlertEntry, AlertLedger } from '../../src/store/alertLedger';
import { openDatabase, SqliteDatabase } from '../../src/store/database';
import { DeviceTrackingStore } from '../../src/monitor/deviceTrackingStore';
import { MonitorCursorStore } from '../../src/store/monitorCursor';
import { Watch, WatchStore } from '../../src/store/watches';

const now = new Date('2026-11-28T12:00:00Z');
const hours = (h: number) => new Date(now.getTime() + h * 3600_000);

const watch = (over: Partial<Watch> = {}): Watch => ({
    tenantId: 'tenant-a',
    conversationKey: 'tenant-a/conv-1',
    serial: 'PF3XYZ12',
    askedBy: { id: '29:user-1', aadObjectId: 'aad-1', name: 'Alex Tech' },
    createdAt: now,
    expiresAt: hours(24),
    ...over
});

describe('monitor stores', () => {
    let dir: string;
    let db: SqliteDatabase;

    beforeEach(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'monitor-store-'));
        db = openDatabase(dir);
    });
    afterEach(() => {
        if (db.open) db.close();
        fs.rmSync(dir, { recursive: true, force: true });
    });

    /** Closes and reopens the file, as a restart does. */
    const reopen = () => {
        db.close();
        db = openDatabase(dir);
        return db;
    };

    test('watches: add, renew, list by conversation and device, case-insensitive serials, survive a restart', () => {
        const watches = new WatchStore(db);
        watches.add(watch());
        watches.add(watch({ serial: 'pf3xyz12', askedBy: { id: '29:user-2', name: 'Sam' }, expiresAt: hours(30) }));
        watches.add(watch({ conversationKey: 'tenant-a/conv-2' }));
        watches.add(watch({ tenantId: 'tenant-b', conversationKey: 'tenant-b/conv-1' }));
        expect(watches.count()).toBe(3);

        const reopened = new WatchStore(reopen());
        const [renewed] = reopened.inConversation('tenant-a/conv-1');
        expect(renewed).toMatchObject({ serial: 'PF3XYZ12', askedBy: { id: '29:user-2', name: 'Sam' }, createdAt: now, expiresAt: hours(30) });
        expect(reopened.watchersOf('tenant-a', 'Pf3xyz12').map((w) => w.conversationKey)).toEqual(['tenant-a/conv-1', 'tenant-a/conv-2']);
        // Tenants never see each other's devices.
        expect(reopened.devices(now)).toEqual([
            { tenantId: 'tenant-a', serial: 'PF3XYZ12', newestWatchAt: now },
            { tenantId: 'tenant-b', serial: 'PF3XYZ12', newestWatchAt: now }
        ]);
    });

    test('watches: everyone who asked in the conversation is kept once, with the latest time zone', () => {
        const watches = new WatchStore(db);
        const sam = { id: '29:user-2', aadObjectId: 'aad-2', name: 'Sam' };
        watches.add(watch({ timeZone: 'America/New_York' }));
        watches.add(watch({ askedBy: sam, timeZone: 'Europe/Paris' }));
        watches.add(watch({ askedBy: { ...sam, id: '29:user-2-again' } })); // same person (same Entra id), zone unknown this time
        const [kept] = new WatchStore(reopen()).inConversation('tenant-a/conv-1');
        expect(kept.askers?.map((a) => a.name)).toEqual([watch().askedBy.name, 'Sam']);
        expect(kept.timeZone).toBe('Europe/Paris');
    });

    test('watches: expiry, snooze, unwatch one, stop watching all', () => {
        const watches = new WatchStore(db);
        watches.add(watch());
        watches.add(watch({ serial: 'CZC2410A01', expiresAt: hours(1) }));
        expect(watches.active(hours(2)).map((w) => w.serial)).toEqual(['PF3XYZ12']);
        expect(watches.expired(hours(2)).map((w) => w.serial)).toEqual(['CZC2410A01']);
        expect(watches.snooze('tenant-a', 'tenant-a/conv-1', 'pf3xyz12', hours(0.5))).toBe(true);
        expect(watches.inConversation('tenant-a/conv-1').find((w) => w.serial === 'PF3XYZ12')?.snoozedUntil).toEqual(hours(0.5));
        expect(watches.remove('tenant-a', 'tenant-a/conv-1', 'czc2410a01')).toBe(true);
        expect(watches.remove('tenant-a', 'tenant-a/conv-1', 'czc2410a01')).toBe(false);
        expect(watches.removeConversation('tenant-a/conv-1')).toBe(1);
        expect(watches.count()).toBe(0);
    });

    test('ledger: an alert is claimed once, even across a restart between claim and send', () => {
        const entry: AlertEntry = { tenantId: 'tenant-a', conversationKey: 'tenant-a/conv-1', serial: 'PF3XYZ12', deploymentId: 'ev-1', kind: 'failed' };
        expect(new AlertLedger(db).claim(entry, now)).toBe(true);
        // Crash here: the claim is committed, the send never happened.
        const ledger = new AlertLedger(reopen());
        expect(ledger.claim(entry, hours(1))).toBe(false);
        expect(ledger.claim({ ...entry, serial: 'pf3xyz12' }, hours(1))).toBe(false);
        expect(ledger.claim({ ...entry, kind: 'stalled#1' }, hours(1))).toBe(true);
        expect(ledger.claim({ ...entry, deploymentId: 'ev-2' }, hours(1))).toBe(true);
        expect(ledger.claim({ ...entry, conversationKey: 'tenant-a/conv-2' }, hours(1))).toBe(true);
        expect(ledger.get(entry)).toMatchObject({ claimedAt: now, outcome: undefined });
    });

    test('ledger: a pending alert is tried again a bounded number of times, then only while the device still owes it', () => {
        let ledger = new AlertLedger(db);
        const entry: AlertEntry = { tenantId: 'tenant-a', conversationKey: 'tenant-a/conv-1', serial: 'PF3XYZ12', deploymentId: 'ev-1', kind: 'stalled#1' };
        expect(ledger.retryPending(entry, 3)).toBeUndefined(); // never claimed
        ledger.claim(entry, now);
        expect(ledger.retryPending(entry, 3)).toBeUndefined(); // claimed, in flight
        ledger.settle(entry, 'pending', now);
        expect(ledger.pendingSerials('tenant-a')).toEqual(new Set(['PF3XYZ12']));
        expect(ledger.retryPending(entry, 3)).toBe(2);
        expect(ledger.retryPending(entry, 3)).toBeUndefined(); // one try at a time
        ledger.settle(entry, 'pending', now);
        ledger = new AlertLedger(reopen());
        expect(ledger.retryPending(entry, 3)).toBe(3); // survives a restart
        ledger.settle(entry, 'pending', now);
        expect(ledger.retryPending(entry, 3)).toBeUndefined(); // out of tries

        const reminder = { ...entry, kind: 'stalled#1@2026-01-01T00:00:00.000Z' };
        ledger.claim(reminder, now);
        ledger.settle(reminder, 'pending', now);
        const failed = { ...entry, deploymentId: 'ev-1', kind: 'failed' };
        expect(ledger.abandonPending('tenant-a', 'pf3xyz12', (e) => e.kind.startsWith('stalled#1'), now)).toEqual([]);
        expect(ledger.abandonPending('tenant-a', 'pf3xyz12', (e) => e.kind === failed.kind, now).map((e) => e.kind).sort()).toEqual([entry.kind, reminder.kind]);
        expect(ledger.get(entry)?.outcome).toBe('abandoned');
        expect(ledger.pendingSerials('tenant-a').size).toBe(0);
    });

    test('ledger: outcomes, what awaits action, pruning', () => {
        const ledger = new AlertLedger(db);
        const entry: AlertEntry = { tenantId: 'tenant-a', conversationKey: 'tenant-a/conv-1', serial: 'PF3XYZ12', deploymentId: 'ev-1', kind: 'stalled#1' };
        ledger.claim(entry, now);
        ledger.settle(entry, 'sent', now);
        expect(ledger.awaitingAction(hours(1)).map((r) => r.kind)).toEqual(['stalled#1']);
        ledger.markActed('tenant-a', 'tenant-a/conv-1', 'pf3xyz12', hours(0.5));
        expect(ledger.awaitingAction(hours(1))).toEqual([]);
        expect(ledger.get(entry)).toMatchObject({ outcome: 'sent', actedAt: hours(0.5) });
        expect(ledger.prune(hours(1))).toBe(1);
    });

    test('tracking: state per device survives a restart; unwatched devices are pruned', () => {
        const tracking = new DeviceTrackingStore(db);
        new WatchStore(db).add(watch());
        tracking.putAll(
            [
                { tenantId: 'tenant-a', serial: 'PF3XYZ12', state: { deploymentId: 'ev-1', stalled: true, stallEpisode: 1, finished: false } },
                { tenantId: 'tenant-a', serial: 'GONE0001', state: { stalled: false, stallEpisode: 0, finished: true } }
            ],
            now
        );
        const reopened = new DeviceTrackingStore(reopen());
        expect(reopened.get('tenant-a', 'pf3xyz12')?.state).toEqual({ deploymentId: 'ev-1', stalled: true, stallEpisode: 1, finished: false });
        expect([...reopened.forTenant('tenant-a').keys()]).toEqual(['GONE0001', 'PF3XYZ12']);
        expect(reopened.pruneUnwatched()).toBe(1);
        expect(reopened.get('tenant-a', 'GONE0001')).toBeUndefined();
    });

    test('cursor: per tenant, survives a restart', () => {
        new MonitorCursorStore(db).set('tenant-a', hours(-1), now);
        const cursor = new MonitorCursorStore(reopen());
        expect(cursor.get('tenant-a')).toEqual(hours(-1));
        expect(cursor.get('tenant-b')).toBeUndefined();
    });
});
