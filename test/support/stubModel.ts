import type { TurnContext } from 'botbuilder';
import type {
    Memory,
    Message,
    PromptCompletionModel,
    PromptFunctions,
    PromptTemplate,
    Tokenizer
} from '@microsoft/teams-ai';

/** teams-ai does not export PromptResponse from its root. */
type PromptResponse = Awaited<ReturnType<PromptCompletionModel['completePrompt']>>;

export interface StubCall {
    /** The messages the real model would have been sent, rendered from the template. */
    messages: Message<string>[];
    /** All of them as one string, for `toContain`. */
    text: string;
}

/**
 * A teams-ai PromptCompletionModel with no network: renders the prompt as OpenAIModel does, records it, and answers
 * with whatever `respond` returns (or throws).
 */
export class StubModel implements PromptCompletionModel {
    readonly calls: StubCall[] = [];

    constructor(private readonly respond: (call: StubCall) => string | Promise<string>) {}

    async completePrompt(
        context: TurnContext,
        memory: Memory,
        functions: PromptFunctions,
        tokenizer: Tokenizer,
        template: PromptTemplate
    ): Promise<PromptResponse> {
        const maxTokens = template.config.completion.max_input_tokens;
        const rendered = await template.prompt.renderAsMessages(context, memory, functions, tokenizer, maxTokens);
        const messages = rendered.output as Message<string>[];
        const call = { messages, text: messages.map((m) => `${m.role}: ${m.content}`).join('\n') };
        this.calls.push(call);
        const content = await this.respond(call);
        return { status: 'success', input: messages[messages.length - 1], message: { role: 'assistant', content } };
    }
}
