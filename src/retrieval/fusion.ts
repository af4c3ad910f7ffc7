/** The constant of reciprocal rank fusion: larger values flatten the advantage of the very top ranks. */
export const RRF_K = 60;

/**
 * Reciprocal rank fusion: each list gives an item 1/(k + rank) (rank 1-based), times the list's
 * weight (`weights`, by list; 1 when absent); the sums order the fused list. It needs no score
 * calibration between BM25 and cosine similarity, and neither side can drown the other. Returns
 * item → fused score (higher = better).
 */
export function reciprocalRankFusion(lists: readonly (readonly number[])[], k: number = RRF_K, weights: readonly number[] = []): Map<number, number> {
  const fused = new Map<number, number>();
  lists.forEach((list, which) => {
    const weight = weights[which] ?? 1;
    list.forEach((item, index) => {
      fused.set(item, (fused.get(item) ?? 0) + weight / (k + index + 1));
    });
  });
  return fused;
}
