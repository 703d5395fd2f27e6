import type { Attachment } from 'botbuilder';
import template from '../../cards/help.json';
import type { ConversationWording } from './conversation';
import { CardTemplate } from './template';

export interface HelpCardData extends ConversationWording {
    /** A serial for the examples: a real demo device in local mode. */
    statusSerial: string;
    checklistSerial: string;
}

/** Shown when there are no demo devices: clearly an example, not a device anyone has. */
const placeholderSerial = 'PF3X1234';

export function helpCardData(wording: ConversationWording, exampleSerials: string[] = []): HelpCardData {
    return { ...wording, statusSerial: exampleSerials[0] ?? placeholderSerial, checklistSerial: exampleSerials[1] ?? exampleSerials[0] ?? placeholderSerial };
}

const helpTemplate = new CardTemplate<HelpCardData>('help', template);

export function helpCard(data: HelpCardData): Attachment {
    return helpTemplate.attachment(data);
}
