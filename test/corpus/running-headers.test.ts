import { describe, expect, it } from "vitest";
import { runningHeaderDate, withoutRunningHeaders } from "../../src/corpus/running-headers.ts";

const TELETEXT = [
  "P104  KMTV TEXT 104   Thu 10 Nov  18:42:07",
  " KINGSMERE NEWS                       1/5",
  "Three people were killed.",
  "P104  KMTV TEXT 104   Thu 10 Nov  18:42:19",
  " KINGSMERE NEWS                       2/5",
  "Two of the dead were named.",
  "P105  KMTV TEXT 105   Thu 10 Nov  18:43:07",
  " TRAM CRASH: HOW THE DAY UNFOLDED     1/1",
  "0850  First 999 calls",
  " KINGSMERE NEWS                       3/5",
  "(c) KMTV 2033 | Subtitles: page 888",
];

describe("withoutRunningHeaders", () => {
  it("drops a paged source's headers that recur with only their numbers changed, and a title row's subpage counter", () => {
    expect(withoutRunningHeaders(TELETEXT)).toEqual([
      "Three people were killed.",
      "Two of the dead were named.",
      " TRAM CRASH: HOW THE DAY UNFOLDED",
      "0850  First 999 calls",
      "(c) KMTV 2033 | Subtitles: page 888",
    ]);
  });

  it.each([
    [
      "a PDF's page footers, in both languages",
      ["Annual Safety Review 2031 · page 1 of 3", "The barrier was open.", "Annual Safety Review 2031 · page 2 of 3", "Шлагбаум был открыт.", "Annual Safety Review 2031 · page 3 of 3", "Годовой отчёт за 2031 год — с. 4", "«Ёлка» сгорела.", "Годовой отчёт за 2031 год — с. 5", "Годовой отчёт за 2031 год — с. 6"],
      ["The barrier was open.", "Шлагбаум был открыт.", "«Ёлка» сгорела."],
    ],
    ["a live blog's stamps (a date alone)", ["23 апреля, 18:40", "Число погибших выросло.", "23 апреля, 16:15", "Задержан директор.", "22 апреля, 21:50"], null],
    ["a transcript's speaker labels", ["[00:21] КОРРЕСПОНДЕНТ (за кадром):", "Авария произошла в 08:14.", "[01:06] КОРРЕСПОНДЕНТ (за кадром):", "Лента двигалась вниз.", "[01:52] КОРРЕСПОНДЕНТ (за кадром):"], null],
    ["sentences that recur", ["Pump 1 failed.", "Pump 2 failed.", "Pump 3 failed."], null],
    ["a log's entry heads (each opens its entry)", ["ENTRY 02 · 07:58 · WTR", "Officer on scene.", "ENTRY 06 · 08:37 · WTR", "Divers on scene.", "ENTRY 08 · 10:48 · WTR", "Divers recover 4."], null],
    ["a Russian log's entry heads", ["Запись 2 · 07:58 · ВОДА", "Текст.", "Запись 6 · 08:37 · ВОДА", "Текст.", "Запись 8 · 10:48 · ВОДА"], null],
    [
      "a fediverse thread's post heads (a full handle)",
      ["Vale Herald @valeherald@social.example · 14 Sep 2034, 14:06", "Records were left open.", "Vale Herald @valeherald@social.example · 14 Sep 2034, 14:08", "Вестник @vestnik@mastodon.example · 2 мар 2035, 09:10"],
      null,
    ],
    [
      "a petition's dated update heads (each names its own day)",
      ["**Обновление № 3 · 12 марта 2025 г.**", "Нас услышали!", "**Обновление № 2 · 7 марта 2025 г.**", "Отловили 14 собак.", "**Обновление № 1 · 5 марта 2025 г.**", "Спасибо всем!"],
      null,
    ],
    ["an English campaign's dated updates", ["Update 3 · March 12, 2025", "We met the mayor.", "Update 2 · March 7, 2025", "14 dogs caught.", "Update 1 · March 5, 2025", "Thanks."], null],
    [
      "a paper's rubric in capitals over each page (Russian), a section's label over each page (English)",
      ["ЗДОРОВЬЕ", "", "Клещи кусают чаще.", "", "ЗДОРОВЬЕ", "", "Привиты 1 120 жителей.", "", "LOCAL NEWS", "", "The bridge reopened.", "", "LOCAL NEWS", "", "Tolls return."],
      ["", "Клещи кусают чаще.", "", "", "Привиты 1 120 жителей.", "", "", "The bridge reopened.", "", "", "Tolls return."],
    ],
    ["a capitals heading that stands once, or inside a paragraph", ["WHAT HAPPENED", "", "Text.", "WHAT HAPPENED", "More text."], null],
  ])("%s", (_, lines, expected) => {
    expect(withoutRunningHeaders(lines)).toEqual(expected ?? lines);
  });
});

describe("runningHeaderDate", () => {
  it("dates a teletext page by its header's weekday and day and the copyright year", () => {
    expect(runningHeaderDate(TELETEXT)).toBe("2033-11-10");
  });

  it("is null when the copyright year puts the day on another weekday", () => {
    expect(runningHeaderDate(TELETEXT.map((line) => line.replace("2033", "2032")))).toBeNull();
  });
});

describe("withoutRunningHeaders: a card's number field", () => {
  it("keeps each card's number field, however often the label recurs", () => {
    const lines = ["PIKE, Dwayne", "DOC #:      418822", "Age: 34", "", "BULLARD, Terrence", "DOC #:      377105", "", "QUINTERO, Luis", "DOC #:      452930", "Age: 29"];
    expect(withoutRunningHeaders(lines)).toEqual(lines);
  });
});
