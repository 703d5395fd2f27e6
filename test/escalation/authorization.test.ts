import { isHelpdeskAdmin, mayAddNote, mayHandleCase, mayRegisterChannel } from '../../src/escalation/authorization';
import { channelOf, tenantOf } from '../../src/escalation/helpdeskChannel';
import { helpdeskAgent, openFixture, technician } from '../cards/escalationFixtures';
import { failedStatus } from '../cards/fixtures';

const admins = new Set([helpdeskAgent.aadObjectId!]);
const stranger = { id: '29:x', name: 'Someone', aadObjectId: '00000000-0000-0000-0000-0000000000ff' };
const helpdesk = { helpdeskChannelId: '19:help@thread.tacv2' };

describe('who may do what', () => {
    it('registering the channel: anyone in local mode or with no admins set, else admins only', () => {
        expect(mayRegisterChannel({ adminIds: admins, localMode: true }, stranger)).toBe(true);
        expect(mayRegisterChannel({ adminIds: new Set(), localMode: false }, stranger)).toBe(true);
        expect(mayRegisterChannel({ adminIds: admins, localMode: false }, stranger)).toBe(false);
        expect(mayRegisterChannel({ adminIds: admins, localMode: false }, helpdeskAgent)).toBe(true);
        expect(mayRegisterChannel({ adminIds: admins, localMode: false }, { ...helpdeskAgent, aadObjectId: undefined })).toBe(false);
    });

    it('Take/Resolve only from the helpdesk channel or by an admin, even in local mode', () => {
        const policy = { adminIds: admins, localMode: true };
        expect(mayHandleCase(policy, stranger, { ...helpdesk, channelId: '19:help@thread.tacv2' })).toBe(true);
        expect(mayHandleCase(policy, stranger, { ...helpdesk, channelId: '19:other@thread.tacv2' })).toBe(false);
        expect(mayHandleCase(policy, stranger, { ...helpdesk })).toBe(false);
        expect(mayHandleCase(policy, stranger, { channelId: undefined, helpdeskChannelId: undefined })).toBe(false);
        expect(mayHandleCase(policy, helpdeskAgent, {})).toBe(true);
        expect(isHelpdeskAdmin(policy, { ...helpdeskAgent, aadObjectId: helpdeskAgent.aadObjectId!.toUpperCase() })).toBe(true);
    });

    it('notes: the helpdesk and the technician who escalated', () => {
        const policy = { adminIds: new Set<string>(), localMode: false };
        const escalation = openFixture(failedStatus);
        expect(mayAddNote(policy, technician, {}, escalation)).toBe(true);
        expect(mayAddNote(policy, stranger, {}, escalation)).toBe(false);
        expect(mayAddNote(policy, stranger, { ...helpdesk, channelId: helpdesk.helpdeskChannelId }, escalation)).toBe(true);
    });
});

describe('where an activity comes from', () => {
    it('reads the channel from channelData, or from a channel thread id', () => {
        expect(channelOf({ channelData: { channel: { id: '19:a@thread.tacv2', name: 'Helpdesk' }, team: { id: 'T', name: 'IT' } } })).toEqual({
            id: '19:a@thread.tacv2',
            name: 'Helpdesk',
            teamId: 'T',
            teamName: 'IT'
        });
        expect(channelOf({ conversation: { id: '19:a@thread.tacv2;messageid=17', conversationType: 'channel', isGroup: true, name: '' } })?.id).toBe('19:a@thread.tacv2');
        expect(channelOf({ conversation: { id: 'a:personal', conversationType: 'personal', isGroup: false, name: '' } })).toBeUndefined();
        expect(tenantOf({ channelData: { tenant: { id: 'tid' } } })).toBe('tid');
    });
});
