import { describe, expect, it } from "vitest";
import { withoutEmptiedSections } from "../../src/corpus/emptied-section.ts";

const isRule = (line: string): boolean => /^-{3,}$/u.test(line);

describe("withoutEmptiedSections", () => {
  it("removes a shop's shelf heading left with only its cards' buttons, and keeps the news section", () => {
    const lines = ["---", "", "## Хиты продаж", "", "[В корзину]", "", "[В корзину]", "", "---", "", "## Новости магазина", "", "### Пункт выдачи закрыт", "", "Многие покупатели спрашивают, почему закрыт пункт выдачи."];
    expect(withoutEmptiedSections(lines, isRule)?.filter((line) => line !== "")).toEqual([
      "---",
      "---",
      "## Новости магазина",
      "### Пункт выдачи закрыт",
      "Многие покупатели спрашивают, почему закрыт пункт выдачи.",
    ]);
  });

  it("removes an English shelf heading emptied down to the next heading of its level", () => {
    const lines = ["## Bestsellers", "", "[Add to basket](/cart/1)", "", "## Shop news", "Our Mill Lane branch is closed after the flood."];
    expect(withoutEmptiedSections(lines, isRule)?.filter((line) => line !== "")).toEqual(["## Shop news", "Our Mill Lane branch is closed after the flood."]);
  });

  it("keeps headings with text under them, over a subheading, or closing the page", () => {
    expect(withoutEmptiedSections(["## News", "", "### Closed after the flood", "The shop is closed."], isRule)).toBeNull();
    expect(withoutEmptiedSections(["Text of the page.", "", "## Contacts"], isRule)).toBeNull();
  });
});
