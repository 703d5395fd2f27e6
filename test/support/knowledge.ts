import { matchIntent } from '../../src/bot/intents';
import { allEntries } from '../../src/knowledge';
import { createBotUnderstanding } from '../../src/knowledge/botUnderstanding';
import { createKnowledgeSearch } from '../../src/knowledge/search';

/** The bot's knowledge search over the real entries, built once for the unit tests and the eval. */
export const knowledgeSearch = createKnowledgeSearch(allEntries);

/** The understanding the bot runs on, over that search. */
export const understanding = createBotUnderstanding(knowledgeSearch);

/** What the bot does with a question: `decline:` and its topic (`service-desk` when none is named), or another kind of reply. */
export function outcome(text: string): string {
    const intent = matchIntent(text, understanding);
    return intent.kind === 'outOfScope' ? `decline:${intent.topic?.id ?? 'service-desk'}` : intent.kind;
}
