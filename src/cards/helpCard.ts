import type { Attachment } from 'botbuilder';
import template from '../../cards/help.json';
import { tutorialStepCount } from '../knowledge';
import type { ConversationWording } from './conversation';
import { CardTemplate } from './template';

export interface HelpCardData extends ConversationWording {
    /** One line each, short enough for a phone. */
    abilities: string[];
    /** Messages to try, with real demo serials in local mode. */
    examples: string[];
}

/** Shown when there are no demo devices: clearly an example, not a device anyone has. */
const placeholderSerial = 'PF3X1234';

const abilities = [
    `The ${tutorialStepCount} setup steps and the technician flow, screen by screen`,
    'Error codes: what they mean, what to do now',
    "A device's live status; watch it and I say when it stalls, fails or is ready to Reseal",
    'Assign a user, like the companion app: paste the QR code text from the setup screen',
    'Escalate a device to the helpdesk; a pre-flight checklist per device'
];

/** `exampleSerials`: demo devices (one mid-deployment first), empty outside local mode. */
export function helpCardData(wording: ConversationWording, exampleSerials: string[] = []): HelpCardData {
    const device = exampleSerials[0] ?? placeholderSerial;
    const another = exampleSerials[1] ?? device;
    return {
        ...wording,
        abilities,
        examples: [`status ${device}`, `watch ${device}`, `give ${another} to Ana Silva`, `escalate ${device} stuck on apps`, 'what does 0x800705B4 mean?']
    };
}

const helpTemplate = new CardTemplate<HelpCardData>('help', template);

export function helpCard(data: HelpCardData): Attachment {
    return helpTemplate.attachment(data);
}
