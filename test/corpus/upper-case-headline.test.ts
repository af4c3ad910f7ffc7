import { describe, expect, it } from "vitest";
import { isUpperCaseHeadline } from "../../src/corpus/upper-case-headline.ts";

describe("isUpperCaseHeadline: a post's headline set in capitals", () => {
  it.each([
    ["THE NIGHT THE MORWENNA STAR HIT THE LEDGES", true],
    ["WHY WAS THE FERRY SO CLOSE TO THE ROCKS?", true],
    ["НОЧЬ, КОГДА ЗАГОРЕЛСЯ ПЛАНЕТАРИЙ", true],
    ["ДИРИЖАБЛЬ УПАЛ НА ЦЕНТРАЛЬНЫЙ РЫНОК", true],
    // A short label in capitals, a line with lower-case letters, a sentence, a label introducing a list.
    ["OUR PRICES", false],
    ["НОВОСТИ ЛАВКИ", false],
    ["The night the Morwenna Star hit the ledges", false],
    ["THE SHOP IS CLOSED ON SUNDAY.", false],
    ["PRICES FOR THE SUMMER SEASON:", false],
  ])("%s → %s", (line, expected) => {
    expect(isUpperCaseHeadline(line)).toBe(expected);
  });
});
