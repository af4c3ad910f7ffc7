import { describe, expect, it } from "vitest";
import { dropProgrammeFurniture } from "../../src/corpus/match-programme.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

describe("dropProgrammeFurniture", () => {
  it("drops an ice hockey programme's masthead, sponsor line, squads and fixtures; the statement and the draw stay", () => {
    const lines = [
      "LYNX ICE HOCKEY CLUB",
      "Official Matchday Programme · Issue 17 · Season 2031/32 · £3.00",
      "Proudly sponsored by Harkness Motors",
      "LYNX v STAGS",
      "-----",
      "A STATEMENT FROM THE CLUB BOARD",
      "-----",
      "The roof came down under the snow.",
      "-----",
      "LYNX SQUAD 2031/32",
      "-----",
      "Netminders: 31 Ryan Holt",
      "-----",
      "FIXTURES & RESULTS",
      "-----",
      "Sat 10 Jan · Wolves 3–5 Lynx",
      "-----",
      "50/50 DRAW: proceeds go to the family fund.",
    ];
    expect(dropProgrammeFurniture(lines, isRule)).toBe(true);
    expect(lines).toEqual(["LYNX ICE HOCKEY CLUB", "LYNX v STAGS", "-----", "A STATEMENT FROM THE CLUB BOARD", "-----", "The roof came down under the snow.", "-----", "-----", "-----", "50/50 DRAW: proceeds go to the family fund."]);
  });

  it("drops a Russian programme's table, and leaves a page without a masthead alone", () => {
    const lines = ["Программа матча № 12 · сезон 2031/32", "---", "Заявление клуба.", "---", "ТУРНИРНАЯ ТАБЛИЦА", "---", "1. Динамо — 41 очко", "---"];
    expect(dropProgrammeFurniture(lines, isRule)).toBe(true);
    expect(lines).toEqual(["---", "Заявление клуба.", "---", "---"]);
    const page = ["Club news", "---", "FIXTURES", "---", "Sat 10 Jan"];
    expect(dropProgrammeFurniture(page, isRule)).toBe(false);
    expect(page).toHaveLength(5);
  });
});
