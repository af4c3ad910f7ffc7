import { describe, expect, it } from "vitest";
import { readWikiMarkupPage } from "../../src/corpus/wiki-markup-page.ts";

const isRule = (line: string): boolean => /^-{3,}$/u.test(line);

describe("readWikiMarkupPage", () => {
  it("takes a wiki page's level-1 heading as the title; the head but its notices, the markup, the listings and the footer go", () => {
    const lines = [
      "Union Wiki  >  Spaces  >  Members  >  Notices  >  Lab incident (Feb 2031)",
      "Page owner: Ruth Lane · last edited by Sam Ebbe",
      "{panel:title=Quick links}",
      "* [Welfare|GSU:Welfare]  * [Rooms|GSU:Rooms]",
      "{panel}",
      "{warning:title=FLOOR 2 CLOSED}",
      "No entry to floor 2 until Monday.",
      "{warning}",
      "h1. Explosion in lab M2.17: what we know (updated Thu 13 Feb, 09:30)",
      "On Tuesday an explosion wrecked the lab.",
      "h2. What the union is doing",
      "* Claims go through the [Welfare|GSU:Welfare] page.",
      "h2. Seminar listings",
      "* *Wed 12 Feb, 1 pm* Organic Seminar (x) POSTPONED",
      "h2. Room bookings",
      "||Room||Status||",
      "|M3.02|(x) closed|",
      "{info:title=Safety Bulletin No. 4}",
      "# Do not go back into the lab.",
      "{info}",
      "----",
      "Calverton Students' Union · Bramhall House",
      "Powered by Confluence",
    ];
    expect(readWikiMarkupPage(lines, isRule)).toEqual({
      lines: [
        "FLOOR 2 CLOSED",
        "No entry to floor 2 until Monday.",
        "",
        "On Tuesday an explosion wrecked the lab.",
        "What the union is doing",
        "* Claims go through the Welfare page.",
        "Safety Bulletin No. 4",
        "Do not go back into the lab.",
      ],
      title: "Explosion in lab M2.17: what we know",
      updated: "Thu 13 Feb 2031",
      owner: "Calverton Students' Union",
    });
  });

  it("reads a Russian wiki page, and no page without a breadcrumb", () => {
    const lines = ["Вики профкома  >  Разделы  >  Новости  >  Пожар в общежитии", "h1. Пожар в общежитии (обновлено 3 марта 2031)", "Ночью загорелся третий этаж."];
    expect(readWikiMarkupPage(lines, isRule)).toEqual({ lines: ["Ночью загорелся третий этаж."], title: "Пожар в общежитии", updated: "3 марта 2031", owner: null });
    expect(readWikiMarkupPage(lines.slice(1), isRule)).toBeNull();
  });
});
