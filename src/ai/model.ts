import { OpenAIModel } from '@microsoft/teams-ai';
import type { AiSettings } from '../config';

/** Longest a technician waits for the model before the usual "did you mean" topics. */
export const AI_TIMEOUT_MS = 8000;

/** The OpenAI or Azure OpenAI chat model. Building it opens no connection. */
export function createModel(ai: AiSettings): OpenAIModel {
    // One attempt within the time bound: a retry could not finish before the fallback anyway.
    const common = { useSystemMessages: true, clientOptions: { timeout: AI_TIMEOUT_MS, maxRetries: 0 } };
    if (ai.provider === 'openai') return new OpenAIModel({ ...common, apiKey: ai.apiKey, defaultModel: ai.model });
    return new OpenAIModel({
        ...common,
        azureApiKey: ai.apiKey,
        azureEndpoint: ai.endpoint,
        azureDefaultDeployment: ai.deployment
    });
}
