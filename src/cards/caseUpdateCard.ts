import type { Attachment } from 'botbuilder';
import template from '../../cards/caseUpdate.json';
import { formatCaseNumber } from '../escalation/caseNumber';
import type { CaseEvent, EscalationCase } from '../escalation/types';
import { caseStatusText } from './helpdeskCaseCard';
import { CardTemplate } from './template';

/** What the technician sees in their own chat when their case opens or changes. */
export interface CaseUpdateCardData {
    caseNumber: number;
    caseLabel: string;
    serial: string;
    headline: string;
    headlineColor: 'Default' | 'Accent';
    detail: string | null;
    /** Where the case stands, when the headline does not already say it. */
    statusText: string | null;
    canAddNote: boolean;
}

/** `event` is the change being told; `helpdeskPlace` names where the case went, for the confirmation. */
export function caseUpdateCardData(escalation: EscalationCase, event: CaseEvent, helpdeskPlace?: string): CaseUpdateCardData {
    const label = formatCaseNumber(escalation.number);
    return {
        caseNumber: escalation.number,
        caseLabel: label,
        serial: escalation.serial,
        ...headlineFor(label, escalation, event, helpdeskPlace),
        statusText: event.action === 'taken' || event.action === 'resolved' ? null : caseStatusText(escalation),
        canAddNote: escalation.status !== 'resolved'
    };
}

/** The one-line text of the same update, for the message text and notifications. */
export function caseUpdateText(escalation: EscalationCase, event: CaseEvent, helpdeskPlace?: string): string {
    const { headline, detail } = headlineFor(formatCaseNumber(escalation.number), escalation, event, helpdeskPlace);
    return detail ? `${headline}. ${detail}` : `${headline}.`;
}

function headlineFor(label: string, escalation: EscalationCase, event: CaseEvent, helpdeskPlace?: string): Pick<CaseUpdateCardData, 'headline' | 'headlineColor' | 'detail'> {
    const who = event.by.name;
    switch (event.action) {
        case 'opened': {
            const where = helpdeskPlace ? `It is in ${helpdeskPlace}. ` : '';
            const follow = "I'll tell you here when someone takes it and when it is resolved.";
            // Nobody pressed anything: say the case escalated itself, and why.
            if (escalation.source === 'auto') {
                return {
                    headline: `${escalation.serial} escalated itself to the helpdesk as ${label}`,
                    headlineColor: 'Accent',
                    detail: `Nobody acted on its alert in time, so it went to the helpdesk automatically. ${where}${follow}`
                };
            }
            return { headline: `Sent to the helpdesk as ${label}`, headlineColor: 'Accent', detail: `${where}${follow}` };
        }
        case 'escalatedAgain':
            return { headline: `Added to ${label}, which is still open`, headlineColor: 'Accent', detail: event.text ? `Your note: ${event.text}` : null };
        case 'taken':
            return { headline: `${who} took ${label}`, headlineColor: 'Accent', detail: 'The helpdesk is on it.' };
        case 'noted':
            return { headline: `New note on ${label} from ${who}`, headlineColor: 'Default', detail: event.text ?? null };
        case 'resolved':
            return { headline: `${label} resolved by ${who}`, headlineColor: 'Default', detail: event.text ? `Resolution: ${event.text}` : null };
    }
}

const caseUpdateTemplate = new CardTemplate<CaseUpdateCardData>('caseUpdate', template);

export function caseUpdateCard(data: CaseUpdateCardData): Attachment {
    return caseUpdateTemplate.attachment(data);
}
