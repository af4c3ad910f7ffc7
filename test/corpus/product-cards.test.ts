import { describe, expect, it } from "vitest";
import { readProductCards } from "../../src/corpus/product-cards.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

describe("readProductCards", () => {
  it("drops a shop's product cards, its breadcrumbs and its own sections after the news; the news heading is the title", () => {
    const lines = [
      "**Пекарня «Пышка»** · Тверь",
      "---",
      "### Каталог › Торты",
      "> Продажа тортов приостановлена.",
      "**Медовик**",
      "Вес 1 кг · медовые коржи",
      "~~890 ₽~~ · Нет в продаже",
      "[Подробнее](#)",
      "",
      "**Хлеб «Бородинский»**",
      "350 г",
      "**62 ₽** · В наличии · В корзину",
      "---",
      "### Новости › Заявление",
      "## Заявление пекарни об отравлении",
      "С 4 по 9 июня заболели 58 человек.",
      "---",
      "### Наши пекарни",
      "ул. Ленина, 5 · пр. Мира, 41",
      "---",
      "© 2032 Пекарня «Пышка»",
    ];
    expect(readProductCards(lines, isRule)).toEqual({
      lines: ["**Пекарня «Пышка»** · Тверь", "---", "> Продажа тортов приостановлена.", "", "---", "С 4 по 9 июня заболели 58 человек.", "---", "© 2032 Пекарня «Пышка»"],
      title: "Заявление пекарни об отравлении",
    });
  });

  it("reads English cards with no news section", () => {
    const lines = ["**Sourdough loaf**", "800 g", "£3.20 · In stock · Add to basket", "", "**Lemon tart**", "£4.50 · Sold out", "The bakery recalled its tarts on Monday."];
    expect(readProductCards(lines, isRule)).toEqual({ lines: ["", "The bakery recalled its tarts on Monday."], title: null });
  });

  it.each([
    ["a single card", ["**Sourdough loaf**", "£3.20 · In stock", "Text."]],
    ["bold lines over prices without a stock state", ["**Fine**", "£300 fine for the owner.", "**Costs**", "£120 costs."]],
  ])("leaves %s alone", (_name, lines) => {
    expect(readProductCards(lines, isRule)).toBeNull();
  });
});
