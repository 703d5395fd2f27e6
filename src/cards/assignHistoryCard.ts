import type { Attachment } from 'botbuilder';
import template from '../../cards/assignHistory.json';
import type { AssignmentRecord } from '../store/assignments';
import { formatUtc } from './formatTime';
import { CardTemplate } from './template';

export interface AssignHistoryRow {
    /** `ana.silva@contoso.com → tom.becker@contoso.com`. */
    change: string;
    /** `by Alex Tech · 2025-11-28 14:05 UTC`. */
    who: string;
}

/** "who changed PF3XYZ12": the device's user changes made through the bot, newest first. */
export interface AssignHistoryCardData {
    serial: string;
    entries: AssignHistoryRow[];
    empty: string;
}

export function assignHistoryCardData(serial: string, records: AssignmentRecord[]): AssignHistoryCardData {
    return {
        serial,
        entries: records.map((record) => ({
            change:
                record.action === 'assigned'
                    ? `${record.before ?? 'No user'} → ${record.after ?? 'No user'}`
                    : `${record.before ?? 'No user'} removed`,
            who: `by ${record.by.name} · ${formatUtc(record.at)}`
        })),
        empty: `Nobody has changed the user of ${serial} through me. Changes made in the Intune admin center are not listed here.`
    };
}

const assignHistoryTemplate = new CardTemplate<AssignHistoryCardData>('assignHistory', template);

export function assignHistoryCard(data: AssignHistoryCardData): Attachment {
    return assignHistoryTemplate.attachment(data);
}
