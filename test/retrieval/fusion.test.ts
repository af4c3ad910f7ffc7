import { describe, expect, it } from "vitest";
import { reciprocalRankFusion, RRF_K } from "../../src/retrieval/fusion.ts";

describe("reciprocalRankFusion", () => {
  it("ranks an item found high by both sides above items found by one side", () => {
    const fused = reciprocalRankFusion([
      [1, 2, 3],
      [2, 4, 1],
    ]);
    const order = [...fused.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    expect(order[0]).toBe(2);
    expect(order.indexOf(1)).toBeLessThan(order.indexOf(4));
  });

  it("gives the top of a list 1/(k+1)", () => {
    expect(reciprocalRankFusion([[7]]).get(7)).toBeCloseTo(1 / (RRF_K + 1));
  });

  it("lets a vector-only hit outrank a low lexical hit (fusion does not drown either side)", () => {
    const lexical = Array.from({ length: 20 }, (_, i) => i);
    const fused = reciprocalRankFusion([lexical, [100]]);
    expect(fused.get(100)).toBeGreaterThan(fused.get(19) ?? 0);
  });

  it("weighs a list by its weight: an item first in a list of weight 2 outranks one first in a list of weight 1", () => {
    const fused = reciprocalRankFusion([[1, 2], [2, 1], [3]], RRF_K, [1, 1, 2]);
    expect(fused.get(3)).toBeCloseTo(2 / (RRF_K + 1));
    expect(fused.get(3)).toBeGreaterThan(fused.get(1) ?? 0);
    expect(reciprocalRankFusion([[1, 2], [2, 1], [3]]).get(3)).toBeLessThan(reciprocalRankFusion([[1, 2], [2, 1], [3]]).get(1) ?? 0);
  });
});
