import { describe, expect, it } from "vitest";
import { approvalStampEnd, dropHeadAboveNavigation, dropHeadAboveRule, dropSectionHeading, takeLetterhead, takeNoticeFields } from "../../src/corpus/page-head.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

describe("page heads", () => {
  it.each([
    [
      "an English header over a breadcrumb",
      ["Harbour Master's Office  ·  Marine Information Service", "", "Home | Port Users | Pilotage", "", "Marine Information > Notices", "", "Text."],
      ["", "Text."],
    ],
    ["a Russian header over a menu", ["Официальный сайт", "Главная | О суде | Контакты", "Текст."], ["Текст."]],
    ["a headline above the menu stays", ["# Пожар на рынке", "Главная | Новости", "Текст."], ["# Пожар на рынке", "Главная | Новости", "Текст."]],
  ])("drops the head above a site's navigation: %s", (_name, lines, rest) => {
    const isNavigation = (line: string): boolean => /\s[|>]\s/u.test(line);
    const out = [...lines];
    dropHeadAboveNavigation(out, isNavigation);
    expect(out).toEqual(rest);
  });

  it.each([
    ["a school's masthead", ['"Learning together, growing in faith"', "Headteacher: Mrs C. Ashdown", "Newsletter 21 | Friday 6 March 2037", "---", "Dear Parents,"], ["Dear Parents,"]],
    ["a council's tagline", ["Официальный сайт органов местного самоуправления", "Версия для слабовидящих · Поиск", "---", "## Пожар на рынке"], ["## Пожар на рынке"]],
    ["a sentence above the rule stays", ["The river rose overnight.", "---", "Crews worked."], ["The river rose overnight.", "---", "Crews worked."]],
    ["a question in lower case stays", ["правда что свиней заберут?", "---", "Ответ."], ["правда что свиней заберут?", "---", "Ответ."]],
  ])("drops a masthead down to its rule: %s", (_name, lines, rest) => {
    const out = [...lines];
    dropHeadAboveRule(out, isRule);
    expect(out).toEqual(rest);
  });

  it.each([
    [
      "an English notice, its subject going on under it",
      ["LOCAL NOTICE TO MARINERS No. 07 of 2038", "", "Subject:     Containers adrift after cargo loss -", "western approaches to Ardcullen", "Status:      IN FORCE", "Issued:      10 February 2038, 16:00 UTC", "", "1. BACKGROUND"],
      { subject: "Containers adrift after cargo loss - western approaches to Ardcullen", issued: "10 February 2038, 16:00 UTC" },
      ["LOCAL NOTICE TO MARINERS No. 07 of 2038", "", "", "1. BACKGROUND"],
    ],
    ["a Russian notice", ["Тема: отключение воды на ул. Фрунзе", "Статус: действует", "Действует до: 12 марта 2036", "", "Текст."], { subject: "отключение воды на ул. Фрунзе", issued: null }, ["", "Текст."]],
  ])("takes a notice's header fields: %s", (_name, lines, fields, rest) => {
    const out = [...lines];
    expect(takeNoticeFields(out)).toEqual(fields);
    expect(out).toEqual(rest);
  });

  it("leaves fields without a subject, or too few of them", () => {
    const lines = ["Status: IN FORCE", "Issued: 10 February 2038", "", "Subject: containers adrift", "", "Text."];
    const out = [...lines];
    expect(takeNoticeFields(out)).toBeNull();
    expect(out).toEqual(lines);
  });

  it.each([
    ["a Russian press centre", ["# Пресс-центр", "", "## Пожар в машинном отделении теплохода: погиб член экипажа", "Текст."], ["", "## Пожар в машинном отделении теплохода: погиб член экипажа", "Текст."]],
    ["a prosecutor's rubric", ["### Прокуратура информирует", "## Прокуратура взяла на контроль расследование пожара", "Текст."], ["## Прокуратура взяла на контроль расследование пожара", "Текст."]],
    ["an English newsroom", ["# Newsroom", "## Three dead after balcony collapses downtown", "Text."], ["## Three dead after balcony collapses downtown", "Text."]],
    ["a headline over a card's heading stays", ["# Title", "### Карточка 2/7 · Сколько пострадавших?", "Текст."], ["# Title", "### Карточка 2/7 · Сколько пострадавших?", "Текст."]],
  ])("drops a section's heading over the headline: %s", (_name, lines, rest) => {
    const out = [...lines];
    dropSectionHeading(out);
    expect(out).toEqual(rest);
  });

  it("takes a Russian report's letterhead: the issuer, its stamps, the title with its subject", () => {
    const lines = [
      "ГБУ «Областной центр экологического мониторинга»",
      "Отдел оперативного реагирования",
      "Вх. № ЭМ-1187/25 от 24.07.2025",
      "",
      "УТВЕРЖДАЮ",
      "Директор ГБУ «ОЦЭМ»",
      "",
      "ОПЕРАТИВНЫЙ ОТЧЁТ",
      "о массовой гибели рыбы в реке Варге",
      "",
      "1. Общие сведения",
    ];
    const out = [...lines];
    expect(takeLetterhead(out)).toEqual({
      issuer: "ГБУ «Областной центр экологического мониторинга»",
      removed: lines.slice(0, 7),
      title: "ОПЕРАТИВНЫЙ ОТЧЁТ о массовой гибели рыбы в реке Варге",
    });
    expect(out).toEqual(["", "1. Общие сведения"]);
  });

  it("takes an English report's letterhead", () => {
    const out = ["Department of Environment Protection", "Incident Response Unit", "", "INCIDENT REPORT", "", "1. Summary"];
    expect(takeLetterhead(out)).toMatchObject({ issuer: "Department of Environment Protection", title: "INCIDENT REPORT" });
    expect(out).toEqual(["", "1. Summary"]);
  });

  it("leaves a report that opens with no organisation's name", () => {
    const lines = ["ОПЕРАТИВНЫЙ ОТЧЁТ", "о массовой гибели рыбы", "Текст."];
    const out = [...lines];
    expect(takeLetterhead(out)).toBeNull();
    expect(out).toEqual(lines);
  });

  it.each([
    [["УТВЕРЖДАЮ", "Директор ГБУ «СОЦЭМ»", "____________ И. В. Лебедева", "«24» июля 2025 г.", "", "Текст."], 4],
    [["APPROVED", "Chief Inspector", "", "Text."], 2],
  ])("an approval stamp ends at the blank line under it", (lines, end) => {
    expect(approvalStampEnd(lines, 0)).toBe(end);
  });
});

describe("page heads: long rows of short parts", () => {
  it("drops a head down to the rule when a row of its parts is long", () => {
    const lines = ["Министерство лесного хозяйства края", "🔥 Прямая линия лесной охраны: 8-800-555-40-01 (круглосуточно, бесплатно) · Сообщить о пожаре · Карта пожаров · Особый противопожарный режим", "---", "Текст."];
    expect(dropHeadAboveRule(lines, isRule)).toHaveLength(3);
    expect(lines).toEqual(["Текст."]);
  });

  it("drops a head down to the breadcrumb over a long menu of wide gaps", () => {
    const isCrumb = (line: string): boolean => line.includes("  /  ");
    const lines = ["Platform    Managed Detection    Threat Intel    Research Blog    Resources    Company          [Under attack? Call 1-844-555-0117]   [Request a demo]", "", "Research Blog  /  Threat Intelligence  /  Healthcare", "", "Text."];
    expect(dropHeadAboveNavigation(lines, isCrumb)).toHaveLength(3);
    expect(lines).toEqual(["", "Text."]);
  });

  it("keeps a long sentence above a rule", () => {
    const lines = ["The fire, which started in a wood store behind the school, spread to the gym within minutes, and the head teacher called 999 at 10:14 from the car park.", "---", "Text."];
    expect(dropHeadAboveRule(lines, isRule)).toEqual([]);
  });
});
