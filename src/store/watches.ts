import type { SqliteDatabase } from './database';

/** Someone who asked for a watch. */
export interface WatchAsker {
    id: string;
    aadObjectId?: string;
    name?: string;
}

/** A technician's request to be told when a device stalls, fails or is ready. */
export interface Watch {
    tenantId: string;
    /** Where to send alerts: the conversation reference key (tenant + conversation). */
    conversationKey: string;
    serial: string;
    /** Who asked last. */
    askedBy: WatchAsker;
    /** Everyone in the conversation who asked for this watch, first asker first (askedBy among them). */
    askers?: WatchAsker[];
    /** IANA zone of whoever asked last, for the times in alerts; unknown (UTC) when the client did not say. */
    timeZone?: string;
    createdAt: Date;
    expiresAt: Date;
    snoozedUntil?: Date;
}

/** A device some conversation watches, once per tenant. */
export interface WatchedDevice {
    tenantId: string;
    serial: string;
    /** When the newest of its watches began: a watch newer than the device's last read has not been told its state yet. */
    newestWatchAt: Date;
}

interface WatchRow {
    tenant_id: string;
    conversation_key: string;
    serial: string;
    asked_by_id: string;
    asked_by_aad_object_id: string | null;
    asked_by_name: string | null;
    created_at: string;
    expires_at: string;
    snoozed_until: string | null;
    time_zone: string | null;
    askers: string | null;
}

const sameAsker = (a: WatchAsker, b: WatchAsker) => (a.aadObjectId && b.aadObjectId ? a.aadObjectId === b.aadObjectId : a.id === b.id);

/** The askers kept, `latest` last; older rows (before the column) have only asked_by. */
function askersOf(row: WatchRow): WatchAsker[] {
    const askedBy: WatchAsker = { id: row.asked_by_id, aadObjectId: row.asked_by_aad_object_id ?? undefined, name: row.asked_by_name ?? undefined };
    let kept: WatchAsker[] = [];
    try {
        const parsed: unknown = row.askers ? JSON.parse(row.askers) : [];
        if (Array.isArray(parsed)) kept = parsed.filter((a): a is WatchAsker => typeof a?.id === 'string');
    } catch {
        kept = [];
    }
    return [...kept.filter((a) => !sameAsker(a, askedBy)), askedBy];
}

/** Askers a conversation's watch names at most: a mention line stays one line. */
const MAX_ASKERS = 5;

function fromRow(row: WatchRow): Watch {
    return {
        tenantId: row.tenant_id,
        conversationKey: row.conversation_key,
        serial: row.serial,
        askedBy: { id: row.asked_by_id, aadObjectId: row.asked_by_aad_object_id ?? undefined, name: row.asked_by_name ?? undefined },
        askers: askersOf(row),
        timeZone: row.time_zone ?? undefined,
        createdAt: new Date(row.created_at),
        expiresAt: new Date(row.expires_at),
        snoozedUntil: row.snoozed_until ? new Date(row.snoozed_until) : undefined
    };
}

/** Watches in SQLite: each is one committed row, so a kill -9 right after "watching" loses nothing. Serials compare case-insensitively. */
export class WatchStore {
    private readonly upsert;
    private readonly deleteOne;
    private readonly deleteConversation;
    private readonly selectConversation;
    private readonly selectDevice;
    private readonly selectActive;
    private readonly selectExpired;
    private readonly selectDevices;
    private readonly updateSnooze;
    private readonly countAll;

    private readonly selectOne;
    private readonly db: SqliteDatabase;

    constructor(db: SqliteDatabase) {
        this.db = db;
        this.selectOne = db.prepare<[string, string, string], WatchRow>('SELECT * FROM watches WHERE tenant_id = ? AND conversation_key = ? AND serial = ?');
        this.upsert = db.prepare<WatchRow>(
            `INSERT INTO watches (tenant_id, conversation_key, serial, asked_by_id, asked_by_aad_object_id, asked_by_name, created_at, expires_at, snoozed_until, time_zone, askers)
             VALUES (:tenant_id, :conversation_key, :serial, :asked_by_id, :asked_by_aad_object_id, :asked_by_name, :created_at, :expires_at, :snoozed_until, :time_zone, :askers)
             ON CONFLICT (tenant_id, conversation_key, serial) DO UPDATE SET
                asked_by_id = excluded.asked_by_id, asked_by_aad_object_id = excluded.asked_by_aad_object_id,
                asked_by_name = excluded.asked_by_name, expires_at = excluded.expires_at, snoozed_until = NULL,
                time_zone = COALESCE(excluded.time_zone, watches.time_zone), askers = excluded.askers`
        );
        this.deleteOne = db.prepare<[string, string, string]>('DELETE FROM watches WHERE tenant_id = ? AND conversation_key = ? AND serial = ?');
        this.deleteConversation = db.prepare<[string]>('DELETE FROM watches WHERE conversation_key = ?');
        this.selectConversation = db.prepare<[string], WatchRow>('SELECT * FROM watches WHERE conversation_key = ? ORDER BY created_at, serial');
        this.selectDevice = db.prepare<[string, string], WatchRow>('SELECT * FROM watches WHERE tenant_id = ? AND serial = ? ORDER BY created_at');
        this.selectActive = db.prepare<[string], WatchRow>('SELECT * FROM watches WHERE expires_at > ? ORDER BY tenant_id, serial');
        this.selectExpired = db.prepare<[string], WatchRow>('SELECT * FROM watches WHERE expires_at <= ? ORDER BY expires_at');
        this.selectDevices = db.prepare<[string], { tenant_id: string; serial: string; newest: string }>(
            'SELECT tenant_id, MIN(serial) AS serial, MAX(created_at) AS newest FROM watches WHERE expires_at > ? GROUP BY tenant_id, serial ORDER BY tenant_id, serial'
        );
        this.updateSnooze = db.prepare<[string | null, string, string, string]>(
            'UPDATE watches SET snoozed_until = ? WHERE tenant_id = ? AND conversation_key = ? AND serial = ?'
        );
        this.countAll = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM watches');
    }

    /**
     * Adds a watch, or renews it (new expiry, snooze lifted) when the conversation already watches the device; a
     * second person asking in the same conversation joins the askers.
     */
    add(watch: Watch): void {
        this.db.transaction(() => this.upsertWatch(watch))();
    }

    private upsertWatch(watch: Watch): void {
        const existing = this.selectOne.get(watch.tenantId, watch.conversationKey, watch.serial);
        const earlier = existing ? askersOf(existing).filter((a) => !sameAsker(a, watch.askedBy)) : [];
        const askers = [...earlier, watch.askedBy].slice(-MAX_ASKERS);
        this.upsert.run({
            tenant_id: watch.tenantId,
            conversation_key: watch.conversationKey,
            serial: watch.serial,
            asked_by_id: watch.askedBy.id,
            asked_by_aad_object_id: watch.askedBy.aadObjectId ?? null,
            asked_by_name: watch.askedBy.name ?? null,
            created_at: watch.createdAt.toISOString(),
            expires_at: watch.expiresAt.toISOString(),
            snoozed_until: watch.snoozedUntil?.toISOString() ?? null,
            time_zone: watch.timeZone ?? null,
            askers: JSON.stringify(askers)
        });
    }

    /** True when there was such a watch. */
    remove(tenantId: string, conversationKey: string, serial: string): boolean {
        return this.deleteOne.run(tenantId, conversationKey, serial).changes > 0;
    }

    /** "Stop watching all", or the conversation is gone: returns how many went. */
    removeConversation(conversationKey: string): number {
        return this.deleteConversation.run(conversationKey).changes;
    }

    inConversation(conversationKey: string): Watch[] {
        return this.selectConversation.all(conversationKey).map(fromRow);
    }

    /** Every conversation watching the device, expired ones included until they are removed. */
    watchersOf(tenantId: string, serial: string): Watch[] {
        return this.selectDevice.all(tenantId, serial).map(fromRow);
    }

    active(now: Date): Watch[] {
        return this.selectActive.all(now.toISOString()).map(fromRow);
    }

    expired(now: Date): Watch[] {
        return this.selectExpired.all(now.toISOString()).map(fromRow);
    }

    /** Devices with at least one live watch, each once per tenant. */
    devices(now: Date): WatchedDevice[] {
        return this.selectDevices.all(now.toISOString()).map((row) => ({ tenantId: row.tenant_id, serial: row.serial, newestWatchAt: new Date(row.newest) }));
    }

    /** No alerts to this conversation about the device before `until` (undefined lifts it). */
    snooze(tenantId: string, conversationKey: string, serial: string, until: Date | undefined): boolean {
        return this.updateSnooze.run(until?.toISOString() ?? null, tenantId, conversationKey, serial).changes > 0;
    }

    count(): number {
        return this.countAll.get()?.n ?? 0;
    }
}
