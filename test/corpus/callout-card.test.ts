import { describe, expect, it } from "vitest";
import { readCalloutCard } from "../../src/corpus/callout-card.ts";

const isRule = (line: string): boolean => /^={3,}$/u.test(line);

describe("readCalloutCard", () => {
  it("takes the kind with its reference and type as the title and the first day of its dates", () => {
    const lines = ["=====", "INCIDENT NCRO-2036-014", "Date(s):       Saturday 13 - Sunday 14 September 2036", "Type:          Cavers trapped by flood water", "=====", "Five cavers were trapped."];
    expect(readCalloutCard(lines, isRule)).toEqual({
      lines: ["=====", ...lines.slice(2)],
      title: "Incident NCRO-2036-014: Cavers trapped by flood water",
      date: "13 September 2036",
    });
  });

  it("reads a Russian card", () => {
    const lines = ["=====", "ВЫЕЗД № 27/2036", "Дата:     14 сентября 2036", "Тип:      Поиск заблудившихся", "Текст."];
    expect(readCalloutCard(lines, isRule)).toMatchObject({ title: "Выезд № 27/2036: Поиск заблудившихся", date: "14 сентября 2036" });
  });

  it.each([
    ["a kind's line not under a rule", ["Text.", "INCIDENT NCRO-2036-014", "Date:     13 September 2036", "Type:     Flood"]],
    ["a kind's line with one field", ["=====", "INCIDENT NCRO-2036-014", "Date:     13 September 2036", "Text."]],
  ])("leaves %s alone", (_name, lines) => {
    expect(readCalloutCard(lines, isRule)).toBeNull();
  });
});
