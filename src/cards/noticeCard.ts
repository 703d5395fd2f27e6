import type { Attachment } from 'botbuilder';
import template from '../../cards/notice.json';
import { CardTemplate } from './template';

/** A short polite message; each serial choice becomes a `status` button. */
export interface NoticeCardData {
    title: string;
    text: string;
    serialChoices: string[];
}

/** Buttons beyond five do not fit a phone. */
const maxSerialChoices = 5;

export function deviceNotFoundNotice(serial: string, similarSerials: string[] = []): NoticeCardData {
    const hint = similarSerials.length > 0 ? ' Did you mean one of these?' : ' Check the serial on the device label.';
    return {
        title: 'Device not found',
        text: `Intune has no Autopilot device with serial ${serial}.${hint}`,
        serialChoices: similarSerials
    };
}

const noticeTemplate = new CardTemplate<NoticeCardData>('notice', template);

export function noticeCard(data: NoticeCardData): Attachment {
    return noticeTemplate.attachment({ ...data, serialChoices: data.serialChoices.slice(0, maxSerialChoices) });
}
