import type { Attachment } from 'botbuilder';
import template from '../../cards/assignStart.json';
import { CardTemplate } from './template';

/** Asks who gets the device: a name or e-mail box; Remove user when someone is assigned. */
export interface AssignStartCardData {
    serial: string;
    currentUser: string;
    hasUser: boolean;
}

export function assignStartCardData(device: { serial: string; currentUser?: string; currentDisplayName?: string }): AssignStartCardData {
    return { serial: device.serial, currentUser: describeUser(device.currentUser, device.currentDisplayName), hasUser: device.currentUser !== undefined };
}

/** `Ana Silva (ana.silva@contoso.com)`, the UPN alone, or `None`. */
export function describeUser(userPrincipalName?: string, displayName?: string): string {
    if (!userPrincipalName) return 'None';
    return displayName && displayName.toLowerCase() !== userPrincipalName.toLowerCase() ? `${displayName} (${userPrincipalName})` : userPrincipalName;
}

const assignStartTemplate = new CardTemplate<AssignStartCardData>('assignStart', template);

export function assignStartCard(data: AssignStartCardData): Attachment {
    return assignStartTemplate.attachment(data);
}
