import type { Storage, StoreItems } from 'botbuilder';
import type { SqliteDatabase } from './database';

/**
 * botbuilder `Storage` on SQLite: conversation and user state survive restarts.
 * Optimistic concurrency: an item written with a stale eTag is rejected, and so is an item written without an eTag
 * (state that was new when the turn read it) when another turn has created it since: that write would silently
 * undo the other. `*` overwrites. Every turn reads and writes through here, so each is one prepared statement.
 */
export class SqliteStorage implements Storage {
    private readonly selectMany;
    private readonly writeAll;
    private readonly deleteAll;

    constructor(db: SqliteDatabase) {
        this.selectMany = db.prepare<[string], { key: string; value: string; etag: number }>(
            'SELECT key, value, etag FROM bot_state WHERE key IN (SELECT value FROM json_each(?))'
        );
        // The eTag check is part of the upsert: no row changes when a stale eTag is given.
        const upsert = db.prepare<{ key: string; value: string; eTag: string | null }>(
            `INSERT INTO bot_state (key, value, etag) VALUES (:key, :value, 1)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value, etag = etag + 1
             WHERE :eTag = '*' OR CAST(etag AS TEXT) = :eTag`
        );
        const remove = db.prepare<[string]>('DELETE FROM bot_state WHERE key = ?');
        this.writeAll = db.transaction((changes: StoreItems) => {
            for (const [key, item] of Object.entries(changes)) {
                const { eTag, ...value } = (item ?? {}) as { eTag?: string };
                if (upsert.run({ key, value: JSON.stringify(value), eTag: eTag ?? null }).changes === 0) {
                    throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
                }
            }
        });
        this.deleteAll = db.transaction((keys: string[]) => keys.forEach((key) => remove.run(key)));
    }

    async read(keys: string[]): Promise<StoreItems> {
        const items: StoreItems = {};
        for (const row of this.selectMany.all(JSON.stringify(keys))) {
            items[row.key] = { ...JSON.parse(row.value), eTag: String(row.etag) };
        }
        return items;
    }

    async write(changes: StoreItems): Promise<void> {
        this.writeAll(changes);
    }

    async delete(keys: string[]): Promise<void> {
        this.deleteAll(keys);
    }
}
