import { describe, expect, it } from "vitest";
import { normalizeDate } from "../../src/corpus/dates.ts";
import { findSectionedHeadline, mastheadName } from "../../src/corpus/sectioned-page.ts";
import { isDashRule } from "../helpers/rule-line.ts";

const isStamp = (text: string): boolean => normalizeDate(text, true) !== null;
/** A story paragraph long enough for the item's block to hold most of the page's text. */
const story = (sentence: string): string[] => Array.from({ length: 20 }, () => sentence);

describe("findSectionedHeadline", () => {
  it("finds the item under a news breadcrumb between widget blocks; its posting line dates it", () => {
    const lines = [
      "TODAY AT THE ZOO - Friday 19 July 2030",
      "---",
      "ADOPT AN ANIMAL",
      "Bronze £35 - certificate, photo, fact sheet",
      "[ Adopt Banyu ]",
      "---",
      "NEWS  >  Zoo news  >  Statements",
      "",
      "Update on the incident in Tiger Territory",
      "Published Friday 19 July 2030, 11:30",
      "",
      ...story("One of our keepers was seriously hurt yesterday afternoon when our male tiger got out of his enclosure."),
      "---",
      "FEEDING TIMES",
      "11:00  Penguin Beach feed",
    ];
    expect(findSectionedHeadline(lines, isDashRule, isStamp)).toEqual({
      title: "Update on the incident in Tiger Territory",
      stamp: "Friday 19 July 2030, 11:30",
      head: [6, 8, 9],
      from: 6,
      to: 31,
    });
  });

  it("finds a Russian item whose stamp line names the news section, without labels", () => {
    const lines = [
      "#### Календарь охотничьего сезона",
      "- Кабан — с 1 июня по 28 февраля",
      "---",
      "### Несчастный случай на загонной охоте",
      "*Новости общества · 4 ноября 2033*",
      ...story("В субботу во время коллективной охоты на кабана один охотник ранил другого, пострадавший в больнице."),
    ];
    expect(findSectionedHeadline(lines, isDashRule, isStamp, false)).toMatchObject({ title: "Несчастный случай на загонной охоте", stamp: "4 ноября 2033", head: [3, 4], from: 3 });
  });

  it("takes a headline after its day under a news label further down the site's head", () => {
    const lines = [
      "# Ход строительства ЖК",
      "Застройщик: ООО «СЗ» · Срок сдачи: IV квартал 2035",
      "## Новости стройки",
      "### 16.05.2035 · Заявление компании о происшествии на площадке",
      ...story("15 мая 2035 года около 15:20 на строительной площадке корпуса 3 упал башенный кран, погибли двое рабочих."),
      "---",
      "## Фотоотчёт за апрель 2035",
    ];
    expect(findSectionedHeadline(lines, isDashRule, isStamp)).toMatchObject({ title: "Заявление компании о происшествии на площадке", stamp: "16.05.2035", head: [2, 3], from: 2 });
  });

  it("takes the headline of a banner block of its own above the item, the year of its issue line borrowed", () => {
    const lines = [
      "Hollin Crags National Park Authority",
      "---",
      "Alerts & conditions",
      "---",
      "INCIDENT STATEMENT",
      "Lightning strike on Tarnhead Ridge, Saturday 9 August 2031",
      "Issued by the Chief Executive's office, Sunday 10 August, 18:30",
      "---",
      ...story("We are deeply saddened to confirm that a walker has died and eight other people were hurt by lightning."),
    ];
    expect(findSectionedHeadline(lines, isDashRule, isStamp)).toMatchObject({ title: "Lightning strike on Tarnhead Ridge, Saturday 9 August 2031", stamp: "Sunday 10 August 2031, 18:30", head: [], from: 8 });
  });

  it("takes a banner that is a headline alone", () => {
    const lines = ["RIDE · WALLET · HELP", "Pinned · Fleet updates · 6 min read", "---", "What happened at our depot, and what we are changing", "---", ...story("At about 3.20am on Thursday a fire started in the charging room of our depot and two of our team were hurt.")];
    expect(findSectionedHeadline(lines, isDashRule, isStamp)).toMatchObject({ title: "What happened at our depot, and what we are changing", stamp: null, from: 5 });
  });

  it("finds nothing on a page whose item does not hold most of its text, or with no rule", () => {
    const widgets = Array.from({ length: 40 }, (_, k) => `Row ${k} of the timetable with its times and prices, £5.20 adult / £3.10 child`);
    expect(findSectionedHeadline(["## Новости", "### Пожар на складе", ...story("Склад горел всю ночь."), "---", ...widgets], isDashRule, isStamp)).toBeNull();
    expect(findSectionedHeadline(["## Новости", "### Пожар на складе в промзоне", ...story("Склад горел всю ночь, пожарные работали до утра, пострадавших нет, причину выясняют дознаватели.")], isDashRule, isStamp)).toBeNull();
  });

  it("does not take a posting line for a headline", () => {
    const lines = ["KGRL News", "---", "KGRL News", "Posted Saturday, January 27, 2029 at 10:48 p.m. by Hank Solberg, News Director", ...story("One man died and 62 other people were brought back to shore after a sheet of ice broke away.")];
    expect(findSectionedHeadline(lines, isDashRule, isStamp)).toBeNull();
  });
});

describe("mastheadName", () => {
  it("reads a site's name in bold alone, in bold before its tagline, or in capitals", () => {
    expect(mastheadName("**Туристский информационный центр Орлиногорского района**")).toBe("Туристский информационный центр Орлиногорского района");
    expect(mastheadName("**АО «Приозёрные электрические сети»** — филиал «Заозёрнинские ЭС»")).toBe("АО «Приозёрные электрические сети»");
    expect(mastheadName("KELBECK & ASKERDALE AMATEUR RADIO SOCIETY")).toBe("KELBECK & ASKERDALE AMATEUR RADIO SOCIETY");
  });

  it("leaves a plain line, a contact line and a status line alone", () => {
    expect(mastheadName("Tarrowdale Hydro Ltd")).toBeNull();
    expect(mastheadName("г. Орлиногорск, ул. Вокзальная, 3 · ☎ +7 (38822) 4-15-90")).toBeNull();
    expect(mastheadName("REPEATER STATUS 11 FEB 2031")).toBeNull();
  });
});
