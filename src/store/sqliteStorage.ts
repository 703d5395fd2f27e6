import type { Storage, StoreItems } from 'botbuilder';
import type { SqliteDatabase } from './database';

/**
 * botbuilder `Storage` on SQLite: conversation and user state survive restarts.
 * Optimistic concurrency follows MemoryStorage: an item written with a stale eTag is rejected,
 * `*` or no eTag overwrites.
 */
export class SqliteStorage implements Storage {
    private readonly selectOne;
    private readonly upsert;
    private readonly remove;
    private readonly writeAll;
    private readonly deleteAll;

    constructor(db: SqliteDatabase) {
        this.selectOne = db.prepare<[string], { value: string; etag: number }>('SELECT value, etag FROM bot_state WHERE key = ?');
        this.upsert = db.prepare<[string, string, number]>(
            'INSERT INTO bot_state (key, value, etag) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, etag = excluded.etag'
        );
        this.remove = db.prepare<[string]>('DELETE FROM bot_state WHERE key = ?');
        // Prepared once: every turn writes through these.
        this.writeAll = db.transaction((changes: StoreItems) => {
            for (const [key, item] of Object.entries(changes)) {
                const { eTag, ...value } = (item ?? {}) as { eTag?: string };
                const row = this.selectOne.get(key);
                if (row && eTag && eTag !== '*' && eTag !== String(row.etag)) {
                    throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
                }
                this.upsert.run(key, JSON.stringify(value), (row?.etag ?? 0) + 1);
            }
        });
        this.deleteAll = db.transaction((keys: string[]) => keys.forEach((key) => this.remove.run(key)));
    }

    async read(keys: string[]): Promise<StoreItems> {
        const items: StoreItems = {};
        for (const key of keys) {
            const row = this.selectOne.get(key);
            if (row) items[key] = { ...JSON.parse(row.value), eTag: String(row.etag) };
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
