import { describe, expect, it } from "vitest";
import { TitleTerms } from "../../src/retrieval/title-terms.ts";
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

  it("holds nothing for an article without a title", () => {
    expect(titles.covers("b.md", word("взрыв"))).toBe(false);
  });
});
