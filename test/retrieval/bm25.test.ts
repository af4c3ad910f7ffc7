import { describe, expect, it } from "vitest";
import { Bm25Index } from "../../src/retrieval/bm25.ts";

const docs = [
  { body: ["crocus", "hall", "attack"] },
  { body: ["crocus", "hall", "attack", "attack", "death", "toll"] },
  { body: ["almaty", "riots"] },
  { body: ["dagestan", "mourning", "decree", "dagestan"] },
];
const index = new Bm25Index(["body"], docs);
const search = (terms: string[], limit = 10, prefix = false) =>
  index.search([{ terms: terms.map((term) => ({ term, weight: 1, prefix })), boosts: { body: 1 } }], limit);

describe("Bm25Index", () => {
  it("ranks the document with more of the rarer query terms first", () => {
    expect(search(["attack", "death"])[0]?.[0]).toBe(1);
    expect(search(["riots"])).toEqual([[2, expect.any(Number)]]);
  });

  it("scores a rare term above a common one", () => {
    const [[, rare] = [0, 0]] = search(["mourning"]);
    const [[, common] = [0, 0]] = search(["crocus"]);
    expect(rare).toBeGreaterThan(common);
  });

  it("returns at most `limit` hits, best first, and nothing for unknown terms", () => {
    const hits = search(["crocus", "hall", "almaty", "dagestan"], 2);
    expect(hits).toHaveLength(2);
    expect(hits[0]![1]).toBeGreaterThanOrEqual(hits[1]![1]);
    expect(search(["fifa"])).toEqual([]);
  });

  it("matches longer terms by prefix when asked, at a discount", () => {
    expect(search(["dagest"])).toEqual([]);
    const prefixed = search(["dagest"], 10, true);
    expect(prefixed[0]?.[0]).toBe(3);
    const [[, exact] = [0, 0]] = search(["dagestan"]);
    expect(prefixed[0]![1]).toBeLessThan(exact);
  });

  it("weighs fields by their boost", () => {
    const two = new Bm25Index(["title", "body"], [
      { title: ["summit"], body: [] },
      { title: [], body: ["summit"] },
    ]);
    const hits = two.search([{ terms: [{ term: "summit", weight: 1 }], boosts: { title: 1, body: 0.3 } }], 5);
    expect(hits.map(([id]) => id)).toEqual([0, 1]);
  });
});
