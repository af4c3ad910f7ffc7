import { describe, expect, it } from "vitest";
import { readNewsletterIssue } from "../../src/corpus/newsletter-issue.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

const toDate = (text: string): string | null => (/^22 (?:августа|August) 2031/u.test(text) ? "2031-08-22" : null);

describe("readNewsletterIssue", () => {
  it("takes the lead story's heading as the title; the head, the service sections and the colophon go, the other stories stay", () => {
    const lines = [
      "# ВЕСТНИК СПК «РАССВЕТ»",
      "с. Луговое · № 9 · 22 августа 2031 года · Тираж 400 экз.",
      "---",
      "**В номере:** Уборка · Авария на мосту · Объявления",
      "---",
      "## Уборка: итоги",
      "Пшеница убрана на 91 процент площади.",
      "---",
      "## Мост рухнул под зерновозом",
      "В понедельник на полевой дороге обрушился мост, водитель грузовика ранен.",
      "---",
      "## Объявления правления",
      "- Собрание переносится на 5 сентября.",
      "---",
      "*Учредитель: СПК «Рассвет». Адрес: с. Луговое, ул. Центральная, 1.*",
    ];
    expect(readNewsletterIssue(lines, isRule, toDate)).toEqual({
      lines: ["---", "Уборка: итоги", "Пшеница убрана на 91 процент площади.", "---", "В понедельник на полевой дороге обрушился мост, водитель грузовика ранен.", "---", "---"],
      title: "Мост рухнул под зерновозом",
      date: "2031-08-22",
      outlet: "СПК «Рассвет»",
    });
  });

  it("names an English newsletter by its masthead when no colophon closes it", () => {
    const lines = ["# THE FARMERS' NEWS", "Issue 12 · 22 August 2031", "In this issue: Harvest · Bridge collapse", "## Bridge collapse", "A bridge fell under a grain lorry on Monday."];
    expect(readNewsletterIssue(lines, isRule, toDate)).toEqual({ lines: ["A bridge fell under a grain lorry on Monday."], title: "Bridge collapse", date: "2031-08-22", outlet: "The Farmers' News" });
  });

  it.each([
    ["a contents row under no masthead heading", ["Farm news", "In this issue: Harvest · Bridge", "## Bridge", "Text."]],
    ["a masthead with no contents row", ["# THE FARMERS' NEWS", "Issue 12", "## Bridge", "Text."]],
  ])("leaves %s alone", (_name, lines) => {
    expect(readNewsletterIssue(lines, isRule, toDate)).toBeNull();
  });
});
