import { Prompt, PromptTemplate, SystemMessage, UserMessage } from '@microsoft/teams-ai';

/** The one prompt of the AI fallback, defined in code so the compiled bot needs no prompt files. */
export const FALLBACK_PROMPT = 'knowledgeFallback';

/** Template function that inserts the knowledge excerpts for `temp.input`. */
export const KNOWLEDGE_FUNCTION = 'knowledge';

/** What the model must answer when the excerpts do not cover the question; the bot then offers topics instead. */
export const DONT_KNOW = "I don't know";

const SYSTEM_TEXT = [
    'You help IT technicians with Windows Autopilot pre-provisioning (Entra join), in a Microsoft Teams chat.',
    'Answer ONLY questions about Windows Autopilot pre-provisioning, and ONLY from the knowledge excerpts below.',
    'Do not use anything you know from elsewhere.',
    'Answer briefly: at most 3 sentences, plain text, no headings or lists.',
    'Never invent error codes, settings, values, portal paths or URLs: mention only those written in the excerpts.',
    'Where it helps, name the title of the excerpt the answer comes from.',
    `If the excerpts do not answer the question, or it is about anything else, reply exactly: ${DONT_KNOW}`,
    '',
    'Knowledge excerpts:',
    `{{${KNOWLEDGE_FUNCTION}}}`
].join('\n');

/** Token budgets: five excerpts fit in about 1,500 tokens; the user's text is capped so it cannot crowd them out. */
const MAX_INPUT_TOKENS = 3000;
const MAX_USER_TOKENS = 1000;

export function fallbackPrompt(): PromptTemplate {
    return {
        name: FALLBACK_PROMPT,
        prompt: new Prompt([new SystemMessage(SYSTEM_TEXT), new UserMessage('{{$temp.input}}', MAX_USER_TOKENS)]),
        config: {
            schema: 1.1,
            type: 'completion',
            description: 'Answers what retrieval could not, grounded only in the knowledge entries',
            completion: {
                completion_type: 'chat',
                // Each question stands alone: no history, so an earlier answer cannot become a source.
                include_history: false,
                include_input: true,
                include_images: false,
                max_tokens: 200,
                max_input_tokens: MAX_INPUT_TOKENS,
                temperature: 0,
                top_p: 1,
                frequency_penalty: 0,
                presence_penalty: 0
            }
        }
    };
}

/** True when the model gave up (the sentinel anywhere in the reply) or said nothing. */
export function saysDontKnow(answer: string): boolean {
    return answer.trim() === '' || /\bI\s+(?:don['’]?t|do\s+not)\s+know\b/i.test(answer);
}
