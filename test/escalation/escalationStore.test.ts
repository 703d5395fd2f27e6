import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { addNote, resolve, take } from '../../src/escalation/caseMachine';
import type { HelpdeskChannel } from '../../src/escalation/helpdeskChannel';
import { openDatabase } from '../../src/store/database';
import { SqliteEscalationCaseStore } from '../../src/escalation/caseStore';
import { SqliteHelpdeskChannelStore } from '../../src/escalation/helpdeskChannelStore';
import { helpdeskAgent, technician } from '../cards/escalationFixtures';

const at = new Date(Date.UTC(2025, 10, 28, 14, 0));
const request = (tenantId: string, serial: string, note?: string) => ({
    tenantId,
    serial,
    source: 'typed' as const,
    technician,
    technicianConversation: `${tenantId}/a:chat`,
    note,
    at
});

describe('escalation case store (SQLite)', () => {
    let store: SqliteEscalationCaseStore;
    beforeEach(() => (store = new SqliteEscalationCaseStore(openDatabase(':memory:'))));

    it('numbers cases per tenant: ESC-1, ESC-2 in one tenant, ESC-1 again in another', () => {
        expect(store.escalate(request('t1', 'AAA1')).case.number).toBe(1);
        expect(store.escalate(request('t1', 'BBB2')).case.number).toBe(2);
        expect(store.escalate(request('t2', 'AAA1')).case.number).toBe(1);
        expect(store.get('t2', 2)).toBeUndefined();
        expect(store.get('t1', 2)?.serial).toBe('BBB2');
    });

    it('a second escalation of an open device adds to its case; after resolution a new case opens', () => {
        const first = store.escalate(request('t1', 'pf3xyz12', 'red screen'));
        expect(first).toMatchObject({ kind: 'opened', case: { number: 1, serial: 'PF3XYZ12' } });
        const second = store.escalate(request('t1', 'PF3XYZ12', 'still red'));
        expect(second).toMatchObject({ kind: 'addedTo', case: { number: 1, version: 2 } });
        expect(store.get('t1', 1)?.history.map((e) => [e.action, e.text])).toEqual([
            ['opened', 'red screen'],
            ['escalatedAgain', 'still red']
        ]);
        store.change('t1', 1, (c) => resolve(c, helpdeskAgent, at, 'fixed'));
        expect(store.escalate(request('t1', 'PF3XYZ12'))).toMatchObject({ kind: 'opened', case: { number: 2 } });
    });

    it('applies changes atomically and keeps the full audit trail in rows', () => {
        store.escalate(request('t1', 'AAA1'));
        expect(store.change('t1', 1, (c) => take(c, helpdeskAgent, at))).toMatchObject({ ok: true, case: { status: 'taken' } });
        expect(store.change('t1', 1, (c) => take(c, technician, at))).toMatchObject({ ok: false, reason: 'takenByOther' });
        expect(store.change('t1', 9, (c) => take(c, technician, at))).toEqual({ ok: false, reason: 'notFound' });
        expect(store.change('t2', 1, (c) => take(c, technician, at))).toEqual({ ok: false, reason: 'notFound' });
        const stored = store.get('t1', 1)!;
        expect(stored).toMatchObject({ status: 'taken', version: 2, takenBy: helpdeskAgent });
        expect(stored.history.map((e) => e.action)).toEqual(['opened', 'taken']);
    });

    it('lists open cases, newest first, per tenant and per technician', () => {
        store.escalate(request('t1', 'AAA1'));
        store.escalate({ ...request('t1', 'BBB2'), technician: helpdeskAgent });
        store.escalate(request('t1', 'CCC3'));
        store.escalate(request('t2', 'DDD4'));
        store.change('t1', 3, (c) => resolve(c, helpdeskAgent, at, 'done'));
        expect(store.listOpen('t1').map((c) => c.number)).toEqual([2, 1]);
        expect(store.listOpen('t1', technician).map((c) => c.serial)).toEqual(['AAA1']);
        expect(store.openCaseForDevice('t1', 'ccc3')).toBeUndefined();
        expect(store.openCaseForDevice('t1', 'aaa1')?.number).toBe(1);
    });

    it('remembers the channel card without counting it as a change', () => {
        store.escalate(request('t1', 'AAA1'));
        store.setChannelCard('t1', 1, { conversationId: '19:x@thread.tacv2;messageid=5', activityId: '5' });
        expect(store.get('t1', 1)).toMatchObject({ version: 1, channelCard: { activityId: '5' } });
    });
});

describe('after a restart', () => {
    const dir = mkdtempSync(join(tmpdir(), 'escalation-store-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('cases, history, numbering and helpdesk channels are all still there', () => {
        const first = openDatabase(dir);
        const cases = new SqliteEscalationCaseStore(first);
        cases.escalate(request('t1', 'AAA1', 'red screen'));
        cases.change('t1', 1, (c) => addNote(c, helpdeskAgent, at, 'looking'));
        const channel: HelpdeskChannel = { tenantId: 't1', channelId: '19:help@thread.tacv2', channelName: 'Escalations', registeredAt: at.toISOString() };
        new SqliteHelpdeskChannelStore(first).register(channel);
        first.close();

        const second = openDatabase(dir);
        const reopened = new SqliteEscalationCaseStore(second);
        expect(reopened.get('t1', 1)?.history.map((e) => [e.action, e.by.name, e.text])).toEqual([
            ['opened', 'Alex Wilber', 'red screen'],
            ['noted', 'Megan Bowen', 'looking']
        ]);
        expect(reopened.escalate(request('t1', 'BBB2')).case.number).toBe(2);
        expect(new SqliteHelpdeskChannelStore(second).get('t1')).toEqual(channel);
        second.close();
    });
});

describe('helpdesk channel registry', () => {
    it('one channel per tenant; registering another replaces it and says which', () => {
        const channels = new SqliteHelpdeskChannelStore(openDatabase(':memory:'));
        const registeredAt = at.toISOString();
        expect(channels.register({ tenantId: 't1', channelId: 'c1', registeredAt })).toBeUndefined();
        expect(channels.register({ tenantId: 't2', channelId: 'c2', registeredAt })).toBeUndefined();
        expect(channels.register({ tenantId: 't1', channelId: 'c1', registeredAt })).toBeUndefined();
        expect(channels.register({ tenantId: 't1', channelId: 'c3', registeredAt })).toMatchObject({ channelId: 'c1' });
        expect(channels.get('t1')?.channelId).toBe('c3');
        expect(channels.get('t2')?.channelId).toBe('c2');
        channels.remove('t1');
        expect(channels.get('t1')).toBeUndefined();
    });
});
