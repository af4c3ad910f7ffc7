import { describe, expect, it } from "vitest";
import { sponsoredBoxEnd } from "../../src/corpus/sponsored-box.ts";

describe("sponsoredBoxEnd", () => {
  it.each([
    ["a trade magazine's sponsored block", ["-----------------", "SPONSORED CONTENT", "Is your tie pattern costing you? Book a free demo this month.", "-----------------", "", "WHY DID IT FALL?"], 4],
    ["a Russian partner's block", ["———", "ПАРТНЁРСКИЙ МАТЕРИАЛ", "Страхование строительных рисков — от 0,1 % стоимости объекта.", "Оставьте заявку на сайте.", "———", "Текст."], 5],
  ])("ends after %s", (_name, lines, end) => {
    expect(sponsoredBoxEnd(lines, 0)).toBe(end);
  });

  it.each([
    ["a rule over a story's heading", ["-----------------", "WHAT HAPPENS NEXT", "HSE has served a prohibition notice.", "-----------------"]],
    ["a label without a closing rule", ["-----------------", "SPONSORED CONTENT", "One.", "Two.", "Three.", "Four.", "Five.", "Six.", "Seven.", "Eight.", "Nine."]],
  ])("is null for %s", (_name, lines) => {
    expect(sponsoredBoxEnd(lines, 0)).toBeNull();
  });
});
