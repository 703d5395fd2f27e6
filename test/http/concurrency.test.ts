import { inConversation, messageActivity, submitActivity } from '../support/activities';
import { startLoopbackBot, type LoopbackBot } from '../support/loopbackBot';

/**
 * Issue 8 row 5: concurrent turns in one conversation. Bursts of checklist Saves (each for its own device) mixed with
 * "next", all at once, into a conversation that starts new: every Save the technician saw acknowledged is stored,
 * and nobody sees an apology.
 */
describe('concurrent turns in one conversation lose no save', () => {
    let loopback: LoopbackBot;
    beforeAll(async () => (loopback = await startLoopbackBot()));
    afterAll(async () => loopback.stop());
    const post = (activity: object) => loopback.post(activity);

    function storedChecklists(conversationId: string): Record<string, Record<string, boolean>> {
        const rows = loopback.db.prepare('SELECT key, value FROM bot_state').all() as { key: string; value: string }[];
        const row = rows.find((r) => r.key.endsWith(`/conversations/${conversationId}`));
        return row ? JSON.parse(row.value).checklists ?? {} : {};
    }

    it.each([1, 2, 3])('burst %i: 12 Saves and 12 "next" at once, every acknowledged Save stored', async (burst) => {
        const conversation = inConversation(`burst-${burst}`);
        const serials = Array.from({ length: 12 }, (_, i) => `BURST${burst}X${String(i).padStart(3, '0')}`);
        const before = loopback.channel.received.length;
        const requests = serials.flatMap((serial, i) => [
            post(submitActivity({ verb: 'checklistSave', serial, 'check-registered': 'true', 'check-esp-assigned': i % 2 ? 'true' : 'false' }, conversation)),
            post(messageActivity('next', conversation))
        ]);
        const statuses = (await Promise.all(requests)).map((r) => r.status);
        expect(statuses.every((s) => s === 200)).toBe(true);
        const replies = (await loopback.channel.waitForReplies(before + requests.length)).slice(before).map((r) => r.body.summary as string);
        expect(replies.filter((text) => /something went wrong/i.test(text))).toEqual([]);
        const acknowledged = serials.filter((serial) => replies.some((text) => text.startsWith(`Saved for ${serial}:`)));
        expect(acknowledged).toHaveLength(serials.length);
        const stored = storedChecklists(`burst-${burst}`);
        for (const serial of acknowledged) expect(stored[serial.toUpperCase()]).toMatchObject({ 'check-registered': true });
    });
});
