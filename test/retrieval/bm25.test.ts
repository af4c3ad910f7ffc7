import { describe, expect, it } from "vitest";
import { bm25Idf, bm25Tf, topK } from "../../src/retrieval/bm25.ts";

describe("BM25", () => {
  it("gives a rare term a higher idf than a common one, always above 0", () => {
    expect(bm25Idf(1, 1000)).toBeGreaterThan(bm25Idf(100, 1000));
    expect(bm25Idf(1000, 1000)).toBeGreaterThan(0);
  });

  it("saturates term frequency and favours short passages", () => {
    expect(bm25Tf(2, 10, 10)).toBeGreaterThan(bm25Tf(1, 10, 10));
    expect(bm25Tf(20, 10, 10) - bm25Tf(10, 10, 10)).toBeLessThan(bm25Tf(2, 10, 10) - bm25Tf(1, 10, 10));
    expect(bm25Tf(1, 5, 10)).toBeGreaterThan(bm25Tf(1, 20, 10));
  });

  it("keeps the k best ids, best first, and leaves out ids scoring nothing", () => {
    const scores = Float64Array.from([0, 3, 1, 5, 0, 2]);
    expect(topK([1, 2, 3, 4, 5], scores, 3)).toEqual([
      [3, 5],
      [1, 3],
      [5, 2],
    ]);
    expect(topK([0, 4], scores, 3)).toEqual([]);
  });

  it("keeps, among equal scores at the cut, the lower ids, whatever the order of the ids", () => {
    const reference = (ids: readonly number[], scores: Float64Array, k: number): [number, number][] =>
      ids
        .filter((id) => (scores[id] ?? 0) > 0)
        .map((id): [number, number] => [id, scores[id] ?? 0])
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, k);
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let trial = 0; trial < 500; trial++) {
      // Few distinct scores: many ties at the cut.
      const scores = Float64Array.from({ length: 200 }, () => random(4) / 2);
      const ids = [...new Set(Array.from({ length: 1 + random(150) }, () => random(200)))];
      const k = 1 + random(30);
      expect(topK(Int32Array.from(ids), scores, k)).toEqual(reference(ids, scores, k));
      expect(topK(Int32Array.from(ids.reverse()), scores, k)).toEqual(reference(ids, scores, k));
    }
  });
});
