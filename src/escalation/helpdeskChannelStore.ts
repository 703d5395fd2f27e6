import type { HelpdeskChannel } from './helpdeskChannel';
import type { SqliteDatabase } from '../store/database';

/** Each tenant's helpdesk channel. Registering another channel in the same tenant replaces the first. */
export class SqliteHelpdeskChannelStore {
    private readonly upsert;
    private readonly selectOne;
    private readonly deleteOne;

    constructor(db: SqliteDatabase) {
        this.upsert = db.prepare<[string, string, string, string]>(
            `INSERT INTO helpdesk_channels (tenant_id, channel_id, record, updated_at) VALUES (?, ?, ?, ?)
             ON CONFLICT(tenant_id) DO UPDATE SET channel_id = excluded.channel_id, record = excluded.record, updated_at = excluded.updated_at`
        );
        this.selectOne = db.prepare<[string], { record: string }>('SELECT record FROM helpdesk_channels WHERE tenant_id = ?');
        this.deleteOne = db.prepare<[string]>('DELETE FROM helpdesk_channels WHERE tenant_id = ?');
    }

    /** Returns the channel this one replaced, if it was a different one. */
    register(channel: HelpdeskChannel): HelpdeskChannel | undefined {
        const previous = this.get(channel.tenantId);
        this.upsert.run(channel.tenantId, channel.channelId, JSON.stringify(channel), channel.registeredAt);
        return previous && previous.channelId !== channel.channelId ? previous : undefined;
    }

    get(tenantId: string): HelpdeskChannel | undefined {
        const row = this.selectOne.get(tenantId);
        return row ? (JSON.parse(row.record) as HelpdeskChannel) : undefined;
    }

    /** The bot was removed from the team: cases cannot go there any more. */
    remove(tenantId: string): void {
        this.deleteOne.run(tenantId);
    }
}
