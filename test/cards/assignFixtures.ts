/** The assign-user cards: ask who, choose among several, confirm, history — for the card tests and previews. */
import type { Attachment } from 'botbuilder';
import { assignChooseCard, assignChooseCardData } from '../../src/cards/assignChooseCard';
import { assignConfirmCard, assignConfirmCardData } from '../../src/cards/assignConfirmCard';
import { assignHistoryCard, assignHistoryCardData } from '../../src/cards/assignHistoryCard';
import { assignStartCard, assignStartCardData } from '../../src/cards/assignStartCard';

const expiresAt = new Date(Date.UTC(2025, 10, 29, 14, 15));
const technician = { id: 'user-1', name: 'Alex Wilber', aadObjectId: '00000000-0000-0000-0000-0000000000a1' };
const device = { serial: 'PF3X1234', autopilotId: 'e13be37b-0c1d-4f5e-9a8b-1234567890ab', requestedBy: technician };

export function assignSamples(): [id: string, title: string, attachment: Attachment][] {
    return [
        ['assignStart', 'Assign a user to PF3X1234', assignStartCard(assignStartCardData({ serial: 'PF3X1234', currentUser: 'tom.becker@contoso.com', currentDisplayName: 'Tom Becker' }))],
        ['assignStart-none', 'None', assignStartCard(assignStartCardData({ serial: 'PF3X1234' }))],
        [
            'assignChoose',
            'Which ana?',
            assignChooseCard(
                assignChooseCardData(
                    'PF3X1234',
                    'ana',
                    [
                        { id: '1', displayName: 'Ana Costa', userPrincipalName: 'ana.costa@contoso.com', jobTitle: 'Sales manager' },
                        { id: '2', displayName: 'Ana Silva', userPrincipalName: 'ana.silva@contoso.com' }
                    ],
                    true
                )
            )
        ],
        [
            'assignConfirm',
            'Assign Ana Silva to PF3X1234?',
            assignConfirmCard(
                assignConfirmCardData(
                    { ...device, before: 'tom.becker@contoso.com', beforeDisplayName: 'Tom Becker', after: { userPrincipalName: 'ana.silva@contoso.com', displayName: 'Ana Silva' } },
                    'token-1',
                    expiresAt
                )
            )
        ],
        ['assignConfirm-remove', 'Remove the user from PF3X1234?', assignConfirmCard(assignConfirmCardData({ ...device, before: 'ana.silva@contoso.com', beforeDisplayName: 'Ana Silva' }, 'token-2', expiresAt))],
        [
            'assignHistory',
            'User changes on PF3X1234',
            assignHistoryCard(
                assignHistoryCardData('PF3X1234', [
                    { serial: 'PF3X1234', autopilotId: device.autopilotId, at: '2025-11-29T14:20:00Z', action: 'unassigned', by: technician, before: 'ana.silva@contoso.com' },
                    { serial: 'PF3X1234', autopilotId: device.autopilotId, at: '2025-11-29T14:05:00Z', action: 'assigned', by: technician, before: 'tom.becker@contoso.com', after: 'ana.silva@contoso.com', afterDisplayName: 'Ana Silva' }
                ])
            )
        ],
        ['assignHistory-empty', 'Nobody has changed', assignHistoryCard(assignHistoryCardData('PF3X1234', []))]
    ];
}
