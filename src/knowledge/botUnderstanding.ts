/**
 * The understanding the bot runs on: the real entries, their settings, the out-of-scope topics and the technician
 * flow's order, over a search of those entries. One wiring, shared by the app, the tests, the eval and the benchmarks.
 */
import { allEntries, technicianFlowOrder } from './index';
import { outOfScopeTopics } from './outOfScope';
import { createScopeJudge } from './scope';
import { createKnowledgeSearch, type KnowledgeSearch } from './search';
import { createSettingNames } from './settingNames';
import { createUnderstanding, type Understanding } from './understanding';

/** The scope judge over the real neighbours, our settings read by the same compiled names the answer uses. */
export function createBotScopeJudge(settings = createSettingNames(allEntries)) {
    return createScopeJudge(outOfScopeTopics, settings);
}

export function createBotUnderstanding(search: KnowledgeSearch = createKnowledgeSearch(allEntries)): Understanding {
    const settings = createSettingNames(allEntries);
    return createUnderstanding({ search, scope: createBotScopeJudge(settings), entries: allEntries, flow: technicianFlowOrder, settings });
}
