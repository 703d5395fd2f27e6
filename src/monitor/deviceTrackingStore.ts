import type { TrackState } from './rules';
import type { Severity, Verdict } from '../status/types';
import type { SqliteDatabase } from '../store/database';

/** The last status the monitor saw: for the watch list, and to judge between reads whether a device looks stuck. */
export interface TrackedSummary {
    verdict: Verdict;
    severity: Severity;
    headline: string;
    checkedAt: string;
    running: boolean;
    startedAt?: string;
    lastActivityAt?: string;
    /** The newest deployment event as last read, to tell a changed event from one read again. */
    eventKey?: string;
}

export interface TrackedDevice {
    tenantId: string;
    serial: string;
    state: TrackState;
    summary?: TrackedSummary;
}

interface TrackingRow {
    tenant_id: string;
    serial: string;
    state: string;
    summary: string | null;
}

const fromRow = (row: TrackingRow): TrackedDevice => ({
    tenantId: row.tenant_id,
    serial: row.serial,
    state: JSON.parse(row.state) as TrackState,
    summary: row.summary ? (JSON.parse(row.summary) as TrackedSummary) : undefined
});

/** What the monitor remembers per device across cycles and restarts: polling resumes where it was. */
export class DeviceTrackingStore {
    private readonly upsert;
    private readonly selectOne;
    private readonly selectTenant;
    private readonly deleteUnwatched;

    constructor(private readonly db: SqliteDatabase) {
        this.upsert = db.prepare<[string, string, string, string | null, number, string]>(
            `INSERT INTO device_tracking (tenant_id, serial, state, summary, finished, updated_at) VALUES (?, ?, ?, ?, ?, ?)
             ON CONFLICT (tenant_id, serial) DO UPDATE SET state = excluded.state, summary = excluded.summary,
                finished = excluded.finished, updated_at = excluded.updated_at`
        );
        this.selectOne = db.prepare<[string, string], TrackingRow>('SELECT * FROM device_tracking WHERE tenant_id = ? AND serial = ?');
        this.selectTenant = db.prepare<[string], TrackingRow>('SELECT * FROM device_tracking WHERE tenant_id = ?');
        this.deleteUnwatched = db.prepare(
            'DELETE FROM device_tracking WHERE NOT EXISTS (SELECT 1 FROM watches w WHERE w.tenant_id = device_tracking.tenant_id AND w.serial = device_tracking.serial)'
        );
    }

    get(tenantId: string, serial: string): TrackedDevice | undefined {
        const row = this.selectOne.get(tenantId, serial);
        return row ? fromRow(row) : undefined;
    }

    /** Every tracked device of a tenant by upper-cased serial: one query per cycle instead of one per device. */
    forTenant(tenantId: string): Map<string, TrackedDevice> {
        return new Map(this.selectTenant.all(tenantId).map((row) => [row.serial.toUpperCase(), fromRow(row)]));
    }

    put(device: TrackedDevice, now: Date): void {
        this.upsert.run(device.tenantId, device.serial, JSON.stringify(device.state), device.summary ? JSON.stringify(device.summary) : null, device.state.finished ? 1 : 0, now.toISOString());
    }

    /** Many devices in one transaction: a cycle's results are committed together. */
    putAll(devices: TrackedDevice[], now: Date): void {
        this.db.transaction(() => devices.forEach((device) => this.put(device, now)))();
    }

    /** Drops devices no conversation watches any more. */
    pruneUnwatched(): number {
        return this.deleteUnwatched.run().changes;
    }
}
