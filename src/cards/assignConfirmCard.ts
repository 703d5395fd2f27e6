import type { Attachment } from 'botbuilder';
import template from '../../cards/assignConfirm.json';
import type { PendingAssignment } from '../store/assignments';
import { describeUser } from './assignStartCard';
import { formatUtc } from './formatTime';
import { CardTemplate } from './template';

/** What Confirm will write: device, current user, new user, the name the device will show. Usable once, until it expires. */
export interface AssignConfirmCardData {
    title: string;
    facts: { title: string; value: string }[];
    expires: string;
    confirmTitle: string;
    token: string;
}

export function assignConfirmCardData(pending: PendingAssignment, token: string, expiresAt: Date): AssignConfirmCardData {
    const { after } = pending;
    return {
        title: after ? `Assign ${after.displayName} to ${pending.serial}?` : `Remove the user from ${pending.serial}?`,
        facts: [
            { title: 'Device', value: pending.serial },
            { title: 'Current user', value: describeUser(pending.before, pending.beforeDisplayName) },
            { title: 'New user', value: after ? after.userPrincipalName : 'None' },
            { title: 'Name on the device', value: after ? after.displayName : 'None' }
        ],
        expires: `This card works once, until ${formatUtc(expiresAt.toISOString())}.`,
        confirmTitle: after ? 'Confirm' : 'Remove user',
        token
    };
}

const assignConfirmTemplate = new CardTemplate<AssignConfirmCardData>('assignConfirm', template);

export function assignConfirmCard(data: AssignConfirmCardData): Attachment {
    return assignConfirmTemplate.attachment(data);
}
