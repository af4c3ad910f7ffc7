import { describe, expect, it } from "vitest";
import { readMemberNewsletter } from "../../src/corpus/member-newsletter.ts";

const isRule = (line: string): boolean => /^(?:-{3,}|={3,})$/u.test(line);

describe("readMemberNewsletter", () => {
  it("takes the first section's headline; the hub's head, the events section and the footer go, its company is the outlet", () => {
    const lines = [
      "HATCHWORKS · Members' Hub",
      "Signed in: member #2231 · Plan: Flex 10",
      "THE HATCH HERALD",
      "Member newsletter · Issue 88 · Week of 8 September 2031",
      "=====",
      'FROM THE COMMUNITY DESK: "You walked out in 13 minutes"',
      "=====",
      "Dear Hatchers, thank you.",
      "=====",
      "BUILDING NOTICE - 14 TANNER STREET",
      "=====",
      "REOPENING. The building reopens on Thursday.",
      "=====",
      "WHAT'S ON",
      "=====",
      "* Rooftop yoga - off this week.",
      "MEMBER SPOTLIGHT: a letterpress studio.",
      "-----",
      "Hatchworks Pellbridge Ltd · Company no. 11928374",
      "You're receiving the Herald because you're a Hatchworks member.",
    ];
    expect(readMemberNewsletter(lines, isRule)).toEqual({
      lines: ["Dear Hatchers, thank you.", "=====", "BUILDING NOTICE - 14 TANNER STREET", "=====", "REOPENING. The building reopens on Thursday."],
      title: "You walked out in 13 minutes",
      company: "Hatchworks Pellbridge",
    });
  });

  it("reads a Russian residents' newsletter, and no page without its issue line", () => {
    const lines = ["Рассылка для жильцов · Выпуск 12 · сентябрь 2031", "-----", "ПРОРЫВ ТРУБЫ В ПОДВАЛЕ", "-----", "Утром в подвале прорвало трубу.", "-----", "АФИША", "-----", "Субботник в субботу."];
    expect(readMemberNewsletter(lines, isRule)).toEqual({ lines: ["Утром в подвале прорвало трубу."], title: "ПРОРЫВ ТРУБЫ В ПОДВАЛЕ", company: null });
    expect(readMemberNewsletter(["-----", "ПРОРЫВ ТРУБЫ", "-----", "Текст."], isRule)).toBeNull();
  });
});
