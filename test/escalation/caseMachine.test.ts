import { addNote, caseNotes, escalateAgain, maxNoteLength, resolve, take } from '../../src/escalation/caseMachine';
import { findCaseNumber, formatCaseNumber } from '../../src/escalation/caseNumber';
import { helpdeskAgent, ok, openFixture, technician } from '../cards/escalationFixtures';
import { failedStatus } from '../cards/fixtures';

const other = { id: '29:help-2', name: 'Adele Vance', aadObjectId: '00000000-0000-0000-0000-0000000000c3' };
const t = (minute: number) => new Date(Date.UTC(2025, 10, 28, 15, minute));

describe('helpdesk case state machine', () => {
    const opened = openFixture(failedStatus);

    it('opens with the technician note as the first audit line', () => {
        expect(opened.status).toBe('open');
        expect(opened.version).toBe(1);
        expect(opened.history).toEqual([expect.objectContaining({ action: 'opened', by: technician, text: 'Red screen after the apps step, retried once.' })]);
    });

    it('open → taken → resolved, each step audited with who and when', () => {
        const taken = ok(take(opened, helpdeskAgent, t(1)));
        expect(taken).toMatchObject({ status: 'taken', takenBy: helpdeskAgent, version: 2, updatedAt: t(1).toISOString() });
        const resolved = ok(resolve(taken, helpdeskAgent, t(9), '  Fixed the   detection rule. '));
        expect(resolved).toMatchObject({ status: 'resolved', resolvedBy: helpdeskAgent, resolution: 'Fixed the detection rule.', version: 3 });
        expect(resolved.history.map((e) => [e.action, e.by.name, e.at])).toEqual([
            ['opened', 'Alex Wilber', opened.openedAt],
            ['taken', 'Megan Bowen', t(1).toISOString()],
            ['resolved', 'Megan Bowen', t(9).toISOString()]
        ]);
        expect(opened.history).toHaveLength(1); // pure: the input is not changed
    });

    it('a second Take by the same person is a double click; by someone else it names who has it', () => {
        const taken = ok(take(opened, helpdeskAgent, t(1)));
        expect(take(taken, { ...helpdeskAgent, id: 'other-teams-id' }, t(2))).toEqual({ ok: false, reason: 'alreadyYours' });
        expect(take(taken, other, t(2))).toEqual({ ok: false, reason: 'takenByOther', by: helpdeskAgent });
    });

    it('nothing changes a resolved case, and the refusal says who resolved it and when', () => {
        const resolved = ok(resolve(opened, other, t(5), 'Reset the device.'));
        expect(resolved.takenBy).toEqual(other); // resolving an untaken case takes it
        const refusal = { ok: false, reason: 'resolved', by: other, at: t(5).toISOString() };
        expect(take(resolved, helpdeskAgent, t(6))).toEqual(refusal);
        expect(addNote(resolved, technician, t(6), 'still red')).toEqual(refusal);
        expect(resolve(resolved, other, t(6), 'again')).toEqual(refusal);
        expect(escalateAgain(resolved, technician, t(6))).toEqual(refusal);
    });

    it('notes need text; the same note twice within a minute is a double click; long notes are cut', () => {
        expect(addNote(opened, technician, t(1), '   ')).toEqual({ ok: false, reason: 'emptyText' });
        expect(resolve(opened, helpdeskAgent, t(1), undefined)).toEqual({ ok: false, reason: 'emptyText' });
        const noted = ok(addNote(opened, technician, t(1), 'retried, same error'));
        expect(addNote(noted, technician, t(1), 'retried, same error')).toEqual({ ok: false, reason: 'duplicate' });
        expect(ok(addNote(noted, technician, t(3), 'retried, same error')).history).toHaveLength(3);
        expect(ok(addNote(noted, helpdeskAgent, t(1), 'retried, same error')).history).toHaveLength(3);
        const long = ok(addNote(opened, technician, t(1), 'x'.repeat(5000)));
        expect(long.history[1].text).toHaveLength(maxNoteLength);
        expect(caseNotes(noted).map((n) => n.text)).toEqual(['Red screen after the apps step, retried once.', 'retried, same error']);
    });

    it('escalating the device again adds to the open case, with the newer device snapshot', () => {
        const newer = { ...opened.device!, headline: 'Still failed' };
        const again = ok(escalateAgain(opened, technician, t(4), 'second try', newer));
        expect(again).toMatchObject({ status: 'open', number: opened.number, device: { headline: 'Still failed' } });
        expect(again.history[1]).toMatchObject({ action: 'escalatedAgain', text: 'second try' });
    });
});

describe('case numbers', () => {
    it.each([
        ['show ESC-12', 12],
        ['note for esc 7: retried', 7],
        ['ESC12 please', 12],
        ['esc-0042', 42],
        ['what about #12', undefined],
        ['escalate PF3XYZ12', undefined],
        ['ESC-0', undefined]
    ])('%s → %s', (text, number) => expect(findCaseNumber(text)).toBe(number));

    it('formats as ESC-n', () => expect(formatCaseNumber(12)).toBe('ESC-12'));
});
