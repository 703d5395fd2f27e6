import { ActionPlanner, PromptManager, type PromptCompletionModel } from '@microsoft/teams-ai';
import type { KnowledgeSearch } from '../knowledge/search';
import type { AppState } from '../memory/conversationMemory';
import { knowledgeExcerpts } from './knowledge';
import { fallbackPrompt, FALLBACK_PROMPT, KNOWLEDGE_FUNCTION } from './prompt';

/** A teams-ai ActionPlanner with the one grounded prompt and its `{{knowledge}}` function; no actions. */
export function createPlanner(model: PromptCompletionModel, search: KnowledgeSearch): ActionPlanner<AppState> {
    // The folder is never read: the only prompt is registered in code below.
    const prompts = new PromptManager({ promptsFolder: __dirname });
    prompts.addFunction(KNOWLEDGE_FUNCTION, async (_context, memory) => {
        return knowledgeExcerpts(String(memory.getValue('temp.input') ?? ''), search);
    });
    prompts.addPrompt(fallbackPrompt());
    return new ActionPlanner<AppState>({ model, prompts, defaultPrompt: FALLBACK_PROMPT });
}
