import type { EscalationCards } from '../escalation/escalationService';
import { caseUpdateCard, caseUpdateCardData, caseUpdateText } from './caseUpdateCard';
import { helpdeskCaseCard, helpdeskCaseCardData } from './helpdeskCaseCard';

/** The escalation service's cards: the helpdesk channel's case card and the update the technician is sent. */
export const escalationCards: EscalationCards = {
    channelCard: (escalation, now) => helpdeskCaseCard(helpdeskCaseCardData(escalation, now)),
    // One bubble: the card says it all; the line is the notification's summary, not a second text above the card.
    technicianUpdate: (escalation, event) => ({ type: 'message', summary: caseUpdateText(escalation, event), attachments: [caseUpdateCard(caseUpdateCardData(escalation, event))] })
};
