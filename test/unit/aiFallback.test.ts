import { TestAdapter, TurnContext } from 'botbuilder';
import type { Memory } from '@microsoft/teams-ai';
import { aiFallbackFor, createAiFallback, withTimeout } from '../../src/ai/fallback';
import { excerpt, knowledgeExcerpts } from '../../src/ai/knowledge';
import { createModel } from '../../src/ai/model';
import { DONT_KNOW, fallbackPrompt, saysDontKnow } from '../../src/ai/prompt';
import type { AppState } from '../../src/memory/conversationMemory';
import { allEntries, errorEntryForCode, getEntry, stepEntry } from '../../src/knowledge';
import type { KnowledgeSearch } from '../../src/knowledge/search';
import { messageActivity } from '../support/activities';
import { silentLogger } from '../support/silentLogger';
import { StubModel } from '../support/stubModel';

/** A search that returns the first `n` entries, never confident: grounding must not depend on confidence. */
function fakeSearch(): KnowledgeSearch & { queries: [string, number | undefined][] } {
    const queries: [string, number | undefined][] = [];
    return {
        queries,
        search: (query, limit) => {
            queries.push([query, limit]);
            return allEntries.slice(0, 8).map((entry, i) => ({ entry, score: 10 - i, confident: false }));
        }
    };
}

/** Turn state stand-in: a flat map is all the prompt reads and writes. */
function memoryState(): AppState {
    const values = new Map<string, unknown>();
    const memory: Memory = {
        getValue: <T>(path: string) => values.get(path) as T,
        setValue: (path, value) => void values.set(path, value),
        hasValue: (path) => values.has(path),
        deleteValue: (path) => void values.delete(path)
    };
    return memory as unknown as AppState;
}

const AZURE_URL = 'https://x.openai.azure.com';
const context = () => new TurnContext(new TestAdapter(), messageActivity('anything'));

describe('saysDontKnow', () => {
    const sentinels = [DONT_KNOW, "I don't know.", 'i dont know', 'I do not know that.', 'Sorry, I don’t know.', ''];
    it.each(sentinels)('%j is the sentinel', (text) => {
        expect(saysDontKnow(text)).toBe(true);
    });
    const answers = ['Press the Windows key five times.', "If you don't know the serial, check the sticker."];
    it.each(answers)('%j is an answer', (text) => {
        expect(saysDontKnow(text)).toBe(false);
    });
});

describe('fallbackPrompt', () => {
    it('is a code-defined chat prompt without history or actions, and asks for the sentinel', () => {
        const prompt = fallbackPrompt();
        expect(prompt.config.completion).toMatchObject({ include_history: false, include_input: true, temperature: 0 });
        expect(prompt.actions).toBeUndefined();
        expect(prompt.augmentation).toBeUndefined();
    });
});

describe('knowledgeExcerpts', () => {
    it('inserts the top 5 hits, confident or not, with title, short and details', () => {
        const search = fakeSearch();
        const text = knowledgeExcerpts('esp is odd', search);
        expect(search.queries).toEqual([['esp is odd', 5]]);
        for (const entry of allEntries.slice(0, 5)) {
            expect(text).toContain(entry.title);
            expect(text).toContain(entry.short);
            for (const detail of entry.details) expect(text).toContain(detail);
        }
        expect(text).not.toContain(allEntries[5].title);
    });

    it('says so when nothing matches, without searching empty text', () => {
        const search = fakeSearch();
        expect(knowledgeExcerpts('  ', search)).toMatch(/no knowledge entry/);
        expect(search.queries).toHaveLength(0);
        expect(knowledgeExcerpts('xyzzy', { search: () => [] })).toMatch(/no knowledge entry/);
    });

    it('gives steps their portal path and errors their codes, cause and fix', () => {
        const step = stepEntry(5)!;
        expect(excerpt(step)).toContain(step.where);
        const error = errorEntryForCode('0x800705B4')!;
        const text = excerpt(error);
        expect(text).toContain('Codes: 0x800705B4');
        expect(text).toContain(error.cause);
        expect(text).toContain(error.fix[0]);
        expect(excerpt(getEntry('esp-overview')!)).not.toMatch(/Codes:|Where:/);
    });
});

describe('aiFallbackFor', () => {
    it('renders the prompt with the excerpts and the user text, and returns the trimmed answer', async () => {
        const model = new StubModel(() => '  Press the Windows key five times.  ');
        const search = fakeSearch();
        const ai = aiFallbackFor({ model, logger: silentLogger, search });
        const state = memoryState();
        expect(await ai.answer(context(), state, 'how do I start it')).toBe('Press the Windows key five times.');
        expect(search.queries).toEqual([['how do I start it', 5]]);
        expect(model.calls[0].text).toContain(allEntries[0].title);
        expect(model.calls[0].messages.at(-1)).toEqual({ role: 'user', content: 'how do I start it' });
        // The fork keeps the prompt's scratch values out of the conversation state.
        expect(state.getValue('temp.input')).toBeUndefined();
    });

    it.each([
        ['the sentinel', () => `${DONT_KNOW}.`],
        ['an empty answer', () => ''],
        [
            'a throw',
            () => {
                throw new Error('boom');
            }
        ]
    ])('returns undefined on %s', async (_name, respond) => {
        const ai = aiFallbackFor({ model: new StubModel(respond), logger: silentLogger, search: fakeSearch() });
        await expect(ai.answer(context(), memoryState(), 'q')).resolves.toBeUndefined();
    });

    it('returns undefined for a non-success status and when the model is too slow', async () => {
        const rateLimited = {
            completePrompt: async () => ({ status: 'rate_limited' as const, error: new Error('429') })
        };
        const limited = aiFallbackFor({ model: rateLimited, logger: silentLogger, search: fakeSearch() });
        await expect(limited.answer(context(), memoryState(), 'q')).resolves.toBeUndefined();
        const never = new StubModel(() => new Promise<string>(() => undefined));
        const slow = aiFallbackFor({ model: never, logger: silentLogger, search: fakeSearch(), timeoutMs: 30 });
        const started = Date.now();
        await expect(slow.answer(context(), memoryState(), 'q')).resolves.toBeUndefined();
        expect(Date.now() - started).toBeLessThan(2000);
    });
});

describe('withTimeout', () => {
    it('passes a prompt result through and rejects a late one', async () => {
        await expect(withTimeout(Promise.resolve(1), 50)).resolves.toBe(1);
        await expect(withTimeout(new Promise(() => undefined), 10)).rejects.toThrow(/timed out after 10 ms/);
    });
});

describe('createAiFallback / createModel', () => {
    it('builds nothing without AI settings', () => {
        expect(createAiFallback(undefined, silentLogger, fakeSearch())).toBeUndefined();
    });

    it('builds an OpenAI model with a bounded, single-attempt client, and no request', () => {
        const settings = { provider: 'openai', apiKey: 'sk-test', model: 'gpt-4o-mini' } as const;
        expect(createModel(settings).options).toMatchObject({
            apiKey: 'sk-test',
            defaultModel: 'gpt-4o-mini',
            clientOptions: { timeout: 8000, maxRetries: 0 }
        });
        expect(createAiFallback(settings, silentLogger, fakeSearch())?.planner.model).toBeDefined();
    });

    it('builds an Azure OpenAI model for the deployment', () => {
        const model = createModel({ provider: 'azure', apiKey: 'k', endpoint: AZURE_URL, deployment: 'd' });
        expect(model.options).toMatchObject({
            azureApiKey: 'k',
            azureEndpoint: AZURE_URL,
            azureDefaultDeployment: 'd'
        });
    });
});
