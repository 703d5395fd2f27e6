import type { SqliteDatabase } from './database';

/** How far the monitor has read each tenant's deployment events: after a restart it reads on from there. */
export class MonitorCursorStore {
    private readonly selectOne;
    private readonly upsert;

    constructor(db: SqliteDatabase) {
        this.selectOne = db.prepare<[string], { last_event_at: string }>('SELECT last_event_at FROM monitor_cursor WHERE tenant_id = ?');
        this.upsert = db.prepare<[string, string, string]>(
            `INSERT INTO monitor_cursor (tenant_id, last_event_at, updated_at) VALUES (?, ?, ?)
             ON CONFLICT (tenant_id) DO UPDATE SET last_event_at = excluded.last_event_at, updated_at = excluded.updated_at`
        );
    }

    /** The newest event time already read, or undefined before the first cycle. */
    get(tenantId: string): Date | undefined {
        const row = this.selectOne.get(tenantId);
        return row ? new Date(row.last_event_at) : undefined;
    }

    set(tenantId: string, lastEventAt: Date, now: Date): void {
        this.upsert.run(tenantId, lastEventAt.toISOString(), now.toISOString());
    }
}
