import { describe, expect, it } from "vitest";
import { normalizeDate } from "../../src/corpus/dates.ts";
import { withDatedUpdates } from "../../src/corpus/dated-updates.ts";

const isDate = (text: string): boolean => normalizeDate(text, true) !== null;

describe("withDatedUpdates", () => {
  it.each([
    [
      "a Russian petition's updates",
      ["**Обновление № 3 · 12 марта 2025 г.**", "Нас услышали!", "", "**Обновление № 2 · 7 марта 2025 г.**", "Отловили 14 собак."],
      ["12 марта 2025 г. — Нас услышали!", "", "7 марта 2025 г. — Отловили 14 собак."],
    ],
    ["an English campaign's update", ["**Update 2 · 7 March 2025**", "", "We met the mayor."], ["", "7 March 2025 — We met the mayor."]],
  ])("opens each update with its day: %s", (_name, lines, out) => {
    expect(withDatedUpdates(lines, isDate)).toEqual(out);
  });

  it.each([
    ["a live blog's update at a time", ["UPDATE · 10:05 GMT", "Two more rescued."]],
    ["a sentence", ["Update: the road is open again.", "Traffic is moving."]],
  ])("leaves %s", (_name, lines) => {
    expect(withDatedUpdates(lines, isDate)).toEqual(lines);
  });
});
