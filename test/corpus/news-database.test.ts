import { describe, expect, it } from "vitest";
import { readDatabaseRecord } from "../../src/corpus/news-database.ts";

const isDateLine = (line: string): boolean => /^(?:June 17, 2031 Tuesday|17 июня 2031 г\.)$/u.test(line);

describe("readDatabaseRecord", () => {
  it.each([
    [
      "a Nexis record: the fields and index terms leave, the publication line is the outlet without its edition",
      [
        "### Norovirus outbreak sickens 108 on Rhine river cruise",
        "",
        "**The Rhineland Courier (English Edition)**",
        "",
        "June 17, 2031 Tuesday",
        "**Section:** NEWS; Pg. 3",
        "**Length:** 557 words",
        "**Byline:** Harriet Pengelly, travel and health correspondent",
        "**Highlight:** Health officials order the ship to stay in port",
        "A norovirus outbreak has sickened 108 people.",
        "**Load-Date:** June 18, 2031",
        "**Subject:** NOROVIRUS (94%); CRUISES (91%)",
      ],
      {
        lines: [
          "### Norovirus outbreak sickens 108 on Rhine river cruise",
          "",
          "",
          "June 17, 2031 Tuesday",
          "**Highlight:** Health officials order the ship to stay in port",
          "A norovirus outbreak has sickened 108 people.",
        ],
        outlet: "The Rhineland Courier",
      },
    ],
    [
      "a record from a Russian database with the same fields",
      ["Пожар в соборе", "", "Гореславские ведомости", "17 июня 2031 г.", "Section: Культура", "Length: 412 words", "Load-Date: June 18, 2031", "Собор горел всю ночь."],
      { lines: ["Пожар в соборе", "", "17 июня 2031 г.", "Собор горел всю ночь."], outlet: "Гореславские ведомости" },
    ],
  ])("%s", (_, lines, expected) => {
    expect(readDatabaseRecord(lines, isDateLine)).toEqual(expected);
  });

  it("leaves an article with one field-like line alone", () => {
    const lines = ["Section: Opinion", "The council erred."];
    expect(readDatabaseRecord(lines, isDateLine)).toEqual({ lines, outlet: null });
  });
});
