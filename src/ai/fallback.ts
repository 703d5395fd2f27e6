import { MemoryFork, type ActionPlanner, type PromptCompletionModel } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { AiSettings } from '../config';
import type { KnowledgeSearch } from '../knowledge/search';
import type { Logger } from '../logger';
import type { AppState } from '../memory/conversationMemory';
import { AI_TIMEOUT_MS, createModel } from './model';
import { createPlanner } from './planner';
import { FALLBACK_PROMPT, saysDontKnow } from './prompt';

/** The optional AI fallback as the bot sees it. */
export interface AiFallback {
    /** The teams-ai planner, for the Application's `ai` option. */
    readonly planner: ActionPlanner<AppState>;
    /** A grounded answer to `text`, or undefined when the model does not know, fails or is too slow. */
    answer(context: TurnContext, state: AppState, text: string): Promise<string | undefined>;
}

export interface AiFallbackOptions {
    model: PromptCompletionModel;
    logger: Logger;
    search: KnowledgeSearch;
    timeoutMs?: number;
}

/** Built from settings; undefined (no model, no network) unless an OpenAI or Azure OpenAI key is configured. */
export function createAiFallback(ai: AiSettings | undefined, logger: Logger, search: KnowledgeSearch): AiFallback | undefined {
    return ai ? aiFallbackFor({ model: createModel(ai), logger, search }) : undefined;
}

export function aiFallbackFor(options: AiFallbackOptions): AiFallback {
    const { logger, timeoutMs = AI_TIMEOUT_MS } = options;
    const planner = createPlanner(options.model, options.search);
    return {
        planner,
        async answer(context, state, text) {
            // A fork: the prompt's input and scratch history never reach the saved conversation state.
            const memory = new MemoryFork(state);
            memory.setValue('temp.input', text);
            const started = Date.now();
            try {
                const response = await withTimeout(planner.completePrompt(context, memory, FALLBACK_PROMPT), timeoutMs);
                if (response.status !== 'success') {
                    logger.warn({ status: response.status, err: response.error?.message }, 'AI fallback failed');
                    return undefined;
                }
                const content = typeof response.message?.content === 'string' ? response.message.content.trim() : '';
                const known = !saysDontKnow(content);
                logger.info({ known, ms: Date.now() - started }, 'AI fallback answered');
                return known ? content : undefined;
            } catch (error) {
                logger.warn({ err: (error as Error).message, ms: Date.now() - started }, 'AI fallback failed');
                return undefined;
            }
        }
    };
}

/** Rejects after `ms`; the late result, if any, is dropped. */
export async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    });
    try {
        return await Promise.race([promise, timeout]);
    } finally {
        clearTimeout(timer);
    }
}
