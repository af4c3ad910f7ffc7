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

/**
 * The `k` highest-scoring ids among `ids` (a bounded min-heap), best first; ids scoring 0 or less
 * are left out. Equal scores are ordered by id, lower first, at the cut too: which ids are kept
 * does not depend on their order in `ids` (a search may score passages in any order).
 */
export function topK(ids: ArrayLike<number>, scores: Float64Array, k: number): [number, number][] {
  // The heap in a typed array, its root (the worst kept) at hand: most ids only meet that one
  // comparison.
  const heap = new Int32Array(Math.max(0, k));
  let size = 0;
  let rootId = -1;
  let rootScore = 0;
  for (let at = 0; at < ids.length; at++) {
    const id = ids[at] ?? 0;
    const s = scores[id] ?? 0;
    if (s <= 0) continue;
    if (size < k) {
      let i = size++;
      heap[i] = id;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        const parentId = heap[parent] ?? 0;
        if (!worse(id, s, parentId, scores[parentId] ?? 0)) break;
        heap[i] = parentId;
        heap[parent] = id;
        i = parent;
      }
    } else if (worse(rootId, rootScore, id, s)) {
      heap[0] = id;
      siftDown(heap, size, scores);
    } else continue;
    rootId = heap[0] ?? 0;
    rootScore = scores[rootId] ?? 0;
  }
  return Array.from(heap.subarray(0, size), (id): [number, number] => [id, scores[id] ?? 0]).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
}

/** Whether id `a` scoring `sa` ranks below id `b` scoring `sb`: a lower score, or the same and a higher id. */
function worse(a: number, sa: number, b: number, sb: number): boolean {
  return sa < sb || (sa === sb && a > b);
}

/** Moves the root of a min-heap (worst first, by `scores` then id) down to its place. */
function siftDown(heap: Int32Array, size: number, scores: Float64Array): void {
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let smallest = i;
    let smallestId = heap[i] ?? 0;
    let smallestScore = scores[smallestId] ?? 0;
    for (let child = l; child <= r && child < size; child++) {
      const id = heap[child] ?? 0;
      const s = scores[id] ?? 0;
      if (worse(id, s, smallestId, smallestScore)) {
        smallest = child;
        smallestId = id;
        smallestScore = s;
      }
    }
    if (smallest === i) return;
    heap[smallest] = heap[i] ?? 0;
    heap[i] = smallestId;
    i = smallest;
  }
}
