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
    );`
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
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
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
