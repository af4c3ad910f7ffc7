import { describe, expect, it } from "vitest";
import { isUnitSymbolAfterNumber } from "../../src/corpus/studio-unit-symbol.ts";
import { splitSentences } from "../../src/corpus/sentences.ts";

const sentences = (text: string): string[] => splitSentences(text).map((span) => text.slice(span.start, span.end));

describe("isUnitSymbolAfterNumber: a unit's symbol in its SI case after a number", () => {
  it.each([
    ["опора линии 110 кВ", "кВ", true],
    ["мощностью 2,5 кВт", "кВт", true],
    ["a 400 kV", "kV", true],
    ["a current of 5 mA", "mA", true],
    // An abbreviation in lower case, one with no number before it, a word.
    ["кв. 12", "кв", false],
    ["ул. кВ", "кВ", false],
    ["at 5 St", "St", false],
    ["pH", "pH", false],
  ])("%s (%s) → %s", (text, token, expected) => {
    const at = text.lastIndexOf(token);
    expect(isUnitSymbolAfterNumber(text, at, token)).toBe(expected);
  });

  it.each([
    [
      "Во вторник упала опора линии электропередачи 110 кВ. Металлическая опора высотой около 26 метров легла поперёк всех четырёх полос.",
      ["Во вторник упала опора линии электропередачи 110 кВ.", "Металлическая опора высотой около 26 метров легла поперёк всех четырёх полос."],
    ],
    [
      "На подстанции сгорел трансформатор 10 кВ. Без света остались 12 тысяч жителей.",
      ["На подстанции сгорел трансформатор 10 кВ.", "Без света остались 12 тысяч жителей."],
    ],
    [
      "A pylon carrying the 132 kV. The line came down across the road.",
      ["A pylon carrying the 132 kV.", "The line came down across the road."],
    ],
    // An abbreviation in lower case still holds the sentence together.
    ["Живёт на ул. Лесной, кв. 12 в доме 5.", ["Живёт на ул. Лесной, кв. 12 в доме 5."]],
    ["Квартира в доме 7, кв. Большая, светлая.", ["Квартира в доме 7, кв. Большая, светлая."]],
  ])("splits %s", (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});
