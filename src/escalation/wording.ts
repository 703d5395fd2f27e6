import type { Refusal } from './caseMachine';
import { formatCaseNumber } from './caseNumber';
import { describeChannel, HelpdeskChannel } from './helpdeskChannel';

/** What people are told when a case action does not happen, in plain and polite words. */
export function refusalText(refusal: Refusal | { reason: 'notFound' | 'forbidden' }, caseNumber: number, action: 'take' | 'note' | 'resolve' | 'view'): string {
    const label = formatCaseNumber(caseNumber);
    switch (refusal.reason) {
        case 'notFound':
            return `I have no case ${label} in this organization. Say "my open cases" to see yours.`;
        case 'forbidden':
            return action === 'view' || action === 'note'
                ? `Sorry, ${label} belongs to another technician; only they and the helpdesk can see it or add notes.`
                : `Sorry, only the helpdesk can ${action} cases: use the buttons on the card in the helpdesk channel. Nothing was changed.`;
        case 'resolved':
            return `${label} is already resolved${refusal.by ? ` by ${refusal.by.name}` : ''}. Nothing was changed. If the problem is back, escalate the device again to open a new case.`;
        case 'takenByOther':
            return `${label} is already taken by ${refusal.by.name}. Nothing was changed.`;
        case 'alreadyYours':
            return `You have already taken ${label}.`;
        case 'emptyText':
            return action === 'resolve'
                ? `Write what fixed it in the note box first, then press Resolve: the technician will see it.`
                : `Type the note first, then send it. For example: note for ${label}: retried, same error`;
        case 'duplicate':
            return `That note is already on ${label}.`;
    }
}

export const noChannelText =
    'No helpdesk channel is set up for escalations yet, so I could not hand this over. A helpdesk member can fix that in a minute: ' +
    'add me to the helpdesk team, then in the channel that should receive cases, @mention me with "use this channel for escalations". ' +
    '(An admin can also set HELPDESK_CHANNEL_ID.) Meanwhile, collect the logs and contact your helpdesk directly.';

export function whereChannelText(channel: HelpdeskChannel | undefined): string {
    if (!channel) {
        return 'Escalations have nowhere to go yet: no helpdesk channel is set up. Add me to the helpdesk team, then in the channel that should receive cases, @mention me with "use this channel for escalations".';
    }
    const who = channel.registeredBy ? ` (set by ${channel.registeredBy.name})` : channel.reference ? '' : ' (from HELPDESK_CHANNEL_ID)';
    return `Escalations from this organization open a new thread in ${describeChannel(channel)}${who}.`;
}
