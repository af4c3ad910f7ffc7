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
});
