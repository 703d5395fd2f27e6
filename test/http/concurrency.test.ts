import { buildBot, type Bot } from '../../src/compose/buildBot';
import { loadSettings } from '../../src/config';
import { openDatabase, type SqliteDatabase } from '../../src/store/database';
import { inConversation, messageActivity, submitActivity } from '../support/activities';
import { FakeChannel } from '../support/fakeChannel';
import { silentLogger } from '../support/silentLogger';

/**
 * Issue 8 row 5: concurrent turns in one conversation. Bursts of checklist Saves (each for its own device) mixed with
 * "next", all at once, into a conversation that starts new: every Save the technician saw acknowledged is stored,
 * and nobody sees an apology.
 */
describe('concurrent turns in one conversation lose no save', () => {
    let channel: FakeChannel;
    let bot: Bot;
    let db: SqliteDatabase;
    let url: string;

    beforeAll(async () => {
        channel = await new FakeChannel().start();
        db = openDatabase(':memory:');
        bot = await buildBot(loadSettings({ PLAYGROUND: 'off', PORT: '0', HOST: '127.0.0.1' }), silentLogger, { db, ai: null });
        url = (await bot.start())!;
    });

    afterAll(async () => {
        await bot.stop();
        await channel.stop();
    });

    const post = (activity: object) =>
        fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...activity, serviceUrl: channel.serviceUrl }) });

    function storedChecklists(conversationId: string): Record<string, Record<string, boolean>> {
        const rows = db.prepare('SELECT key, value FROM bot_state').all() as { key: string; value: string }[];
        const row = rows.find((r) => r.key.endsWith(`/conversations/${conversationId}`));
        return row ? JSON.parse(row.value).checklists ?? {} : {};
    }

    it.each([1, 2, 3])('burst %i: 12 Saves and 12 "next" at once, every acknowledged Save stored', async (burst) => {
        const conversation = inConversation(`burst-${burst}`);
        const serials = Array.from({ length: 12 }, (_, i) => `BURST${burst}X${String(i).padStart(3, '0')}`);
        const before = channel.received.length;
        const requests = serials.flatMap((serial, i) => [
            post(submitActivity({ verb: 'checklistSave', serial, 'check-registered': 'true', 'check-esp-assigned': i % 2 ? 'true' : 'false' }, conversation)),
            post(messageActivity('next', conversation))
        ]);
        const statuses = (await Promise.all(requests)).map((r) => r.status);
        expect(statuses.every((s) => s === 200)).toBe(true);
        const replies = (await channel.waitForReplies(before + requests.length)).slice(before).map((r) => r.body.text as string);
        expect(replies.filter((text) => /something went wrong/i.test(text))).toEqual([]);
        const acknowledged = serials.filter((serial) => replies.some((text) => text.startsWith('Saved:') && text.includes(serial)));
        expect(acknowledged).toHaveLength(serials.length);
        const stored = storedChecklists(`burst-${burst}`);
        for (const serial of acknowledged) expect(stored[serial.toUpperCase()]).toMatchObject({ 'check-registered': true });
    });
});
