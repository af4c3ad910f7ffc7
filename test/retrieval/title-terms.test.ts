import { describe, expect, it } from "vitest";
import { MAX_KEPT_TITLES, TitleTerms } from "../../src/retrieval/title-terms.ts";
import { defaultAnalyzer } from "../../src/text/analyzer.ts";

const analyzer = defaultAnalyzer();
const word = (text: string) => {
  const token = analyzer.analyze(text)[0];
  if (!token) throw new Error(`no token in ${text}`);
  return token;
};

describe("TitleTerms", () => {
  const titles = new TitleTerms((doc) => (doc === "a.md" ? "Взрыв на заводе в Ярцеве" : null), analyzer);

  it.each([
    ["взрыва", true],
    ["blast", true],
    ["заводе", true],
    ["пожар", false],
  ])("the headline «Взрыв на заводе в Ярцеве» holds %j: %s", (text, expected) => {
    expect(titles.covers("a.md", word(text))).toBe(expected);
  });

  it.each([
    ["увале", true],
    ["uval", true],
    ["заповедник", true],
    ["медведь", false],
  ])("the outlet «ФГБУ «Заповедник „Кедровый Увал“»» holds %j: %s", (text, expected) => {
    const outlets = new TitleTerms(() => null, analyzer, () => null, (doc) => (doc === "a.md" ? "ФГБУ «Заповедник „Кедровый Увал“»" : null));
    expect(outlets.outletNames("a.md", word(text))).toBe(expected);
    // (Not its title: the outlet's words say nothing of what the article is about.)
    expect(outlets.covers("a.md", word(text))).toBe(false);
  });

  it("tells whether an article is dated in a year, and that it cannot tell for an undated one", () => {
    const dated = new TitleTerms(() => null, analyzer, (doc) => (doc === "a.md" ? "2024-06-24" : null));
    expect(dated.datedIn("a.md", "2024")).toBe(true);
    expect(dated.datedIn("a.md", "2018")).toBe(false);
    expect(dated.datedIn("b.md", "2024")).toBeNull();
  });

  it("holds nothing for an article without a title", () => {
    expect(titles.covers("b.md", word("взрыв"))).toBe(false);
  });

  it("reads a title once for the questions that follow, and keeps at most MAX_KEPT_TITLES of them", () => {
    const asked: string[] = [];
    const kept = new TitleTerms((doc) => {
      asked.push(doc);
      return "Ferry capsizes off Kalyros";
    }, analyzer);
    expect(kept.covers("a.md", word("ferry"))).toBe(true);
    expect(kept.covers("a.md", word("capsized"))).toBe(true);
    expect(asked).toEqual(["a.md"]);
    for (let i = 0; i < MAX_KEPT_TITLES; i++) kept.covers(`doc-${i}.md`, word("ferry"));
    // The first one was let go for the newer ones: read again, with the same answer.
    expect(kept.covers("a.md", word("ferry"))).toBe(true);
    expect(asked.filter((doc) => doc === "a.md")).toHaveLength(2);
  });
});
