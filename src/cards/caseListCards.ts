import type { Attachment } from 'botbuilder';
import historyTemplateJson from '../../cards/caseHistory.json';
import listTemplateJson from '../../cards/caseList.json';
import { formatCaseNumber } from '../escalation/caseNumber';
import type { CaseAction, EscalationCase } from '../escalation/types';
import { humanMinutes, minutesBetween } from '../status/time';
import { formatUtc } from './formatTime';
import { caseStatusText } from './helpdeskCaseCard';
import { CardTemplate } from './template';

/** "show ESC-12": the case's audit trail, who did what and when. */
export interface CaseHistoryCardData {
    caseLabel: string;
    serial: string;
    statusText: string;
    statusColor: 'Attention' | 'Accent' | 'Good';
    headline: string | null;
    events: { heading: string; what: string }[];
}

/** "my open cases", "open cases": one row per case, tap for its history. */
export interface CaseListCardData {
    title: string;
    emptyText: string;
    rows: { caseNumber: number; caseLabel: string; summary: string; detail: string }[];
}

const actionWording: Record<CaseAction, string> = {
    opened: 'escalated the device',
    escalatedAgain: 'escalated the device again',
    taken: 'took the case',
    noted: 'added a note',
    resolved: 'resolved the case'
};

const statusColor = { open: 'Attention', taken: 'Accent', resolved: 'Good' } as const;

export function caseHistoryCardData(escalation: EscalationCase): CaseHistoryCardData {
    return {
        caseLabel: formatCaseNumber(escalation.number),
        serial: escalation.serial,
        statusText: caseStatusText(escalation),
        statusColor: statusColor[escalation.status],
        headline: escalation.device?.headline ?? null,
        events: escalation.history.map((event) => ({
            heading: `${formatUtc(event.at)} · ${event.by.name}`,
            what: event.text ? `${actionWording[event.action]}: ${event.text}` : actionWording[event.action]
        }))
    };
}

export function caseListCardData(title: string, emptyText: string, cases: EscalationCase[], now: Date): CaseListCardData {
    return {
        title,
        emptyText,
        rows: cases.map((escalation) => ({
            caseNumber: escalation.number,
            caseLabel: formatCaseNumber(escalation.number),
            summary: `${escalation.serial}: ${escalation.device?.headline ?? 'escalated'}`,
            detail: `${caseStatusText(escalation)} · by ${escalation.technician.name}, ${humanMinutes(minutesBetween(new Date(escalation.openedAt), now)) ?? ''} ago`
        }))
    };
}

const historyTemplate = new CardTemplate<CaseHistoryCardData>('caseHistory', historyTemplateJson);
const listTemplate = new CardTemplate<CaseListCardData>('caseList', listTemplateJson);

export function caseHistoryCard(data: CaseHistoryCardData): Attachment {
    return historyTemplate.attachment(data);
}

export function caseListCard(data: CaseListCardData): Attachment {
    return listTemplate.attachment(data);
}
