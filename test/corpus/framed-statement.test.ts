import { describe, expect, it } from "vitest";
import { readFramedStatement } from "../../src/corpus/framed-statement.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

const dateOf = (text: string): string | null => (/\b\d{1,2} (?:July|июля) \d{4}\b/u.test(text) ? "2024-07-14" : null);

describe("readFramedStatement", () => {
  it("takes a carnival committee's framed statement, its issue clause run into the heading; head and standing sections go", () => {
    const lines = [
      "carnival.example.org",
      "Cressbury Carnival Committee",
      "☰ Menu   Donate",
      "-----",
      "IMPORTANT: Statement from the Committee following the incident on Mill Hill Issued on behalf of the whole Committee — Sunday 14 July 2024, 10:15am",
      "-----",
      "A float ran into spectators. One man died.",
      "-----",
      "2024 PROCESSION ROUTE",
      "→ Market Street",
      "-----",
      "OUR SPONSORS",
      "[logo: Dairy]  Gold Sponsor",
      "-----",
      "© 2024 Cressbury Carnival Committee. All volunteer-run.",
    ];
    expect(readFramedStatement(lines, isRule, dateOf)).toEqual({
      lines: ["-----", "-----", "A float ran into spectators. One man died.", "-----", "-----", "-----", "© 2024 Cressbury Carnival Committee. All volunteer-run."],
      title: "Statement from the Committee following the incident on Mill Hill",
      stamp: "Sunday 14 July 2024, 10:15am",
      owner: "Cressbury Carnival Committee",
    });
  });

  it("reads a Russian frame of two lines, and keeps a section after it that tells something", () => {
    const tells = "Сбор средств для семьи погибшего продолжается до конца месяца. Реквизиты опубликованы на странице фонда клуба.";
    const lines = ["---", "ЗАЯВЛЕНИЕ ПРАВЛЕНИЯ КЛУБА", "Опубликовано — 14 июля 2024", "---", "Погиб участник похода.", "---", tells, "---", "Подвал"];
    const read = readFramedStatement(lines, isRule, dateOf);
    expect(read?.title).toBe("ЗАЯВЛЕНИЕ ПРАВЛЕНИЯ КЛУБА");
    expect(read?.lines).toContain(tells);
  });

  it("leaves a frame without an issue clause, or without a statement's word, alone", () => {
    expect(readFramedStatement(["---", "A STATEMENT FROM THE CLUB BOARD", "---", "Text."], isRule, dateOf)).toBeNull();
    expect(readFramedStatement(["---", "TOUR DATES", "Issued — 14 July 2024", "---", "Text."], isRule, dateOf)).toBeNull();
  });
});
