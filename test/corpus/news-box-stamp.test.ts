import { describe, expect, it } from "vitest";
import { normalizeDate } from "../../src/corpus/dates.ts";
import { newsBoxLabelDate } from "../../src/corpus/news-box-stamp.ts";

const stampDate = (text: string): string | null => normalizeDate(text, true);
const RULE = "-".repeat(60);

describe("newsBoxLabelDate", () => {
  it.each([
    [["CRUX SHED BOULDERING", "", RULE, "WALL NEWS  ·  16.11.2031", RULE, "", "Fire at the club: what happened"], "2031-11-16"],
    [["СКАЛОДРОМ «ЗАЦЕП»", RULE, "НОВОСТИ СКАЛОДРОМА · 5 марта 2033", RULE, "Пожар в клубе"], "2033-03-05"],
    [[RULE, "STATION NEWS · PORT ASHBY", RULE, "Lifeboat launched"], null],
    [["WALL NEWS · 16.11.2031", "Fire at the club"], null],
  ])("reads %j", (lines, date) => {
    expect(newsBoxLabelDate(lines, stampDate)).toBe(date);
  });
});
