/** Helpdesk cases in each state, built with the real case machine, for the card tests and previews. */
import type { Attachment } from 'botbuilder';
import { caseHistoryCard, caseHistoryCardData, caseListCard, caseListCardData } from '../../src/cards/caseListCards';
import { caseUpdateCard, caseUpdateCardData } from '../../src/cards/caseUpdateCard';
import { helpdeskCaseCard, helpdeskCaseCardData } from '../../src/cards/helpdeskCaseCard';
import { addNote, openCase, resolve, take, Transition } from '../../src/escalation/caseMachine';
import type { EscalationCase, Person } from '../../src/escalation/types';
import type { DeviceStatus } from '../../src/status/types';
import { deviceSnapshot } from '../../src/escalation/snapshot';
import { checklistItems } from '../../src/knowledge/checklist';

export const technician: Person = { id: '29:tech-1', name: 'Alex Wilber', aadObjectId: '00000000-0000-0000-0000-0000000000a1' };
export const helpdeskAgent: Person = { id: '29:help-1', name: 'Megan Bowen', aadObjectId: '00000000-0000-0000-0000-0000000000b2' };

const at = (minute: number) => new Date(Date.UTC(2025, 10, 28, 14, minute));

export function ok(transition: Transition): EscalationCase {
    if (!transition.ok) throw new Error(`refused: ${transition.reason}`);
    return transition.case;
}

export function openFixture(status: DeviceStatus, note = 'Red screen after the apps step, retried once.'): EscalationCase {
    return openCase({
        tenantId: 'tenant-1',
        number: 12,
        serial: status.serial,
        source: 'status',
        technician,
        technicianConversation: 'tenant-1/a:tech-chat',
        device: deviceSnapshot(status, checklistItems, { ...Object.fromEntries(checklistItems.map((item) => [item.id, false])), 'check-registered': true, 'check-profile-assigned': true, 'check-tpm': true }),
        note,
        at: at(10)
    }).case;
}

export function escalationSamples(failedStatus: DeviceStatus): [id: string, title: string, attachment: Attachment][] {
    const opened = openFixture(failedStatus);
    const taken = ok(take(opened, helpdeskAgent, at(15)));
    const noted = ok(addNote(taken, helpdeskAgent, at(18), 'Contoso VPN detection rule points at the old version; fixing the app in Intune.'));
    const resolved = ok(resolve(noted, helpdeskAgent, at(40), 'Detection rule fixed; pressed Retry, device reached Reseal.'));
    const manyNotes = [1, 2, 3, 4, 5, 6, 7].reduce((c, n) => ok(addNote(c, n % 2 ? technician : helpdeskAgent, at(20 + n), `Note number ${n}.`)), taken);
    const bare = openCase({ tenantId: 'tenant-1', number: 3, serial: 'PF3XYZ12', source: 'typed', technician, technicianConversation: 'tenant-1/a:tech-chat', at: at(1) }).case;
    const now = at(55);
    return [
        ['helpdeskCase', 'ESC-12 · helpdesk case', helpdeskCaseCard(helpdeskCaseCardData(opened, now))],
        ['helpdeskCase-taken', 'Taken by Megan Bowen', helpdeskCaseCard(helpdeskCaseCardData(noted, now))],
        ['helpdeskCase-resolved', 'Resolved by Megan Bowen', helpdeskCaseCard(helpdeskCaseCardData(resolved, now))],
        ['helpdeskCase-notes', 'earlier notes', helpdeskCaseCard(helpdeskCaseCardData(manyNotes, now))],
        ['helpdeskCase-bare', 'Device PF3XYZ12', helpdeskCaseCard(helpdeskCaseCardData(bare, now))],
        ['caseUpdate', 'Sent to the helpdesk as ESC-12', caseUpdateCard(caseUpdateCardData(opened, opened.history[0], 'Escalations in team Helpdesk'))],
        ['caseUpdate-taken', 'Megan Bowen took ESC-12', caseUpdateCard(caseUpdateCardData(taken, taken.history[1]))],
        ['caseUpdate-resolved', 'ESC-12 resolved by Megan Bowen', caseUpdateCard(caseUpdateCardData(resolved, resolved.history[3]))],
        ['caseHistory', 'resolved the case: Detection rule fixed', caseHistoryCard(caseHistoryCardData(resolved))],
        ['caseHistory-open', 'escalated the device', caseHistoryCard(caseHistoryCardData(bare))],
        ['caseList', 'Open helpdesk cases', caseListCard(caseListCardData('Open helpdesk cases', 'No open cases.', [noted, bare], now))],
        ['caseList-empty', 'None: everything you escalated is resolved.', caseListCard(caseListCardData('Your open cases', 'None: everything you escalated is resolved.', [], now))]
    ];
}
