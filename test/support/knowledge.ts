import { allEntries, technicianFlowOrder } from '../../src/knowledge';
import { outOfScopeTopics } from '../../src/knowledge/outOfScope';
import { createScopeJudge } from '../../src/knowledge/scope';
import { createKnowledgeSearch } from '../../src/knowledge/search';
import { settingNamesOf } from '../../src/knowledge/settingNames';
import { createUnderstanding } from '../../src/knowledge/understanding';

/** The bot's knowledge search over the real entries, built once for the unit tests and the eval. */
export const knowledgeSearch = createKnowledgeSearch(allEntries);

/** The understanding layer over that search and the real out-of-scope topics. */
export const understanding = createUnderstanding({ search: knowledgeSearch, scope: createScopeJudge(outOfScopeTopics, settingNamesOf(allEntries)), entries: allEntries, flow: technicianFlowOrder });
