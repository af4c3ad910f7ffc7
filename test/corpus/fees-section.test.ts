import { describe, expect, it } from "vitest";
import { dropFeesSections, isVisitCounter } from "../../src/corpus/fees-section.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

describe("dropFeesSections", () => {
  it("drops a garage cooperative's dues table and its visit counter; the meeting notice stays", () => {
    const lines = ["### Внеочередное общее собрание", "20 марта в 11:00.", "---", "### Взносы и тарифы на 2027 год", "Вид платежа | Сумма", "Членский взнос | 4 800 руб.", "Электроэнергия | 6,42 руб.", "Пени — 0,1% в день.", "---", "Посещений сегодня: 1 318 · всего: 41 902"];
    expect(dropFeesSections(lines, isRule)).toBe(true);
    expect(lines).toEqual(["### Внеочередное общее собрание", "20 марта в 11:00.", "---", "---"]);
  });

  it("drops an English club's membership fees table, and keeps a fees heading over prose", () => {
    const lines = ["## Membership fees for 2031", "Adult | £40", "Junior | £15", "## News", "The clubhouse flooded."];
    expect(dropFeesSections(lines, isRule)).toBe(true);
    expect(lines).toEqual(["## News", "The clubhouse flooded."]);
    const prose = ["## Fees", "Fees are frozen this year after the flood."];
    expect(dropFeesSections(prose, isRule)).toBe(false);
  });

  it.each([
    ["Посещений сегодня: 1 318 · всего: 41 902", true],
    ["Visitors today: 12 | total: 3,456", true],
    ["Посещений стало меньше после пожара.", false],
  ])("visit counter %s → %s", (line, counter) => {
    expect(isVisitCounter(line)).toBe(counter);
  });
});
