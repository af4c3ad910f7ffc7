import { describe, expect, it } from "vitest";
import { findReportStory, findStoryHeading, takeAlertHeadline, takeLeadStoryHeadline, withoutBannerFrame } from "../../src/corpus/story-heading.ts";

/** A stamp as the cleaner tells one (a date in the line), enough for these tables. */
const isStamp = (line: string): boolean => /\b(?:issued|posted|published)\b|(?<!\p{L})опубликовано(?!\p{L})|\d{1,2}\s+\p{L}+\s+\d{4}/iu.test(line);

describe("takeLeadStoryHeadline", () => {
  it.each([
    ["an English newsletter's lead story", ["LEAD STORY", "CALDER COURT FIRE: WHAT HAPPENED AND WHAT WE ARE DOING", "", "We are very sorry."], "CALDER COURT FIRE: WHAT HAPPENED AND WHAT WE ARE DOING"],
    ["a Russian newsletter's main theme under a heading's marks", ["ГЛАВНАЯ ТЕМА", "# Пожар в доме на Заречной: что известно", "Текст."], "Пожар в доме на Заречной: что известно"],
  ])("takes the headline under %s, and both lines leave", (_name, lines, headline) => {
    const copy = [...lines];
    expect(takeLeadStoryHeadline(copy)).toBe(headline);
    expect(copy).toEqual(lines.slice(2));
  });

  it.each([
    ["no label", ["CALDER COURT FIRE", "We are very sorry."]],
    ["a sentence under the label", ["TOP STORY", "We are very sorry to share the news."]],
  ])("is null for %s", (_name, lines) => {
    expect(takeLeadStoryHeadline([...lines])).toBeNull();
  });
});

describe("takeAlertHeadline", () => {
  it.each([
    ["an airport's disruption banner", ["Show: ( ) Now", "!! DISRUPTION NOTICE - INDUSTRIAL ACTION BY AIR TRAFFIC CONTROLLERS !!", "Most flights are cancelled."], "DISRUPTION NOTICE - INDUSTRIAL ACTION BY AIR TRAFFIC CONTROLLERS"],
    ["a Russian banner", ["!!! ВНИМАНИЕ: ЗАБАСТОВКА ДИСПЕТЧЕРОВ !!!", "Рейсы отменены."], "ВНИМАНИЕ: ЗАБАСТОВКА ДИСПЕТЧЕРОВ"],
  ])("takes %s", (_name, lines, headline) => {
    const copy = [...lines];
    expect(takeAlertHeadline(copy)).toBe(headline);
    expect(copy).toHaveLength(lines.length - 1);
  });

  it("is null for a banner with sentences in it (a notice's text)", () => {
    expect(takeAlertHeadline(["!! NOTICE: Results for five precincts are unavailable. Please read the statement below. !!", "Text."])).toBeNull();
  });

  it("is null for a banner pointing to the statement below", () => {
    expect(takeAlertHeadline(["!!! CENTRE CLOSED - please read our statement below before travelling !!!", "Text."])).toBeNull();
    expect(takeAlertHeadline(["!!! ЦЕНТР ЗАКРЫТ - читайте заявление ниже !!!", "Текст."])).toBeNull();
  });

  it("leaves a banner's words without its frame", () => {
    expect(withoutBannerFrame("!! NOTICE: Results are unavailable. !!")).toBe("NOTICE: Results are unavailable.");
    expect(withoutBannerFrame("Wow!! That was close!!")).toBe("Wow!! That was close!!");
  });
});

describe("findStoryHeading", () => {
  const filler = (count: number): string[] => Array.from({ length: count }, (_, i) => `Row ${i + 1}\t12\t14`);

  it.each([
    [
      "a returning officer's statement with its stamp under a results table",
      ["Results status: UNOFFICIAL", ...filler(8), "", "STATEMENT FROM THE RETURNING OFFICER", "Issued 11:50 PM, Monday, October 21, 2030", "", "The result will not be known tonight."],
      { heading: 10, section: null },
    ],
    [
      "a company's statement with its stamp under its product's long description",
      ["> Прыжки приостановлены.", "", "## Прыжок с моста", "", "Старый мост через ущелье. ".repeat(10).trim(), "", "## Заявление компании о несчастном случае 9 августа 2025 года", "", "*опубликовано 11 августа 2025 года, 12:00*", "", "Текст."],
      { heading: 6, section: null },
    ],
    [
      "a news item under a status page's news section",
      ["# Статус сети", "", "Звонки на 112 проходят.", "", "## Новости сети", "", "### Обрушение мачты в Усть-Камышинске: один человек погиб", "", "Текст."],
      { heading: 6, section: 4 },
    ],
    [
      "a club's news item in bold over its stamp under the site's news section",
      ["# Туристский клуб «Волна»", "Вступить в клуб · Контакты", "---", "## Новости клуба", "", "**Заявление правления клуба о гибели туристов на реке**", "*опубликовано 11.06.2032*", "", "Текст."],
      { heading: 5, section: 3, bold: true },
    ],
    [
      "an English club's news item in bold",
      ["# Riverside Canoe Club", "---", "## Club news", "**Statement from the committee on the capsize at the weir**", "Posted 11 June 2032", "Text."],
      { heading: 3, section: 2, bold: true },
    ],
    [
      "a resort's news item in bold opened by a pictograph",
      ["**ГЛК «Вершина»** · пос. Ключи", "## Информация о склонах", "Трасса\tСтатус", "---", "### Новости курорта", "🕯 **Сход лавины на северном склоне: погибли два человека**", "_опубликовано 09.03.2025, 22:40_", "Текст."],
      { heading: 5, section: 4, bold: true },
    ],
    [
      "an English resort's item in bold opened by a pictograph",
      ["# Snow report", "---", "## Resort news", "⚠️ **Avalanche on the north face: two skiers killed**", "Posted 9 March 2025", "Text."],
      { heading: 3, section: 2, bold: true },
    ],
  ])("finds %s", (_name, lines, found) => {
    expect(findStoryHeading(lines, isStamp)).toEqual(found);
  });

  it.each([
    ["a page's own dated headline at its top, an update's further down", ["Home > News", "Fire at the mill kills two people overnight", "Published 3 May 2031", ...filler(9), "UPDATE: POLICE NAME THE TWO VICTIMS TODAY", "Posted 4 May 2031", "Text."]],
    ["a standfirst under its headline", ["Correction: ".padEnd(220, "x"), "# Two dead as fire races up the tower", "## About 240 residents were evacuated from the block overnight", "Updated 7 September 2036", "Text."]],
    ["a section's label with a stamp", [...filler(9), "PRESS STATEMENT", "Issued 14 October 2036", "Text."]],
    ["a line in bold without a stamp under a news section", ["# Riverside Canoe Club", "## Club news", "**Statement from the committee on the capsize at the weir**", "Text."]],
    ["a news section under a page's headline", ["# Fire at the mill kills two people overnight", "Text.", "## Latest news", "### Council approves the new bridge over the river", "Text."]],
  ])("is null for %s", (_name, lines) => {
    expect(findStoryHeading(lines, isStamp)).toBeNull();
  });
});

describe("findStoryHeading: a press centre's news item", () => {
  it("takes a statement's heading under the page's press centre section, under a restrictions table", () => {
    const lines = ["## Ограничения движения", "", "Автодорога\tУчасток\tВид ограничения", "Р-319\tкм 214\tПолное закрытие", "", "## Пресс-центр", "", "### Заявление пресс-службы в связи с обрушением моста через реку", "", "12 марта 2025 г., 11:40 · Пресс-служба", "", "Текст."];
    expect(findStoryHeading(lines, isStamp)).toEqual({ heading: 7, section: 5 });
  });
});

describe("findReportStory", () => {
  const report = (story: string): string[] => [
    "## Лесопожарная обстановка на территории края",
    "### по состоянию на 08:00 (местное время) 22 июля 2033 года",
    "",
    "За сутки обнаружено 3 новых пожара.",
    "",
    "---",
    "",
    story,
    "",
    "Крупнейший в крае лесной пожар № 47 к утру 22 июля разросся до 4 850 гектаров. Его кромка в 2,3 километра от села. Из села вывезли 212 жителей.",
  ];

  it("takes the story's heading under the daily report's rule, and the as-of line", () => {
    expect(findReportStory(report("### Пожар в Кебском лесничестве подошёл к селу Ольховая Падь"))).toEqual({ heading: 7, asOf: "по состоянию на 08:00 (местное время) 22 июля 2033 года" });
  });

  it("reads an English report", () => {
    const lines = ["# Daily fire situation report", "As of 08:00, 22 July 2033", "", "Three new fires were found.", "", "---", "", "## Wildfire reaches the edge of Alder Hollow village", "", "The largest fire in the region grew to 4,850 hectares overnight and is now 2.3 km from the village."];
    expect(findReportStory(lines)).toEqual({ heading: 7, asOf: "As of 08:00, 22 July 2033" });
  });

  it.each([
    ["a section's label, not a headline", report("### Прочее")],
    ["a page without an as-of line", ["## Новости", "### Пожар в Кебском лесничестве подошёл к селу Ольховая Падь", "Текст."]],
  ])("is null for %s", (_name, lines) => {
    expect(findReportStory(lines)).toBeNull();
  });
});
