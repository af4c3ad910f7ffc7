import { describe, expect, it } from "vitest";
import { TypoCorrector } from "../../src/retrieval/typos.ts";

const corrector = new TypoCorrector(
  new Map([
    ["terrorists", 5],
    ["sewage", 2],
    ["пострадавших", 3],
    ["detained", 4],
    ["retained", 1],
    ["form", 9],
    ["3000", 1],
  ]),
);

describe("TypoCorrector", () => {
  it.each([
    ["terorists", "terrorists"],
    ["sewege", "sewage"],
    ["пострадавщих", "пострадавших"],
    ["detianed", "detained"],
    ["detaned", "detained"],
  ])("%s → %s (one edit: a letter missing, added, changed, or two swapped)", (typo, word) => {
    expect(corrector.correct(typo)).toBe(word);
  });

  it("leaves known words, short words, numbers and far words alone", () => {
    expect(corrector.correct("detained")).toBeNull();
    expect(corrector.correct("from")).toBeNull();
    expect(corrector.correct("3001")).toBeNull();
    expect(corrector.correct("terrible")).toBeNull();
  });

  it("lists every known word one edit away", () => {
    const words = new TypoCorrector(new Map([["explosion", 1], ["expulsion", 1], ["exposition", 1]]));
    expect(words.candidates("explsion").sort()).toEqual(["explosion", "expulsion"]);
    expect(words.candidates("explosion")).toEqual([]);
  });

  it("prefers the more frequent word when two are one edit away", () => {
    expect(corrector.correct("detainedd")).toBe("detained");
    expect(new TypoCorrector(new Map([["banker", 1], ["banner", 3]])).correct("banter")).toBe("banner");
  });
});
