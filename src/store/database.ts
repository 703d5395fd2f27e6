import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';

export type SqliteDatabase = Database.Database;

/** Schema changes, applied in order once each; `user_version` records how far a file has come. */
const migrations: string[] = [
    `CREATE TABLE bot_state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        etag INTEGER NOT NULL
    );
    CREATE TABLE conversation_references (
        key TEXT PRIMARY KEY,
        tenant_id TEXT,
        conversation_type TEXT,
        reference TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );`,
    // Helpdesk escalation: cases numbered per tenant, their append-only audit trail, each tenant's helpdesk channel.
    `CREATE TABLE escalation_counters (
        tenant_id TEXT PRIMARY KEY,
        last_number INTEGER NOT NULL
    );
    CREATE TABLE escalation_cases (
        tenant_id TEXT NOT NULL,
        number INTEGER NOT NULL,
        serial TEXT NOT NULL,
        status TEXT NOT NULL,
        technician_id TEXT NOT NULL,
        record TEXT NOT NULL,
        version INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (tenant_id, number)
    );
    CREATE UNIQUE INDEX escalation_one_open_case_per_device ON escalation_cases (tenant_id, serial) WHERE status <> 'resolved';
    CREATE INDEX escalation_cases_by_status ON escalation_cases (tenant_id, status);
    CREATE TABLE escalation_events (
        tenant_id TEXT NOT NULL,
        number INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        actor_id TEXT NOT NULL,
        actor_name TEXT NOT NULL,
        actor_aad_id TEXT,
        text TEXT,
        PRIMARY KEY (tenant_id, number, seq)
    );
    CREATE TABLE helpdesk_channels (
        tenant_id TEXT PRIMARY KEY,
        channel_id TEXT NOT NULL,
        record TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );`,
    // Device monitor: who watches what, what each device was last seen doing, which alerts went out.
    `CREATE TABLE watches (
        tenant_id TEXT NOT NULL,
        conversation_key TEXT NOT NULL,
        serial TEXT NOT NULL COLLATE NOCASE,
        asked_by_id TEXT NOT NULL,
        asked_by_aad_object_id TEXT,
        asked_by_name TEXT,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        snoozed_until TEXT,
        PRIMARY KEY (tenant_id, conversation_key, serial)
    );
    CREATE INDEX watches_by_device ON watches (tenant_id, serial);
    CREATE INDEX watches_by_conversation ON watches (conversation_key);
    CREATE TABLE device_tracking (
        tenant_id TEXT NOT NULL,
        serial TEXT NOT NULL COLLATE NOCASE,
        state TEXT NOT NULL,
        summary TEXT,
        finished INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (tenant_id, serial)
    );
    CREATE TABLE alert_ledger (
        tenant_id TEXT NOT NULL,
        conversation_key TEXT NOT NULL,
        serial TEXT NOT NULL COLLATE NOCASE,
        deployment_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        claimed_at TEXT NOT NULL,
        outcome TEXT,
        settled_at TEXT,
        acted_at TEXT,
        PRIMARY KEY (tenant_id, conversation_key, serial, deployment_id, kind)
    );
    CREATE TABLE monitor_cursor (
        tenant_id TEXT PRIMARY KEY,
        last_event_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );`,
    // User assignment: confirmation cards waiting for Confirm (each usable once, until it expires) and the audit trail.
    `CREATE TABLE assignment_confirmations (
        tenant_id TEXT NOT NULL,
        token TEXT NOT NULL,
        record TEXT NOT NULL,
        requested_by_id TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        claimed_at TEXT,
        PRIMARY KEY (tenant_id, token)
    );
    CREATE TABLE assignment_audit (
        tenant_id TEXT NOT NULL,
        serial TEXT NOT NULL COLLATE NOCASE,
        autopilot_id TEXT NOT NULL,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        by_id TEXT NOT NULL,
        by_name TEXT NOT NULL,
        by_aad_object_id TEXT,
        before_user TEXT,
        after_user TEXT,
        after_display_name TEXT
    );
    CREATE INDEX assignment_audit_by_device ON assignment_audit (tenant_id, serial, at);`,
    // Alerts the channel throttled are tried again on later cycles (counted); a watch keeps the asker's time zone and
    // everyone in the conversation who asked for it (a group chat's alert mentions them all).
    `ALTER TABLE alert_ledger ADD COLUMN attempts INTEGER NOT NULL DEFAULT 1;
    CREATE INDEX alert_ledger_pending ON alert_ledger (tenant_id, serial) WHERE outcome = 'pending';
    ALTER TABLE watches ADD COLUMN time_zone TEXT;
    ALTER TABLE watches ADD COLUMN askers TEXT;`,
    // What each alert showed, so its buttons (Snooze, Stop watching) can redraw that very card in place.
    `ALTER TABLE alert_ledger ADD COLUMN shown TEXT;`
];

/**
 * Opens (or creates) the bot's SQLite file under `dataDir`. WAL with synchronous=NORMAL keeps every
 * committed transaction across a kill -9 of the process; `:memory:` is for tests.
 */
export function openDatabase(dataDir: string | ':memory:'): SqliteDatabase {
    let file = ':memory:';
    if (dataDir !== ':memory:') {
        fs.mkdirSync(dataDir, { recursive: true });
        file = path.join(dataDir, 'bot.sqlite');
    }
    let db: SqliteDatabase | undefined;
    try {
        db = new Database(file);
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
        db.pragma('busy_timeout = 5000');
        migrate(db);
        return db;
    } catch (error) {
        db?.close();
        // "file is not a database" or "database is locked" alone does not say which file, or where it is set.
        throw new Error(`Cannot open the bot's database ${file} (DATA_DIR=${dataDir}): ${(error as Error).message}`);
    }
}

function migrate(db: SqliteDatabase): void {
    const current = db.pragma('user_version', { simple: true }) as number;
    for (let version = current; version < migrations.length; version++) {
        db.transaction(() => {
            db.exec(migrations[version]);
            db.pragma(`user_version = ${version + 1}`);
        })();
    }
}
