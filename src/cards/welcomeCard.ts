import type { Attachment } from 'botbuilder';
import template from '../../cards/welcome.json';
import type { ConversationWording } from './conversation';
import { CardTemplate } from './template';

/** Sent on install: a personal chat needs no @mention, a team or group chat does. */
export type WelcomeCardData = ConversationWording;

const welcomeTemplate = new CardTemplate<WelcomeCardData>('welcome', template);

export function welcomeCard(data: WelcomeCardData): Attachment {
    return welcomeTemplate.attachment(data);
}
