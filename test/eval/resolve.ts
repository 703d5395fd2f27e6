/**
 * What the bot shows for a question, reduced to the knowledge entry id: the real intent matcher decides,
 * then each intent maps to the entry its reply is built from ('none' when it is not a knowledge answer).
 */
import { matchIntent } from '../../src/bot/intents';
import { errorEntryForCode } from '../../src/knowledge';
import { understanding } from '../support/knowledge';

export function resolveQuestion(text: string): string {
    const intent = matchIntent(text, understanding);
    switch (intent.kind) {
        case 'step':
            return `step-${intent.step}`;
        case 'errorCode':
            return errorEntryForCode(intent.code)?.id ?? 'none';
        case 'answer':
            return intent.entryId;
        case 'espTips':
            return 'esp-show-details';
        case 'flowWalkthrough':
            return 'step-8';
        default:
            return 'none';
    }
}
