import { describe, expect, it } from "vitest";
import { normalizeDate } from "../../src/corpus/dates.ts";
import { colonDayHeadingStamp, datedNewsColumnStamp } from "../../src/corpus/news-column-days.ts";

const stampDate = (text: string): string | null => normalizeDate(text, true);
const isNewsColumn = (name: string): boolean => /^(?:shop\s+)?news$|^новости(?:\s+\p{L}+)?$/iu.test(name);

describe("datedNewsColumnStamp", () => {
  it.each([
    ["Новости магазина · 14 февраля 2031", "14 февраля 2031"],
    ["Shop news · 14 February 2031", "14 February 2031"],
    ["Новости магазина", null],
    ["Каталог · 14 февраля 2031", null],
    ["Новости магазина · Красногривск", null],
  ])("%s → %s", (text, day) => {
    expect(datedNewsColumnStamp(text, isNewsColumn, stampDate)).toBe(day);
  });
});

describe("colonDayHeadingStamp", () => {
  const lines = ["# Ремонт обуви", "", "© 2016–2025 «Каблучок»"];
  it.each([
    ["12 марта: что случилось в школе напротив", "12 марта 2025"],
    ["12 March: what happened at the school opposite", "12 March 2025"],
    ["March 12: what happened at the school opposite", "12 March 2025"],
    ["12 человек пострадали: что известно", null],
    ["Что случилось 12 марта", null],
  ])("%s → %s", (text, day) => {
    expect(colonDayHeadingStamp(text, lines, stampDate)).toBe(day);
  });

  it("gives nothing when the copyright gives no span of years", () => {
    expect(colonDayHeadingStamp("12 марта: что случилось", ["© 2025 «Каблучок»"], stampDate)).toBeNull();
  });
});
