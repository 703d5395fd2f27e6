import type { ConversationReference } from 'botbuilder';
import { LRUCache } from 'lru-cache';
import type { SqliteDatabase } from './database';

/** Where the bot can reach a conversation proactively (alerts, escalations). */
export interface ConversationReferenceStore {
    save(reference: Partial<ConversationReference>): void;
    get(key: string): Partial<ConversationReference> | undefined;
    remove(key: string): void;
    count(): number;
}

/** Keyed by tenant and conversation, as Teams conversation ids are only unique within a tenant. */
export function conversationKey(reference: Partial<ConversationReference>): string {
    const conversation = reference.conversation;
    return `${conversation?.tenantId ?? ''}/${conversation?.id ?? ''}`;
}

/** Conversations whose last saved reference is remembered, the least recently active forgotten first. */
const REFERENCES_REMEMBERED = 10_000;

export class SqliteConversationReferenceStore implements ConversationReferenceStore {
    /**
     * What each key last saved: a conversation's reference rarely changes, so most turns write nothing. Bounded: a
     * conversation forgotten here is only written once more.
     */
    private readonly lastSaved = new LRUCache<string, string>({ max: REFERENCES_REMEMBERED });
    private readonly upsert;
    private readonly selectOne;
    private readonly deleteOne;
    private readonly countAll;

    constructor(db: SqliteDatabase) {
        this.upsert = db.prepare<[string, string | null, string | null, string, string]>(
            `INSERT INTO conversation_references (key, tenant_id, conversation_type, reference, updated_at) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT(key) DO UPDATE SET reference = excluded.reference, updated_at = excluded.updated_at`
        );
        this.selectOne = db.prepare<[string], { reference: string }>('SELECT reference FROM conversation_references WHERE key = ?');
        this.deleteOne = db.prepare<[string]>('DELETE FROM conversation_references WHERE key = ?');
        this.countAll = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM conversation_references');
    }

    save(reference: Partial<ConversationReference>): void {
        const key = conversationKey(reference);
        // activityId differs on every turn and is not needed to reach the conversation later.
        const { activityId: _activityId, ...stable } = reference;
        const json = JSON.stringify(stable);
        if (this.lastSaved.get(key) === json) return;
        const conversation = reference.conversation;
        this.upsert.run(key, conversation?.tenantId ?? null, conversation?.conversationType ?? null, json, new Date().toISOString());
        this.lastSaved.set(key, json);
    }

    get(key: string): Partial<ConversationReference> | undefined {
        const row = this.selectOne.get(key);
        return row ? JSON.parse(row.reference) : undefined;
    }

    remove(key: string): void {
        this.lastSaved.delete(key);
        this.deleteOne.run(key);
    }

    count(): number {
        return this.countAll.get()?.n ?? 0;
    }
}
