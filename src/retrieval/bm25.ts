/** BM25 parameters: `k1` saturates term frequency, `b` normalises by length (0 none, 1 full). */
export interface Bm25Params {
  k1: number;
  b: number;
}

/** The usual defaults (Robertson et al.); the project's live in `RETRIEVAL_SETTINGS`. */
export const DEFAULT_BM25_PARAMS: Bm25Params = { k1: 1.2, b: 0.75 };

/** BM25's inverse document frequency of a term in `df` of `n` passages (> 0; rarer is higher). Pure. */
export function bm25Idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * BM25's term-frequency part for one passage: `tf` occurrences in a passage of `length` terms,
 * the field's average length being `averageLength`. Multiply by `bm25Idf` for the term's score. Pure.
 */
export function bm25Tf(tf: number, length: number, averageLength: number, params: Bm25Params = DEFAULT_BM25_PARAMS): number {
  const { fixed, perLength } = bm25LengthNorm(averageLength, params);
  return (tf * (params.k1 + 1)) / (tf + fixed + perLength * length);
}

/**
 * `bm25Tf`'s length normalisation `k1 (1 − b + b · length / averageLength)` as `fixed + perLength ·
 * length`, for loops over many postings of one term (computed once, not per posting). Pure.
 */
export function bm25LengthNorm(averageLength: number, params: Bm25Params = DEFAULT_BM25_PARAMS): { fixed: number; perLength: number } {
  return { fixed: params.k1 * (1 - params.b), perLength: (params.k1 * params.b) / averageLength };
}

/** The `k` highest-scoring ids among `ids` (a bounded min-heap), best first; ids scoring 0 or less are left out. */
export function topK(ids: ArrayLike<number>, scores: Float64Array, k: number): [number, number][] {
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
  for (let at = 0; at < ids.length; at++) {
    const id = ids[at] ?? 0;
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
