import { describe, expect, it } from "vitest";
import { isSourcesPart } from "../../src/corpus/counter-sources-part.ts";
import { postingFieldsDay } from "../../src/corpus/posting-fields-line.ts";

describe("isSourcesPart: a posting line's part naming the post's sources as a phrase", () => {
  it.each([
    ["по сообщениям ОМВД по Заречинскому району и газеты «Заречинская правда»", true],
    ["По данным МЧС, администрации района и ГИБДД", true],
    ["со ссылкой на пресс-службу МЧС", true],
    ["according to the police and the council", true],
    ["As reported by the Haverbridge Herald", true],
    ["Information from HM Coastguard", true],
    // A sentence, a label, a name.
    ["По сообщениям очевидцев, пожар начался в полдень.", false],
    ["According to the police, nobody was hurt.", false],
    ["Sources: the police", false],
    ["Ирина Белоусова", false],
  ])("%s → %s", (part, expected) => {
    expect(isSourcesPart(part)).toBe(expected);
  });

  it.each([
    ["🗓 18.03.2030 · 👁 1 214 просмотров · Текст: Ирина Белоусова, управляющая салоном «Дрёма» · по сообщениям ОМВД и газеты «Заречинская правда»", "18.03.2030"],
    ["Published 9 February 2026 · By Martin Healey · according to the county fire service", "9 February 2026"],
    ["3 May 2031 | Posted by Jo Pike | as reported by the Herald | 2 comments", "3 May 2031"],
    // A sentence in the row is no sources phrase.
    ["3 May 2031 | Posted by Jo Pike | according to the police, nobody was hurt.", null],
  ])("postingFieldsDay(%s) → %s", (line, expected) => {
    expect(postingFieldsDay(line)).toBe(expected);
  });
});
