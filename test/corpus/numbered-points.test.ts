import { describe, expect, it } from "vitest";
import { citedPointLines } from "../../src/corpus/numbered-points.ts";

describe("citedPointLines", () => {
  it("keeps the numbers of an order's points that have sub-points", () => {
    const lines = ["ПРИКАЗЫВАЮ:", "", "1. Установить карантин.", "2. В очаге:", "2.1. провести дезинфекцию;", "2.2. уничтожить яйцо.", "3. Контроль оставляю за собой.", "", "Текст."];
    expect([...citedPointLines(lines)]).toEqual([2, 3, 6]);
  });

  it("keeps the numbers of findings the text cites", () => {
    const lines = ["1. The certificate was not genuine.", "", "2. The references were forged.", "", "3. His conduct at paragraphs 1 and 2 was dishonest."];
    expect([...citedPointLines(lines)]).toEqual([0, 2, 4]);
  });

  it.each([
    ["a list nobody cites", ["1. Eggs.", "2. Milk.", "The list is short."]],
    ["numbered section headings over their sub-points", ["1. Общие сведения", "1.1. Вид происшествия: замор рыбы.", "2. Обстоятельства", "2.1. Вода имела запах."]],
    ["a citation of another document's point", ["1. Хлеб подорожал.", "2. Молоко подешевело.", "Согласно пункту 7 Положения."]],
  ])("is empty for %s", (_name, lines) => {
    expect(citedPointLines(lines).size).toBe(0);
  });
});
