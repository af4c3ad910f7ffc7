/** BM25 parameters: `k1` saturates term frequency, `b` normalises by length (0 none, 1 full). */
export interface Bm25Params {
  k1: number;
  b: number;
}

/** The usual defaults (Robertson et al.). */
export const DEFAULT_BM25_PARAMS: Bm25Params = { k1: 1.2, b: 0.75 };

interface Postings {
  ids: Uint32Array;
  tfs: Uint16Array;
}

/** One field of an inverted index: term → postings, with the lengths of the documents. */
class Field {
  readonly #postings = new Map<string, Postings>();
  readonly #lengths: Float32Array;
  readonly #averageLength: number;
  /** Sorted vocabulary, for prefix look-ups. */
  readonly #sortedTerms: string[];

  readonly #params: Bm25Params;

  constructor(documents: readonly (readonly string[])[], params: Bm25Params) {
    this.#params = params;
    const building = new Map<string, { ids: number[]; tfs: number[] }>();
    this.#lengths = new Float32Array(documents.length);
    let total = 0;
    documents.forEach((terms, id) => {
      this.#lengths[id] = terms.length;
      total += terms.length;
      const counts = new Map<string, number>();
      for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const [term, tf] of counts) {
        let list = building.get(term);
        if (!list) {
          list = { ids: [], tfs: [] };
          building.set(term, list);
        }
        list.ids.push(id);
        list.tfs.push(Math.min(tf, 65535));
      }
    });
    for (const [term, list] of building) {
      this.#postings.set(term, { ids: Uint32Array.from(list.ids), tfs: Uint16Array.from(list.tfs) });
    }
    this.#averageLength = documents.length === 0 ? 1 : Math.max(1, total / documents.length);
    this.#sortedTerms = [...this.#postings.keys()].sort();
  }

  /** Terms of the vocabulary that start with `prefix` (including `prefix` itself). */
  termsWithPrefix(prefix: string): string[] {
    const terms = this.#sortedTerms;
    let low = 0;
    let high = terms.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((terms[mid] ?? "") < prefix) low = mid + 1;
      else high = mid;
    }
    const found: string[] = [];
    for (let i = low; i < terms.length && (terms[i] ?? "").startsWith(prefix); i++) found.push(terms[i] ?? "");
    return found;
  }

  /** Adds `weight ×` the BM25 contribution of `term` to each document's score. */
  accumulate(term: string, weight: number, scores: Float64Array, touched: number[]): void {
    const postings = this.#postings.get(term);
    if (!postings) return;
    const n = this.#lengths.length;
    const df = postings.ids.length;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    const { ids, tfs } = postings;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] ?? 0;
      const tf = tfs[i] ?? 0;
      const { k1, b } = this.#params;
      const norm = k1 * (1 - b + (b * (this.#lengths[id] ?? 0)) / this.#averageLength);
      if (scores[id] === 0) touched.push(id);
      scores[id] = (scores[id] ?? 0) + (weight * idf * tf * (k1 + 1)) / (tf + norm);
    }
  }
}

/** One term of a query, with its weight and where to look for it. */
export interface QueryTerm {
  term: string;
  /** Multiplies the term's BM25 contribution (e.g. 2 for a name). */
  weight: number;
  /** Also match vocabulary terms that start with this one (at a discount). */
  prefix?: boolean;
}

/** Weight of a prefix match relative to an exact one. */
const PREFIX_DISCOUNT = 0.5;

/**
 * BM25 over documents with several fields (each scored on its own and summed with the
 * field's boost), on typed arrays. Written for this project instead of a search library
 * because the library measured ~1 s per query at 100k passages (see README, "Benchmark"):
 * here a query costs one pass over the postings of its terms.
 */
export class Bm25Index<FieldName extends string> {
  readonly #fields: Map<FieldName, Field>;
  readonly #count: number;

  /** `documents[id][field]` is the list of terms of document `id` in that field. */
  constructor(fieldNames: readonly FieldName[], documents: readonly Record<FieldName, readonly string[]>[], params: Bm25Params = DEFAULT_BM25_PARAMS) {
    this.#count = documents.length;
    this.#fields = new Map(fieldNames.map((name) => [name, new Field(documents.map((d) => d[name]), params)]));
  }

  /**
   * The best `limit` documents for the query, best first: `[id, score]` pairs, score > 0.
   * `boosts` weighs each field searched; terms are looked up in those fields.
   */
  search(queries: readonly { terms: readonly QueryTerm[]; boosts: Partial<Record<FieldName, number>> }[], limit: number): [number, number][] {
    const scores = new Float64Array(this.#count);
    const touched: number[] = [];
    for (const { terms, boosts } of queries) {
      for (const [name, boost] of Object.entries(boosts) as [FieldName, number][]) {
        const field = this.#fields.get(name);
        if (!field) continue;
        for (const { term, weight, prefix } of terms) {
          field.accumulate(term, boost * weight, scores, touched);
          if (!prefix) continue;
          for (const longer of field.termsWithPrefix(term)) {
            if (longer !== term) field.accumulate(longer, boost * weight * PREFIX_DISCOUNT, scores, touched);
          }
        }
      }
    }
    return topK(touched, scores, limit);
  }
}

/** The `k` highest-scoring ids among `ids` (a bounded min-heap), best first. */
function topK(ids: readonly number[], scores: Float64Array, k: number): [number, number][] {
  const heap: number[] = [];
  const score = (i: number): number => scores[heap[i] ?? 0] ?? 0;
  const swap = (a: number, b: number): void => {
    const t = heap[a] ?? 0;
    heap[a] = heap[b] ?? 0;
    heap[b] = t;
  };
  const siftDown = (start: number): void => {
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let smallest = i;
      if (l < heap.length && score(l) < score(smallest)) smallest = l;
      if (r < heap.length && score(r) < score(smallest)) smallest = r;
      if (smallest === i) return;
      swap(i, smallest);
      i = smallest;
    }
  };
  for (const id of ids) {
    const s = scores[id] ?? 0;
    if (s <= 0) continue;
    if (heap.length < k) {
      heap.push(id);
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (score(parent) <= score(i)) break;
        swap(i, parent);
        i = parent;
      }
    } else if (s > (scores[heap[0] ?? 0] ?? 0)) {
      heap[0] = id;
      siftDown(0);
    }
  }
  return heap.map((id): [number, number] => [id, scores[id] ?? 0]).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
}
