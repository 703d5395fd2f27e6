import MiniSearch, { type Options, type SearchOptions } from 'minisearch';

/** One scored result, as `MiniSearch#search` gives it: the document id, its score and the query terms it matched. */
export interface ScoredDocument {
    id: string;
    score: number;
    queryTerms: string[];
}

/** What a query asks beyond its terms: each is what the `SearchOptions` of the same name does. */
export interface QueryOptions {
    fuzzy: (term: string) => number | false;
    prefix: (term: string) => boolean;
    boostTerm: (term: string) => number;
    /** By document id; the same for a document every time it is asked: its values are kept per function. */
    boostDocument: (id: string) => number;
}

type FieldTermData = Map<number, Map<number, number>>;

/** One query's scratch space, by document: its boost (NaN until asked), the current term's score, whether it has one yet. */
interface Query {
    documentBoost: Float64Array;
    boostDocument: (id: string) => number;
    perTerm: Float64Array;
    seen: Uint8Array;
    /** Documents the current term scored, in the order first found: the first `touchedCount`. */
    touched: Int32Array;
    touchedCount: number;
}

/** A term's occurrences, field by field in index order, each with its BM25 score (it depends on the index alone). */
interface Postings {
    fieldBoost: number[];
    docs: number[];
    bm25: number[];
}

const BOOST_FUNCTIONS_KEPT = 8;

/** A query's scratch space by document: its scores, which distinct query terms it matched, the order documents were found. */
class Scratch {
    readonly query: Query;
    readonly total: Float64Array;
    /** How many distinct query terms each document matched. */
    readonly count: Uint32Array;
    /** Which of the first 32 distinct query terms each document matched, as bits; later terms in `more`. */
    readonly mask: Uint32Array;
    private more?: Map<number, Set<number>>;
    /** Documents in the order first found. */
    readonly order: Int32Array;

    /** Each `boostDocument` function's values by document (NaN until asked): they do not change, so they are kept. */
    private readonly boosts = new Map<(id: string) => number, Float64Array>();

    constructor(private readonly size: number, boostDocument: (id: string) => number) {
        this.query = { documentBoost: this.boostsOf(boostDocument), boostDocument, perTerm: new Float64Array(size), seen: new Uint8Array(size), touched: new Int32Array(size), touchedCount: 0 };
        this.total = new Float64Array(size);
        this.count = new Uint32Array(size);
        this.mask = new Uint32Array(size);
        this.order = new Int32Array(size);
    }

    /** A few functions at most (one per kind of query); more are not kept. */
    private boostsOf(boostDocument: (id: string) => number): Float64Array {
        const kept = this.boosts.get(boostDocument);
        if (kept) return kept;
        const boosts = new Float64Array(this.size).fill(NaN);
        if (this.boosts.size < BOOST_FUNCTIONS_KEPT) this.boosts.set(boostDocument, boosts);
        return boosts;
    }

    clear(boostDocument: (id: string) => number): void {
        const { query } = this;
        query.documentBoost = this.boostsOf(boostDocument);
        query.boostDocument = boostDocument;
        query.perTerm.fill(0);
        query.seen.fill(0);
        query.touchedCount = 0;
        this.total.fill(0);
        this.count.fill(0);
        this.mask.fill(0);
        this.more = undefined;
    }

    hasTerm(doc: number, k: number): boolean {
        return k < 32 ? ((this.mask[doc] >>> k) & 1) === 1 : (this.more?.get(doc)?.has(k) ?? false);
    }

    addTerm(doc: number, k: number): void {
        if (k < 32) this.mask[doc] |= 1 << k;
        else {
            this.more ??= new Map();
            const terms = this.more.get(doc) ?? new Set<number>();
            terms.add(k);
            this.more.set(doc, terms);
        }
    }
}

/** Words whose expansions are kept. */
const EXPANSIONS_KEPT = 2000;

/** A map that forgets its least recently used entry beyond `size`. */
class RecentlyUsed<V> {
    private readonly entries = new Map<string, V>();
    constructor(private readonly size: number) {}

    get<T extends V>(key: string, compute: () => T): T {
        const kept = this.entries.get(key) as T | undefined;
        if (kept !== undefined) {
            this.entries.delete(key);
            this.entries.set(key, kept);
            return kept;
        }
        const value = compute();
        if (this.entries.size >= this.size) this.entries.delete(this.entries.keys().next().value as string);
        this.entries.set(key, value);
        return value;
    }

    clear(): void {
        this.entries.clear();
    }
}

/**
 * MiniSearch with a lean query path for an index that is built once and then only queried (the knowledge base).
 * `MiniSearch#search` recomputes every term's BM25 score per field and document on every query, through option
 * merging, callbacks and one result object per match; here each term's scores are computed once and a query only
 * adds them up in typed arrays. Scores, order and matched query terms are exactly those of `MiniSearch#search` with
 * the same options (OR, field boosts, prefix and fuzzy weights): same arithmetic in the same order, same tie order
 * (test/unit/bm25Index.test.ts compares them). Documents are only added, never discarded.
 */
export class Bm25Index<T> extends MiniSearch<T> {
    private readonly postings = new Map<string, Postings>();
    private readonly boosts: number[];
    private readonly fieldOrder: number[];
    private idList?: string[];
    private scratch?: Scratch;
    /**
     * A word's prefix and fuzzy expansions: walking the index's radix tree for a misspelt word is the dearest part of
     * a query, and a fixed index gives the same expansions every time. Bounded: misspellings are countless.
     */
    private readonly expansions = new RecentlyUsed<Map<string, number> | string[]>(EXPANSIONS_KEPT);

    constructor(options: Options<T> & { searchOptions: SearchOptions & { boost: Record<string, number> } }) {
        super(options);
        // Terms are combined with OR, as the knowledge search asks.
        if ((options.searchOptions.combineWith ?? 'or').toLowerCase() !== 'or') throw new Error('Bm25Index: only OR queries are supported');
        this.fieldOrder = options.fields.map((field) => this._fieldIds[field]);
        this.boosts = options.fields.map((field) => options.searchOptions.boost[field] || 1);
    }

    /** A new document changes every term's scores (document count, average field lengths): they are computed again. */
    override add(document: T): void {
        super.add(document);
        this.postings.clear();
        this.expansions.clear();
        this.idList = undefined;
    }

    /** MiniSearch keeps a discarded document in its term data until it vacuums, which the cached scores would not see. */
    override discard(_id: unknown): void {
        throw new Error('Bm25Index: documents cannot be discarded; build a new index');
    }

    override remove(_document: T): void {
        throw new Error('Bm25Index: documents cannot be removed; build a new index');
    }

    /** The `limit` best documents for `terms` (already processed query terms), best first. */
    scored(terms: readonly string[], options: QueryOptions, limit = Infinity): ScoredDocument[] {
        // MiniSearch's defaults where the index's options leave these out.
        const { maxFuzzy = 6, weights } = this._options.searchOptions ?? {};
        const fuzzyWeight = weights?.fuzzy ?? 0.45;
        const prefixWeight = weights?.prefix ?? 0.375;
        const scratch = this.scratchFor(options.boostDocument);
        const { query, total, count, order } = scratch;
        // Each distinct term by the order it first appears in: a document's matched terms are kept as bits, not lists.
        const distinct = new Map<string, number>();
        let found = 0;
        for (const term of terms) {
            if (!term) continue;
            let k = distinct.get(term);
            if (k === undefined) distinct.set(term, (k = distinct.size));
            const termBoost = options.boostTerm(term);
            this.accumulate(query, term, 1, termBoost);
            const fuzzy = options.fuzzy(term);
            const maxDistance = fuzzy ? (fuzzy < 1 ? Math.min(maxFuzzy, Math.round(term.length * fuzzy)) : fuzzy) : 0;
            // A term found both ways is scored as a prefix match only.
            const byPrefix = options.prefix(term) ? this.startingWith(term) : [];
            for (const derived of byPrefix) {
                this.accumulate(query, derived, (prefixWeight * derived.length) / (derived.length + 0.3 * (derived.length - term.length)), termBoost);
            }
            if (maxDistance) {
                for (const [derived, distance] of this.near(term, maxDistance)) {
                    if (!distance || byPrefix.includes(derived)) continue;
                    this.accumulate(query, derived, (fuzzyWeight * derived.length) / (derived.length + distance), termBoost);
                }
            }
            // Term by term, in the order documents were first found: the tie order MiniSearch's result map has.
            for (let t = 0; t < query.touchedCount; t++) {
                const doc = query.touched[t];
                if (count[doc] === 0) order[found++] = doc;
                if (!scratch.hasTerm(doc, k)) {
                    scratch.addTerm(doc, k);
                    count[doc] += 1;
                }
                total[doc] = total[doc] + query.perTerm[doc];
                query.perTerm[doc] = 0;
                query.seen[doc] = 0;
            }
            query.touchedCount = 0;
        }
        // The best `limit`, kept in order as they are found; a later document goes after earlier ones of equal score
        // (MiniSearch sorts its result map stably). Only the kept ones become result objects.
        const bestDocs: number[] = [];
        const bestScores: number[] = [];
        for (let i = 0; i < found; i++) {
            const doc = order[i];
            const score = total[doc] * (count[doc] || 1);
            if (bestDocs.length >= limit && !(score > bestScores[bestScores.length - 1])) continue;
            // Insertion without splice (which allocates an array for what it removes).
            let at = bestDocs.length;
            bestDocs.push(doc);
            bestScores.push(score);
            while (at > 0 && bestScores[at - 1] < score) {
                bestDocs[at] = bestDocs[at - 1];
                bestScores[at] = bestScores[at - 1];
                at--;
            }
            bestDocs[at] = doc;
            bestScores[at] = score;
            if (bestDocs.length > limit) {
                bestDocs.pop();
                bestScores.pop();
            }
        }
        const ids = this.ids();
        const distinctTerms = [...distinct.keys()];
        return bestDocs.map((doc, i) => ({ id: ids[doc], score: bestScores[i], queryTerms: distinctTerms.filter((_, k) => scratch.hasTerm(doc, k)) }));
    }

    /**
     * The per-document arrays of a query, cleared: kept between queries, since allocating them was a good part of a
     * query's cost. A query runs synchronously from start to end, so one set serves every query.
     */
    private scratchFor(boostDocument: (id: string) => number): Scratch {
        const size = this._nextId;
        if (this.scratch?.total.length !== size) this.scratch = new Scratch(size, boostDocument);
        this.scratch.clear(boostDocument);
        return this.scratch;
    }

    private accumulate(query: Query, term: string, termWeight: number, termBoost: number) {
        const postings = this.postingsOf(term);
        if (!postings) return;
        const { docs, fieldBoost, bm25 } = postings;
        for (let i = 0; i < docs.length; i++) {
            const doc = docs[i];
            let docBoost = query.documentBoost[doc];
            if (Number.isNaN(docBoost)) docBoost = query.documentBoost[doc] = query.boostDocument(this.ids()[doc]);
            if (!docBoost) continue;
            query.perTerm[doc] += termWeight * termBoost * fieldBoost[i] * docBoost * bm25[i];
            if (!query.seen[doc]) {
                query.seen[doc] = 1;
                query.touched[query.touchedCount++] = doc;
            }
        }
    }

    /** Whether the index holds a term within `distance` edits (Levenshtein) of `term`. */
    hasTermNear(term: string, distance: number): boolean {
        return this.near(term, distance).size > 0;
    }

    /** Index terms within `distance` edits of `term`, with their distance, in the index's order. */
    private near(term: string, distance: number): Map<string, number> {
        return this.expansions.get(`~${distance}:${term}`, () => new Map([...this._index.fuzzyGet(term, distance)].map(([derived, [, d]]) => [derived, d])));
    }

    /** Index terms longer than `term` that start with it, in the index's order. */
    private startingWith(term: string): string[] {
        return this.expansions.get(`^${term}`, () => [...this._index.atPrefix(term).keys()].filter((derived) => derived.length > term.length));
    }

    /** Document ids by MiniSearch's short id. */
    private ids(): string[] {
        if (!this.idList) {
            this.idList = [];
            for (const [doc, id] of this._documentIds) this.idList[doc] = id;
        }
        return this.idList;
    }

    private postingsOf(term: string): Postings | undefined {
        const known = this.postings.get(term);
        if (known) return known;
        const data = this._index.get(term) as FieldTermData | undefined;
        if (!data) return undefined;
        const { k = 1.2, b = 0.7, d = 0.5 } = this._options.searchOptions?.bm25 ?? {};
        const postings: Postings = { fieldBoost: [], docs: [], bm25: [] };
        this.fieldOrder.forEach((fieldId, f) => {
            const frequencies = data.get(fieldId);
            if (!frequencies) return;
            const matching = frequencies.size;
            const averageLength = this._avgFieldLength[fieldId];
            for (const [doc, frequency] of frequencies) {
                const fieldLength = this._fieldLength.get(doc)![fieldId];
                const inverse = Math.log(1 + (this._documentCount - matching + 0.5) / (matching + 0.5));
                postings.fieldBoost.push(this.boosts[f]);
                postings.docs.push(doc);
                postings.bm25.push(inverse * (d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * fieldLength) / averageLength))));
            }
        });
        this.postings.set(term, postings);
        return postings;
    }
}
