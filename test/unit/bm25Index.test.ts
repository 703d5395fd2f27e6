import MiniSearch from 'minisearch';
import { allEntries } from '../../src/knowledge';
import { Bm25Index, type QueryOptions } from '../../src/knowledge/bm25Index';
import { loadHeldout } from '../eval/heldoutSet';
import { questions } from '../eval/questions';

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
const processTerm = (term: string) => (term.length < 2 ? null : term.toLowerCase().replace(/(?:ing|ed|s)$/, ''));
const FIELDS = ['title', 'keywords', 'short', 'details'];
const searchOptions = {
    boost: { title: 3, keywords: 2, short: 1.5, details: 1 },
    maxFuzzy: 2,
    combineWith: 'OR' as const
};

/** The knowledge entries as documents, every field plain text. */
const documents = allEntries.map((entry) => ({ id: entry.id, title: entry.title, keywords: entry.keywords.join(' '), short: entry.short, details: entry.details.join(' ') }));

function buildIndex() {
    const index = new Bm25Index<Record<string, string>>({ fields: FIELDS, processTerm, searchOptions });
    index.addAll(documents);
    return index;
}

const queryTerms = (text: string) => [...new Set(tokenize(text).map(processTerm).filter((term): term is string => !!term))];

/** Questions technicians typed (the eval sets) and a few with typos and unknown words, to exercise prefix and fuzzy terms. */
const texts = [
    ...questions.map((question) => question.text),
    ...(loadHeldout() ?? []).flatMap((item) => ('turns' in item ? item.turns : [item.text])),
    'preprovisoning faild on windws', 'enrolment stauts page', 'attestaion tpm', 'hardwre hash', 'x', 'reseal',
    // More than 32 distinct terms: matched terms beyond the first 32 are kept apart.
    documents.slice(0, 4).map((document) => `${document.title} ${document.short}`).join(' ')
];

describe('Bm25Index', () => {
    const index = buildIndex();
    const known = new Set(documents.flatMap((document) => FIELDS.flatMap((field) => queryTerms(document[field as keyof typeof document]))));
    const vocabulary = (term: string) => known.has(term);
    // The options the knowledge search gives: fuzzy and prefix only for unknown words, a document and a term boost.
    const options: QueryOptions = {
        fuzzy: (term) => (term.length >= 5 && !vocabulary(term) ? 0.2 : false),
        prefix: (term) => term.length >= 4 && !vocabulary(term),
        boostTerm: (term) => (term.startsWith('w') ? 0.3 : 1),
        boostDocument: (id) => (id.startsWith('error') ? 1 : 0.8)
    };
    const miniSearch = (terms: string[]) =>
        index.search(terms.join(' '), { ...options, processTerm: (t) => t }).map((result) => ({ id: result.id, score: result.score, queryTerms: result.queryTerms }));

    it('scores, orders and reports matched terms exactly as MiniSearch#search does', () => {
        let compared = 0;
        for (const text of texts) {
            const terms = queryTerms(text);
            const expected = miniSearch(terms);
            expect(index.scored(terms, options)).toEqual(expected);
            expect(index.scored(terms, options, 3)).toEqual(expected.slice(0, 3));
            compared += expected.length;
        }
        expect(compared).toBeGreaterThan(texts.length);
    });

    it('keeps equal scores in the order MiniSearch gives them', () => {
        const twins = new Bm25Index<Record<string, string>>({ fields: FIELDS, processTerm, searchOptions });
        twins.addAll(['a', 'b', 'c'].map((id) => ({ id, title: 'esp timeout', keywords: '', short: '', details: '' })));
        const scored = twins.scored(['timeout'], options);
        expect(scored.map((result) => result.id)).toEqual(['a', 'b', 'c']);
        expect(twins.scored(['timeout'], options, 2).map((result) => result.id)).toEqual(['a', 'b']);
    });

    it('scores again once a document is added, and refuses to forget one', () => {
        const growing = buildIndex();
        const before = growing.scored(['reseal'], options);
        growing.add({ id: 'extra', title: 'reseal reseal', keywords: '', short: '', details: '' });
        const after = growing.scored(['reseal'], options);
        expect(after.map((result) => result.id)).toContain('extra');
        expect(after.find((result) => result.id === before[0].id)?.score).not.toBe(before[0].score);
        expect(after).toEqual(growing.search('reseal', { ...options, processTerm: (t) => t }).map(({ id, score, queryTerms }) => ({ id, score, queryTerms })));
        expect(() => growing.discard('extra')).toThrow(/cannot be discarded/);
    });
});
