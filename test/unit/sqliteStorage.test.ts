import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../src/store/database';
import { SqliteStorage } from '../../src/store/sqliteStorage';
import { conversationKey, SqliteConversationReferenceStore } from '../../src/store/conversationReferences';

describe('SqliteStorage', () => {
    it('writes, reads, overwrites with the current eTag, rejects a stale one, deletes', async () => {
        const storage = new SqliteStorage(openDatabase(':memory:'));
        await storage.write({ a: { count: 1 } });
        const first = await storage.read(['a', 'missing']);
        expect(first).toEqual({ a: { count: 1, eTag: '1' } });
        await storage.write({ a: { ...first.a, count: 2 } });
        await expect(storage.write({ a: { count: 3, eTag: '1' } })).rejects.toThrow(/eTag conflict/);
        await storage.write({ a: { count: 4, eTag: '*' } });
        expect((await storage.read(['a'])).a.count).toBe(4);
        await storage.delete(['a']);
        expect(await storage.read(['a'])).toEqual({});
    });

    it('never lets a write without an eTag (state new when read) overwrite state another turn created since', async () => {
        const storage = new SqliteStorage(openDatabase(':memory:'));
        // Two turns read a new conversation (no eTag), then both save: the second must not silently win.
        await storage.write({ c: { checklists: { PF1: { tpm: true } } } });
        await expect(storage.write({ c: { lastStep: 2 } })).rejects.toThrow(/eTag conflict/);
        expect((await storage.read(['c'])).c).toMatchObject({ checklists: { PF1: { tpm: true } } });
    });

    it('a write that fails (one stale item of several) changes nothing, in the file or in what is read next', async () => {
        const db = openDatabase(':memory:');
        const storage = new SqliteStorage(db);
        await storage.write({ a: { n: 1 }, b: { n: 1 } });
        const read = await storage.read(['a', 'b', 'none']);
        expect(read).toEqual({ a: { n: 1, eTag: '1' }, b: { n: 1, eTag: '1' } });
        await expect(storage.write({ a: { ...read.a, n: 2 }, b: { n: 2, eTag: '7' } })).rejects.toThrow(/eTag conflict/);
        expect(await storage.read(['a', 'b', 'none'])).toEqual(read);
        expect(db.prepare('SELECT key, value, etag FROM bot_state ORDER BY key').all()).toEqual([
            { key: 'a', value: '{"n":1}', etag: 1 },
            { key: 'b', value: '{"n":1}', etag: 1 }
        ]);
        // What is read is a copy: changing it changes nothing stored.
        (await storage.read(['a'])).a.n = 99;
        expect((await storage.read(['a'])).a.n).toBe(1);
        await storage.write({ a: { ...read.a, n: 3 } });
        expect(await storage.read(['a'])).toEqual({ a: { n: 3, eTag: '2' } });
        await expect(new SqliteStorage(db).read(['a'])).resolves.toEqual({ a: { n: 3, eTag: '2' } });
    });

    it('keeps state across a reopen of the same data folder', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bot-store-'));
        const db = openDatabase(dir);
        await new SqliteStorage(db).write({ 'msteams/bot/conversations/c1': { lastStep: 4 } });
        db.close();
        const reopened = openDatabase(dir);
        expect((await new SqliteStorage(reopened).read(['msteams/bot/conversations/c1']))['msteams/bot/conversations/c1'].lastStep).toBe(4);
        reopened.close();
        fs.rmSync(dir, { recursive: true, force: true });
    });
});

describe('SqliteConversationReferenceStore', () => {
    it('keys references by tenant and conversation and replaces them on refresh', () => {
        const store = new SqliteConversationReferenceStore(openDatabase(':memory:'));
        const reference = { conversation: { id: 'c1', tenantId: 't1', isGroup: false, name: '', conversationType: 'personal' }, serviceUrl: 'https://a' };
        store.save(reference);
        store.save({ ...reference, serviceUrl: 'https://b' });
        expect(store.count()).toBe(1);
        expect(store.get(conversationKey(reference))?.serviceUrl).toBe('https://b');
        store.remove('t1/c1');
        expect(store.get('t1/c1')).toBeUndefined();
    });
});
