import { describe, expect, it } from "vitest";
import { isPossessiveEnding } from "../../src/corpus/trade-possessive-end.ts";
import { splitSentences } from "../../src/corpus/sentences.ts";

const sentences = (text: string): string[] => splitSentences(text).map((span) => text.slice(span.start, span.end));

describe("isPossessiveEnding: a name's possessive 's before a period", () => {
  it.each([
    ["at St Ebba's", true],
    ["джинсы Levi's", true],
    // An initial after an opening quote, a contraction's letter, a lone letter.
    ["said 's", false],
    ["wasn't", false],
    ["В", false],
  ])("%s → %s", (text, expected) => {
    expect(isPossessiveEnding(text, text.length - 1)).toBe(expected);
  });

  it.each([
    [
      "The porter was in his first week at St Ebba's. The staff member who checks everyone at the door had been called away.",
      ["The porter was in his first week at St Ebba's.", "The staff member who checks everyone at the door had been called away."],
    ],
    ["We bought the candles at Sainsbury's. Prices have gone up again.", ["We bought the candles at Sainsbury's.", "Prices have gone up again."]],
    ["Вчера мы были в магазине Levi's. Магазин открылся после ремонта.", ["Вчера мы были в магазине Levi's.", "Магазин открылся после ремонта."]],
    ["Встреча прошла в пабе St Patrick's. Потом все пошли к реке.", ["Встреча прошла в пабе St Patrick's.", "Потом все пошли к реке."]],
    // An initial still joins its surname; a contraction is read as before.
    ["Her brother is 'K. Tokayev' on the list.", ["Her brother is 'K. Tokayev' on the list."]],
    ["Депутат В. Иванов выступил первым.", ["Депутат В. Иванов выступил первым."]],
  ])("splits %s", (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});
