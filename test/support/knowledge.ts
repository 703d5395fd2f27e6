import { allEntries } from '../../src/knowledge';
import { createKnowledgeSearch } from '../../src/knowledge/search';

/** The bot's knowledge search over the real entries, built once for the unit tests and the eval. */
export const knowledgeSearch = createKnowledgeSearch(allEntries);
