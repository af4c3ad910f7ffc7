import { describe, expect, it } from "vitest";
import { candidatesAmong, MIN_TYPO_WORD_CHARS } from "../../src/text/one-edit.ts";
import { TypoCorrector } from "../../src/retrieval/typos.ts";
import { sharedVocabulary } from "../../src/text/vocabulary.ts";

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

describe("candidatesAmong: a corrector's candidates without its index", () => {
  it.each([
    ["terorists", ["terrorists", "terror", "tourists"]],
    ["detaned", ["detained", "retained", "detainee", "detained"]],
    ["abcde", ["abcdef", "abcd", "abcdx", "bacde", "abdce", "abc3e", "abcde"]],
    ["abcdef", ["abcde", "abcd", "abcdefg", "abcdeg", "abcdfe"]],
  ])("%j among %j", (typo, words) => {
    expect(candidatesAmong(typo, words)).toEqual(new TypoCorrector(new Map(words.map((w) => [w, 1]))).candidates(typo));
  });

  it("the same candidates, in the same order, as a corrector of the vocabulary's words of one first letter", () => {
    const words = [...sharedVocabulary().words()].filter((w) => w.length >= MIN_TYPO_WORD_CHARS - 1);
    const byLetter = new Map<string, string[]>();
    for (const w of words) {
      const list = byLetter.get(w[0] ?? "");
      if (list) list.push(w);
      else byLetter.set(w[0] ?? "", [w]);
    }
    const correctors = new Map<string, TypoCorrector>();
    let found = 0;
    // Every 37th word, misspelt five ways: a letter dropped, doubled, changed, two swapped, one added at the end.
    for (let i = 0; i < words.length; i += 37) {
      const word = words[i] ?? "";
      const first = word[0] ?? "";
      const group = byLetter.get(first) ?? [];
      let corrector = correctors.get(first);
      if (!corrector) {
        corrector = new TypoCorrector(new Map(group.map((w) => [w, 1])));
        correctors.set(first, corrector);
      }
      const mid = Math.floor(word.length / 2);
      const typos = [
        word.slice(0, mid) + word.slice(mid + 1),
        word.slice(0, mid) + (word[mid] ?? "") + word.slice(mid),
        `${word.slice(0, mid)}x${word.slice(mid + 1)}`,
        word.slice(0, mid - 1) + (word[mid] ?? "") + (word[mid - 1] ?? "") + word.slice(mid + 1),
        `${word}s`,
        word,
      ];
      for (const typo of typos) {
        const expected = corrector.candidates(typo);
        expect(candidatesAmong(typo, group)).toEqual(expected);
        found += expected.length;
      }
    }
    expect(found).toBeGreaterThan(200);
  });
});
