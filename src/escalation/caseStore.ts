import { escalateAgain, openCase, OpenRequest, Transition } from './caseMachine';
import type { CaseEvent, ChannelCardLocation, EscalationCase, Person } from './types';
import type { SqliteDatabase } from '../store/database';

/** What `escalate` did: opened a new case, or added to the device's open one (or could not). */
export type EscalateOutcome = { kind: 'opened' | 'addedTo'; case: EscalationCase };

export type ChangeOutcome = Transition | { ok: false; reason: 'notFound' };

/** Cases listed at once: a channel card or chat message with more is not read. */
export const maxListedCases = 20;

/**
 * Helpdesk cases in SQLite. The case itself is one row (JSON plus the columns queries need); its audit trail is
 * append-only rows in `escalation_events`. Every change is read-apply-write inside one IMMEDIATE transaction,
 * so two people pressing Take at once are serialized, even from two processes sharing the file, and the
 * version column refuses a write based on a stale read.
 */
export class SqliteEscalationCaseStore {
    private readonly db: SqliteDatabase;
    private readonly statements;

    constructor(db: SqliteDatabase) {
        this.db = db;
        this.statements = {
            nextNumber: db.prepare<[string], { last_number: number }>(
                `INSERT INTO escalation_counters (tenant_id, last_number) VALUES (?, 1)
                 ON CONFLICT(tenant_id) DO UPDATE SET last_number = last_number + 1 RETURNING last_number`
            ),
            insert: db.prepare<[string, number, string, string, string, string, number, string]>(
                `INSERT INTO escalation_cases (tenant_id, number, serial, status, technician_id, record, version, updated_at)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
            ),
            update: db.prepare<[string, string, number, string, string, number, number]>(
                `UPDATE escalation_cases SET status = ?, record = ?, version = ?, updated_at = ?
                 WHERE tenant_id = ? AND number = ? AND version = ?`
            ),
            setRecord: db.prepare<[string, string, number]>('UPDATE escalation_cases SET record = ? WHERE tenant_id = ? AND number = ?'),
            appendEvent: db.prepare<EventParams>(
                `INSERT INTO escalation_events (tenant_id, number, seq, at, action, actor_id, actor_name, actor_aad_id, text)
                 VALUES (:tenant, :number, (SELECT COALESCE(MAX(seq), 0) + 1 FROM escalation_events WHERE tenant_id = :tenant AND number = :number),
                         :at, :action, :actorId, :actorName, :actorAadId, :text)`
            ),
            selectOne: db.prepare<[string, number], CaseRow>('SELECT record, version FROM escalation_cases WHERE tenant_id = ? AND number = ?'),
            selectOpenForDevice: db.prepare<[string, string], CaseRow>(
                `SELECT record, version FROM escalation_cases WHERE tenant_id = ? AND serial = ? AND status <> 'resolved'`
            ),
            selectOpen: db.prepare<[string, number], CaseRow>(
                `SELECT record, version FROM escalation_cases WHERE tenant_id = ? AND status <> 'resolved' ORDER BY number DESC LIMIT ?`
            ),
            selectOpenOf: db.prepare<[string, string, number], CaseRow>(
                `SELECT record, version FROM escalation_cases WHERE tenant_id = ? AND technician_id = ? AND status <> 'resolved' ORDER BY number DESC LIMIT ?`
            ),
            countOpen: db.prepare<[], { n: number }>(`SELECT COUNT(*) AS n FROM escalation_cases WHERE status <> 'resolved'`),
            selectEvents: db.prepare<[string, number], EventRow>(
                'SELECT at, action, actor_id, actor_name, actor_aad_id, text FROM escalation_events WHERE tenant_id = ? AND number = ? ORDER BY seq'
            )
        };
    }

    /** Opens a case for the device, or adds to the one already open for it in this tenant. */
    escalate(request: Omit<OpenRequest, 'number'>): EscalateOutcome {
        return this.db
            .transaction((): EscalateOutcome => {
                const existing = this.read(this.statements.selectOpenForDevice.get(request.tenantId, request.serial.toUpperCase()), request.tenantId);
                if (existing) {
                    const again = escalateAgain(existing, request.technician, request.at, request.note, request.device);
                    // Only a resolved case refuses more, and resolved cases are not selected above.
                    if (!again.ok) throw new Error(`escalation case ${existing.tenantId}/${existing.number} refused: ${again.reason}`);
                    this.write(existing, again.case, again.event);
                    return { kind: 'addedTo', case: again.case };
                }
                const number = this.statements.nextNumber.get(request.tenantId)!.last_number;
                const opened = openCase({ ...request, serial: request.serial.toUpperCase(), number });
                const record = opened.case;
                this.statements.insert.run(record.tenantId, record.number, record.serial, record.status, personKey(record.technician), recordJson(record), record.version, record.updatedAt);
                this.append(record, opened.event);
                return { kind: 'opened', case: record };
            })
            .immediate();
    }

    /** Applies a pure transition to the stored case, atomically. */
    change(tenantId: string, number: number, transition: (current: EscalationCase) => Transition): ChangeOutcome {
        return this.db
            .transaction((): ChangeOutcome => {
                const current = this.get(tenantId, number);
                if (!current) return { ok: false, reason: 'notFound' };
                const result = transition(current);
                if (result.ok) this.write(current, result.case, result.event);
                return result;
            })
            .immediate();
    }

    /** Remembers where the case's card is in the helpdesk channel (not a change people see: no version, no audit line). */
    setChannelCard(tenantId: string, number: number, location: ChannelCardLocation): void {
        this.db
            .transaction(() => {
                const current = this.get(tenantId, number);
                if (current) this.statements.setRecord.run(recordJson({ ...current, channelCard: location }), tenantId, number);
            })
            .immediate();
    }

    get(tenantId: string, number: number): EscalationCase | undefined {
        return this.read(this.statements.selectOne.get(tenantId, number), tenantId);
    }

    openCaseForDevice(tenantId: string, serial: string): EscalationCase | undefined {
        return this.read(this.statements.selectOpenForDevice.get(tenantId, serial.toUpperCase()), tenantId);
    }

    /** Open and taken cases, newest first; only `technician`'s when given. */
    listOpen(tenantId: string, technician?: Person): EscalationCase[] {
        const rows = technician
            ? this.statements.selectOpenOf.all(tenantId, personKey(technician), maxListedCases)
            : this.statements.selectOpen.all(tenantId, maxListedCases);
        return rows.map((row) => this.read(row, tenantId)!);
    }

    /** Cases not yet resolved, every tenant: the operations gauge. */
    countOpen(): number {
        return this.statements.countOpen.get()?.n ?? 0;
    }

    private write(before: EscalationCase, after: EscalationCase, event: CaseEvent): void {
        const updated = this.statements.update.run(after.status, recordJson(after), after.version, after.updatedAt, after.tenantId, after.number, before.version);
        // Cannot happen inside the IMMEDIATE transaction that read `before`; refuse rather than lose someone's change.
        if (updated.changes !== 1) throw new Error(`escalation case ${after.tenantId}/${after.number} changed while being written`);
        this.append(after, event);
    }

    private append(record: EscalationCase, event: CaseEvent): void {
        const { by } = event;
        this.statements.appendEvent.run({
            tenant: record.tenantId,
            number: record.number,
            at: event.at,
            action: event.action,
            actorId: by.id,
            actorName: by.name,
            actorAadId: by.aadObjectId ?? null,
            text: event.text ?? null
        });
    }

    private read(row: CaseRow | undefined, tenantId: string): EscalationCase | undefined {
        if (!row) return undefined;
        const record = JSON.parse(row.record) as Omit<EscalationCase, 'history' | 'version'>;
        const history = this.statements.selectEvents.all(tenantId, record.number).map(eventOf);
        return { ...record, history, version: row.version };
    }
}

interface CaseRow {
    record: string;
    version: number;
}

interface EventParams {
    tenant: string;
    number: number;
    at: string;
    action: string;
    actorId: string;
    actorName: string;
    actorAadId: string | null;
    text: string | null;
}

interface EventRow {
    at: string;
    action: CaseEvent['action'];
    actor_id: string;
    actor_name: string;
    actor_aad_id: string | null;
    text: string | null;
}

/** The history lives in its own rows and the version in its column; the JSON holds the rest. */
function recordJson(record: EscalationCase): string {
    const { history: _history, version: _version, ...rest } = record;
    return JSON.stringify(rest);
}

function eventOf(row: EventRow): CaseEvent {
    const by: Person = { id: row.actor_id, name: row.actor_name, ...(row.actor_aad_id ? { aadObjectId: row.actor_aad_id } : {}) };
    return { at: row.at, action: row.action, by, ...(row.text !== null ? { text: row.text } : {}) };
}

/** How a technician is found again for "my open cases": their Entra id when Teams gave one. */
function personKey(person: Person): string {
    return person.aadObjectId ?? person.id;
}
