import { allEntries } from '../../src/knowledge';
import { createBotUnderstanding } from '../../src/knowledge/botUnderstanding';
import { createKnowledgeSearch } from '../../src/knowledge/search';

/** The bot's knowledge search over the real entries, built once for the unit tests and the eval. */
export const knowledgeSearch = createKnowledgeSearch(allEntries);

/** The understanding the bot runs on, over that search. */
export const understanding = createBotUnderstanding(knowledgeSearch);
