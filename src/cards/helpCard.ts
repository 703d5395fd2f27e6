import type { Attachment } from 'botbuilder';
import template from '../../cards/help.json';
import type { ConversationWording } from './conversation';
import { CardTemplate } from './template';

export type HelpCardData = ConversationWording;

const helpTemplate = new CardTemplate<HelpCardData>('help', template);

export function helpCard(data: HelpCardData): Attachment {
    return helpTemplate.attachment(data);
}
