import type { SqliteDatabase } from './database';

/** One alert to one conversation: at most once per (device, deployment, kind). */
export interface AlertEntry {
    tenantId: string;
    conversationKey: string;
    serial: string;
    deploymentId: string;
    /** e.g. `failed`, `ready`, `stalled#2` (numbered stall episodes). */
    kind: string;
}

/**
 * `pending`: the channel throttled it or was down (429/5xx after the sender's retries): claimed, not delivered, tried
 * again on a later cycle; `abandoned`: given up undelivered (too many tries, or the device moved on to another state).
 */
export type AlertOutcome = 'sent' | 'gone' | 'noReference' | 'failed' | 'pending' | 'abandoned';

export interface LedgerRecord extends AlertEntry {
    claimedAt: Date;
    outcome?: AlertOutcome;
    /** Delivery tries so far (each one the sender's own retries included). */
    attempts: number;
    actedAt?: Date;
    /** What the alert showed (the monitor's JSON), for redrawing its card when a button on it is pressed. */
    shown?: string;
}

interface LedgerRow {
    tenant_id: string;
    conversation_key: string;
    serial: string;
    deployment_id: string;
    kind: string;
    claimed_at: string;
    outcome: string | null;
    acted_at: string | null;
    attempts: number;
    shown: string | null;
}

const keyOf = (e: AlertEntry) => [e.tenantId, e.conversationKey, e.serial, e.deploymentId, e.kind] as const;

/**
 * The alerts that went out. An alert is claimed (committed) BEFORE it is sent: a crash between the two loses that one
 * alert rather than repeating it after restart, and a restart can never produce a storm of repeats.
 */
export class AlertLedger {
    private readonly insert;
    private readonly updateOutcome;
    private readonly updateActed;
    private readonly selectOne;
    private readonly selectAwaiting;
    private readonly deleteBefore;
    private readonly updateRetry;
    private readonly selectPendingSerials;
    private readonly selectPending;
    private readonly updateShown;
    private readonly upsertTold;

    constructor(db: SqliteDatabase) {
        this.insert = db.prepare<[string, string, string, string, string, string]>(
            `INSERT OR IGNORE INTO alert_ledger (tenant_id, conversation_key, serial, deployment_id, kind, claimed_at) VALUES (?, ?, ?, ?, ?, ?)`
        );
        const where = 'tenant_id = ? AND conversation_key = ? AND serial = ? AND deployment_id = ? AND kind = ?';
        this.updateOutcome = db.prepare<[string, string, string, string, string, string, string]>(
            `UPDATE alert_ledger SET outcome = ?, settled_at = ? WHERE ${where}`
        );
        this.updateActed = db.prepare<[string, string, string, string]>(
            'UPDATE alert_ledger SET acted_at = ? WHERE tenant_id = ? AND conversation_key = ? AND serial = ? AND acted_at IS NULL'
        );
        this.selectOne = db.prepare<[string, string, string, string, string], LedgerRow>(`SELECT * FROM alert_ledger WHERE ${where}`);
        this.selectAwaiting = db.prepare<[string], LedgerRow>(
            `SELECT * FROM alert_ledger WHERE outcome = 'sent' AND acted_at IS NULL AND claimed_at <= ? ORDER BY claimed_at`
        );
        this.deleteBefore = db.prepare<[string]>('DELETE FROM alert_ledger WHERE claimed_at < ?');
        this.updateRetry = db.prepare<[string, string, string, string, string, number], { attempts: number }>(
            `UPDATE alert_ledger SET attempts = attempts + 1, outcome = NULL WHERE ${where} AND outcome = 'pending' AND attempts < ? RETURNING attempts`
        );
        this.selectPendingSerials = db.prepare<[string], { serial: string }>(
            `SELECT DISTINCT serial FROM alert_ledger WHERE tenant_id = ? AND outcome = 'pending'`
        );
        this.selectPending = db.prepare<[string, string], LedgerRow>(`SELECT * FROM alert_ledger WHERE tenant_id = ? AND serial = ? AND outcome = 'pending'`);
        this.updateShown = db.prepare<[string, string, string, string, string, string]>(`UPDATE alert_ledger SET shown = ? WHERE ${where}`);
        this.upsertTold = db.prepare<[string, string, string, string, string, string, string]>(
            `INSERT INTO alert_ledger (tenant_id, conversation_key, serial, deployment_id, kind, claimed_at, outcome, settled_at) VALUES (?, ?, ?, ?, ?, ?, 'sent', ?)
             ON CONFLICT (tenant_id, conversation_key, serial, deployment_id, kind) DO UPDATE SET outcome = 'sent', settled_at = excluded.settled_at
             WHERE alert_ledger.outcome IS NULL OR alert_ledger.outcome = 'pending'`
        );
    }

    /** True when this call owns the alert and should send it; false when it was claimed before (sent or not). */
    claim(entry: AlertEntry, now: Date): boolean {
        return this.insert.run(...keyOf(entry), now.toISOString()).changes === 1;
    }

    /**
     * Owns the next try of an alert left pending by an earlier cycle, unless it has had `maxAttempts` tries. Returns
     * which try this is; undefined when the alert is not pending (delivered, dropped, never claimed) or has run out.
     */
    retryPending(entry: AlertEntry, maxAttempts: number): number | undefined {
        return this.updateRetry.get(...keyOf(entry), maxAttempts)?.attempts;
    }

    /** Serials of the tenant with an alert waiting for another try: the monitor reads them again whatever changed. */
    pendingSerials(tenantId: string): Set<string> {
        return new Set(this.selectPendingSerials.all(tenantId).map((row) => row.serial.toUpperCase()));
    }

    /**
     * Gives up the device's pending alerts that `stillOwed` rejects (telling a state the device has left would
     * mislead). Returns what was given up.
     */
    abandonPending(tenantId: string, serial: string, stillOwed: (entry: LedgerRecord) => boolean, now: Date): LedgerRecord[] {
        const given = this.selectPending.all(tenantId, serial).map(recordOf).filter((entry) => !stillOwed(entry));
        for (const entry of given) this.settle(entry, 'abandoned', now);
        return given;
    }

    /** Keeps what the claimed alert shows (before it is sent): its buttons redraw it from this. */
    recordShown(entry: AlertEntry, shown: string): void {
        this.updateShown.run(shown, ...keyOf(entry));
    }

    /**
     * The conversation was told this alert's news in a reply (a watch asked when the device was already there): the
     * monitor must not send it again, and an earlier try still pending is settled as told.
     */
    told(entry: AlertEntry, now: Date): void {
        this.upsertTold.run(...keyOf(entry), now.toISOString(), now.toISOString());
    }

    /** What became of the send, for the record and for follow-ups such as auto-escalation. */
    settle(entry: AlertEntry, outcome: AlertOutcome, now: Date): void {
        this.updateOutcome.run(outcome, now.toISOString(), ...keyOf(entry));
    }

    /** The technician responded (snooze, escalate, stop watching…) to the device's alerts in that conversation. */
    markActed(tenantId: string, conversationKey: string, serial: string, now: Date): void {
        this.updateActed.run(now.toISOString(), tenantId, conversationKey, serial);
    }

    get(entry: AlertEntry): LedgerRecord | undefined {
        const row = this.selectOne.get(...keyOf(entry));
        return row ? recordOf(row) : undefined;
    }

    /** Alerts delivered no later than `claimedBefore` that nobody acted on. */
    awaitingAction(claimedBefore: Date): LedgerRecord[] {
        return this.selectAwaiting.all(claimedBefore.toISOString()).map(recordOf);
    }

    /** Forgets alerts claimed before `before` (deployments that old are over). */
    prune(before: Date): number {
        return this.deleteBefore.run(before.toISOString()).changes;
    }
}

function recordOf(row: LedgerRow): LedgerRecord {
    return {
        tenantId: row.tenant_id,
        conversationKey: row.conversation_key,
        serial: row.serial,
        deploymentId: row.deployment_id,
        kind: row.kind,
        claimedAt: new Date(row.claimed_at),
        outcome: (row.outcome ?? undefined) as AlertOutcome | undefined,
        actedAt: row.acted_at ? new Date(row.acted_at) : undefined,
        attempts: row.attempts,
        shown: row.shown ?? undefined
    };
}
