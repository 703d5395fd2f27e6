import type { Attachment } from 'botbuilder';
import template from '../../cards/assignChoose.json';
import type { DirectoryUser } from '../graph/types';
import { CardTemplate } from './template';

export interface AssignChoiceRow {
    name: string;
    /** UPN, and job title when Entra has one. */
    detail: string;
    upn: string;
}

/** Several people match: one Choose button each; nothing is written until one is chosen and confirmed. */
export interface AssignChooseCardData {
    serial: string;
    query: string;
    intro: string;
    users: AssignChoiceRow[];
    more: string | null;
}

export function assignChooseCardData(serial: string, query: string, users: DirectoryUser[], more: boolean): AssignChooseCardData {
    return {
        serial,
        query,
        intro: `${users.length} people match "${query}". Choose who gets ${serial}.`,
        users: users.map((user) => ({
            name: user.displayName || user.userPrincipalName!,
            detail: [user.userPrincipalName, user.jobTitle].filter(Boolean).join(' · '),
            upn: user.userPrincipalName!
        })),
        more: more ? 'More people match: type more of the name or the e-mail address to narrow it down.' : null
    };
}

const assignChooseTemplate = new CardTemplate<AssignChooseCardData>('assignChoose', template);

export function assignChooseCard(data: AssignChooseCardData): Attachment {
    return assignChooseTemplate.attachment(data);
}
