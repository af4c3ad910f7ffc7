import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/clean.ts";
import { splitRunInHeading } from "../../src/corpus/run-in-heading.ts";
import { isQuotable } from "../../src/retrieval/sentence-evidence.ts";

describe("splitRunInHeading: a bold run-in heading goes on a line of its own", () => {
  it.each([
    ["**Помощь пострадавшим.** Из городского бюджета выплатят 1 млн рублей.", ["Помощь пострадавшим", "Из городского бюджета выплатят 1 млн рублей."]],
    ["**Ущерб и что дальше.** Фабрика оценивает ущерб в 112 млн рублей.", ["Ущерб и что дальше", "Фабрика оценивает ущерб в 112 млн рублей."]],
    ["**What happens next.** The council will meet on Monday.", ["What happens next", "The council will meet on Monday."]],
    ["**Why the doors were locked.** The fire service said the keys were lost.", ["Why the doors were locked", "The fire service said the keys were lost."]],
  ])("%s", (line, expected) => {
    expect(splitRunInHeading(line)).toEqual(expected);
  });

  it.each([
    // A label before a colon is a field; a bold sentence alone, or bold words inside a sentence, stay.
    "**Цены:** разовое занятие 800 рублей.",
    "**Note:** the office is closed on Monday.",
    "**Пожар потушили в 16:35.**",
    "В субботу **около 20 гостей** подрались в кафе.",
    // Too long for a heading: a bold lead sentence with its paragraph after it.
    "**Горноспасатели подняли на поверхность девять шахтёров, которые трое суток провели под завалом.** Ещё двое погибли.",
    // Lower case: no heading.
    "**и ещё.** Текст.",
    // Bold words that state something, a verb among them: a sentence.
    "**Прыжки временно приостановлены.** Все записи на август отменены.",
    "**The road was closed.** Drivers were sent through the town.",
  ])("%s stays one line", (line) => {
    expect(splitRunInHeading(line)).toEqual([line]);
  });
});

describe("a run-in heading in a cleaned article", () => {
  const raw = [
    "# Пожар на мебельной фабрике",
    "",
    "Дата: 2030-10-14",
    "",
    "В ночь на понедельник в Верхнебельске сгорел покрасочный цех мебельной фабрики.",
    "",
    "**Ущерб и что дальше.** Фабрика предварительно оценивает ущерб в 112 млн рублей. Производство остановлено минимум на три месяца.",
    "",
    "**What the owners said.** The owners promised to keep paying all 230 workers.",
  ].join("\n");

  it("is the words of the heading without its stop, on their own line, which is never quoted; the text after it is kept whole", () => {
    const { text } = parseArticle("001_fabrika.md", raw, "0");
    const lines = text.split("\n");
    expect(lines).toContain("Ущерб и что дальше");
    expect(lines).toContain("Фабрика предварительно оценивает ущерб в 112 млн рублей. Производство остановлено минимум на три месяца.");
    expect(lines).toContain("What the owners said");
    expect(text).not.toContain("Ущерб и что дальше.");
    expect(isQuotable("Ущерб и что дальше", true)).toBe(false);
    expect(isQuotable("What the owners said", true)).toBe(false);
  });
});
