import type { SqliteDatabase } from './database';

/** Who asked for or made a change. `aadObjectId` is what ASSIGNERS lists. */
export interface Assigner {
    id: string;
    name: string;
    aadObjectId?: string;
}

/** What a confirmation card offers to write: the device as it was and the user it will have (none = unassign). */
export interface PendingAssignment {
    serial: string;
    autopilotId: string;
    /** UPN assigned when the card was made; undefined when none. */
    before?: string;
    beforeDisplayName?: string;
    /** Undefined: remove the user. */
    after?: { userPrincipalName: string; displayName: string };
    requestedBy: Assigner;
}

export type ClaimResult =
    | { kind: 'claimed'; pending: PendingAssignment }
    | { kind: 'expired'; pending: PendingAssignment }
    | { kind: 'used'; pending: PendingAssignment }
    | { kind: 'unknown' };

export type AssignmentAction = 'assigned' | 'unassigned';

export interface AssignmentRecord {
    serial: string;
    autopilotId: string;
    at: string;
    action: AssignmentAction;
    by: Assigner;
    before?: string;
    after?: string;
    afterDisplayName?: string;
}

interface AuditRow {
    serial: string;
    autopilot_id: string;
    at: string;
    action: AssignmentAction;
    by_id: string;
    by_name: string;
    by_aad_object_id: string | null;
    before_user: string | null;
    after_user: string | null;
    after_display_name: string | null;
}

/** Confirmation cards (each Confirm works once, before it expires) and the assignment audit trail, per tenant. */
export class SqliteAssignmentStore {
    constructor(private readonly db: SqliteDatabase) {}

    saveConfirmation(tenantId: string, token: string, pending: PendingAssignment, expiresAt: Date): void {
        this.db
            .prepare('INSERT INTO assignment_confirmations (tenant_id, token, record, requested_by_id, expires_at) VALUES (?, ?, ?, ?, ?)')
            .run(tenantId, token, JSON.stringify(pending), pending.requestedBy.id, expiresAt.toISOString());
    }

    /**
     * Takes the confirmation for writing, at most once: a double click or a second instance gets `used`. A stale card
     * gets `expired` and writes nothing.
     */
    claim(tenantId: string, token: string, now: Date): ClaimResult {
        return this.db.transaction((): ClaimResult => {
            const row = this.db
                .prepare('SELECT record, expires_at, claimed_at FROM assignment_confirmations WHERE tenant_id = ? AND token = ?')
                .get(tenantId, token) as { record: string; expires_at: string; claimed_at: string | null } | undefined;
            if (!row) return { kind: 'unknown' };
            const pending = JSON.parse(row.record) as PendingAssignment;
            if (row.claimed_at) return { kind: 'used', pending };
            if (Date.parse(row.expires_at) <= now.getTime()) return { kind: 'expired', pending };
            this.db.prepare('UPDATE assignment_confirmations SET claimed_at = ? WHERE tenant_id = ? AND token = ?').run(now.toISOString(), tenantId, token);
            return { kind: 'claimed', pending };
        })();
    }

    /** The write failed (Graph said no): the same card may be confirmed again. */
    release(tenantId: string, token: string): void {
        this.db.prepare('UPDATE assignment_confirmations SET claimed_at = NULL WHERE tenant_id = ? AND token = ?').run(tenantId, token);
    }

    /** Cancel, or superseded: the card writes nothing any more. */
    withdraw(tenantId: string, token: string, now: Date): void {
        this.db
            .prepare('UPDATE assignment_confirmations SET claimed_at = ? WHERE tenant_id = ? AND token = ? AND claimed_at IS NULL')
            .run(now.toISOString(), tenantId, token);
    }

    /** Confirmations long expired are of no use, even for telling a stale click apart. */
    forgetExpired(before: Date): void {
        this.db.prepare('DELETE FROM assignment_confirmations WHERE expires_at < ?').run(before.toISOString());
    }

    record(tenantId: string, entry: AssignmentRecord): void {
        this.db
            .prepare(
                `INSERT INTO assignment_audit (tenant_id, serial, autopilot_id, at, action, by_id, by_name, by_aad_object_id, before_user, after_user, after_display_name)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
            )
            .run(
                tenantId,
                entry.serial,
                entry.autopilotId,
                entry.at,
                entry.action,
                entry.by.id,
                entry.by.name,
                entry.by.aadObjectId ?? null,
                entry.before ?? null,
                entry.after ?? null,
                entry.afterDisplayName ?? null
            );
    }

    /** The device's changes, newest first. */
    history(tenantId: string, serial: string, limit = 20): AssignmentRecord[] {
        const rows = this.db
            .prepare('SELECT * FROM assignment_audit WHERE tenant_id = ? AND serial = ? ORDER BY at DESC, rowid DESC LIMIT ?')
            .all(tenantId, serial, limit) as AuditRow[];
        return rows.map((row) => ({
            serial: row.serial,
            autopilotId: row.autopilot_id,
            at: row.at,
            action: row.action,
            by: { id: row.by_id, name: row.by_name, ...(row.by_aad_object_id ? { aadObjectId: row.by_aad_object_id } : {}) },
            before: row.before_user ?? undefined,
            after: row.after_user ?? undefined,
            afterDisplayName: row.after_display_name ?? undefined
        }));
    }
}
