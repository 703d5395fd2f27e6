import { TENANT_REFUSAL } from '../../src/server/tenantGate';
import { inConversation, messageActivity, executeActivity } from '../support/activities';
import { capturedLog } from '../support/capturedLog';
import { startLoopbackBot, type LoopbackBot } from '../support/loopbackBot';

const TENANT_A = '11111111-1111-4111-8111-111111111111';
const TENANT_B = '22222222-2222-4222-8222-222222222222';
const FOREIGN = '99999999-9999-4999-8999-999999999999';

/**
 * Issue 8 row 4: tenant isolation. Only ALLOWED_TENANT_IDS are served; anyone else gets one polite refusal, no data,
 * no state or reference written, one log line. Two tenants' conversations with the same id never share state, and
 * a fragment of a serial does not enumerate a tenant's devices.
 */
describe('tenant isolation', () => {
    let loopback: LoopbackBot;
    const log = capturedLog('info');
    beforeAll(async () => (loopback = await startLoopbackBot({ ALLOWED_TENANT_IDS: `${TENANT_A}, ${TENANT_B.toUpperCase()}` }, log.logger)));
    afterAll(async () => loopback.stop());

    const post = (activity: object) => loopback.post(activity);
    const rows = (table: string) => (loopback.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const refusals = () => log.lines.filter((l) => l.msg === 'activity from a tenant that is not allowed').length;

    async function ask(text: string, conversation: ReturnType<typeof inConversation>, extra: object = {}): Promise<string[]> {
        const before = loopback.channel.received.length;
        expect((await post(messageActivity(text, { ...conversation, ...extra }))).status).toBe(200);
        await loopback.channel.waitForReplies(before + 1);
        await new Promise((resolve) => setTimeout(resolve, 50));
        return loopback.channel.received.slice(before).map((r) => JSON.stringify(r.body));
    }

    it.each([
        ['another tenant', inConversation('foreign-1', FOREIGN), {}],
        ['no tenant at all', { conversation: { id: 'foreign-2', conversationType: 'personal' } }, {}],
        ['an allowed tenant on the conversation but another in channelData', inConversation('foreign-3', TENANT_A), { channelData: { tenant: { id: FOREIGN } } }]
    ])('refuses %s politely, once, with no data and nothing written', async (_name, conversation, extra) => {
        const [state, references, logged] = [rows('bot_state'), rows('conversation_references'), refusals()];
        const replies = await ask('status PF3XYZ12', conversation as ReturnType<typeof inConversation>, extra);
        expect(replies).toHaveLength(1);
        expect(JSON.parse(replies[0]).text).toBe(TENANT_REFUSAL);
        expect(replies[0]).not.toMatch(/PF3XYZ12/);
        expect([rows('bot_state'), rows('conversation_references'), refusals()]).toEqual([state, references, logged + 1]);
    });

    it('refuses a card action from another tenant with an invoke response, and an install with silence', async () => {
        const invoke = await post(executeActivity('status', { serial: 'PF3XYZ12' }, inConversation('foreign-4', FOREIGN)));
        expect(JSON.stringify(await invoke.json())).toContain(TENANT_REFUSAL);
        const before = loopback.channel.received.length;
        const references = rows('conversation_references');
        const install = await post(messageActivity(undefined, { ...inConversation('foreign-5', FOREIGN), type: 'installationUpdate', action: 'add' }));
        expect(install.status).toBe(200);
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(loopback.channel.received.length).toBe(before);
        expect(rows('conversation_references')).toBe(references);
    });

    it('serves allowed tenants, matching their ids in any case', async () => {
        expect(JSON.parse((await ask('step 6', inConversation('a-1', TENANT_A)))[0]).summary).toMatch(/^Step 6 of 9/);
        expect(JSON.parse((await ask('step 2', inConversation('b-1', TENANT_B)))[0]).summary).toMatch(/^Step 2 of 9/);
    });

    it('keeps the same conversation id in two tenants apart', async () => {
        await ask('step 6', inConversation('shared-id', TENANT_A));
        const inB = JSON.parse((await ask('next', inConversation('shared-id', TENANT_B)))[0]).summary as string;
        expect(inB).not.toMatch(/^Step 7 of 9/);
        const inA = JSON.parse((await ask('next', inConversation('shared-id', TENANT_A)))[0]).summary as string;
        expect(inA).toMatch(/^Step 7 of 9/);
    });

    it('lists devices for a fragment only from 6 characters, and then only a few', async () => {
        const short = (await ask('status CZC24', inConversation('a-2', TENANT_A))).join('\n');
        expect(short).not.toMatch(/CZC2410A0/);
        const six = (await ask('status CZC241', inConversation('a-3', TENANT_A))).join('\n');
        expect(six).toMatch(/Several devices match/);
        expect((six.match(/CZC2410A\d\d/g) ?? []).length).toBeGreaterThan(0);
    });
});
