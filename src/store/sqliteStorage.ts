import type { Storage, StoreItems } from 'botbuilder';
import { LRUCache } from 'lru-cache';
import type { SqliteDatabase } from './database';

/** A stored item as SQLite holds it: its JSON and eTag; `null` for a key with no item. */
type Row = { value: string; etag: number } | null;

/** Items whose last known row is kept in memory: conversations active recently. */
const ROWS_KEPT = 10_000;

/**
 * botbuilder `Storage` on SQLite: conversation and user state survive restarts.
 * Optimistic concurrency: an item written with a stale eTag is rejected, and so is an item written without an eTag
 * (state that was new when the turn read it) when another turn has created it since: that write would silently
 * undo the other. `*` overwrites. Every turn reads and writes through here, so each is one prepared statement.
 *
 * Each key's last row read or written is kept (bounded, least recently used forgotten): a turn reads state the
 * previous turn of its conversation wrote, so most reads need no query. This process is the only writer of its
 * database file (one instance; scaling out moves state to shared storage with leases), so a kept row is the stored
 * one; a row is kept only once its write has committed. Reads hand out fresh objects parsed from the kept JSON.
 */
export class SqliteStorage implements Storage {
    private readonly selectMany;
    private readonly writeOne;
    private readonly writeAll;
    private readonly deleteAll;
    private readonly rows = new LRUCache<string, { row: Row }>({ max: ROWS_KEPT });

    constructor(db: SqliteDatabase) {
        this.selectMany = db.prepare<[string], { key: string; value: string; etag: number }>(
            'SELECT key, value, etag FROM bot_state WHERE key IN (SELECT value FROM json_each(?))'
        );
        // The eTag check is part of the upsert: no row changes (and none is returned) when a stale eTag is given.
        const upsert = db.prepare<{ key: string; value: string; eTag: string | null }, { etag: number }>(
            `INSERT INTO bot_state (key, value, etag) VALUES (:key, :value, 1)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value, etag = etag + 1
             WHERE :eTag = '*' OR CAST(etag AS TEXT) = :eTag
             RETURNING etag`
        );
        const remove = db.prepare<[string]>('DELETE FROM bot_state WHERE key = ?');
        // One item is one statement, atomic on its own; several are one transaction, all or none.
        this.writeOne = (key: string, item: unknown): Row => {
            const { eTag, ...fields } = (item ?? {}) as { eTag?: string };
            const value = JSON.stringify(fields);
            const written = upsert.get({ key, value, eTag: eTag ?? null });
            if (!written) throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
            return { value, etag: written.etag };
        };
        this.writeAll = db.transaction((changes: [string, unknown][]) => changes.map(([key, item]) => this.writeOne(key, item)));
        this.deleteAll = db.transaction((keys: string[]) => keys.forEach((key) => remove.run(key)));
    }

    async read(keys: string[]): Promise<StoreItems> {
        const items: StoreItems = {};
        const unknown: string[] = [];
        for (const key of keys) {
            const kept = this.rows.get(key);
            if (!kept) unknown.push(key);
            else if (kept.row) items[key] = parsed(kept.row);
        }
        if (unknown.length === 0) return items;
        const found = new Map(this.selectMany.all(JSON.stringify(unknown)).map((row) => [row.key, row]));
        for (const key of unknown) {
            const row = found.get(key);
            this.rows.set(key, { row: row ? { value: row.value, etag: row.etag } : null });
            if (row) items[key] = parsed(row);
        }
        return items;
    }

    async write(changes: StoreItems): Promise<void> {
        const entries = Object.entries(changes);
        // A failed write (a conflict rolls every item back) changes no kept row.
        const rows = entries.length === 1 ? [this.writeOne(entries[0][0], entries[0][1])] : this.writeAll(entries);
        entries.forEach(([key], i) => this.rows.set(key, { row: rows[i] }));
    }

    async delete(keys: string[]): Promise<void> {
        this.deleteAll(keys);
        for (const key of keys) this.rows.set(key, { row: null });
    }
}

function parsed(row: { value: string; etag: number }): StoreItems[string] {
    return { ...JSON.parse(row.value), eTag: String(row.etag) };
}
