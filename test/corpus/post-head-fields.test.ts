import { describe, expect, it } from "vitest";
import { bylineOverDay, isPostFilingField } from "../../src/corpus/post-head-fields.ts";

describe("bylineOverDay: a byline alone over the day's line", () => {
  it.each([
    ["Words by Tom Aske, co-founder & head roaster", "Monday 16 September 2030 · 6 min read", "16 September 2030"],
    ["By Jo Pike", "3 May 2031", "3 May 2031"],
    ["*Written by Sam Hollis, Head Gardener*", "*June 3, 2031 · 12 comments*", "June 3, 2031"],
    ["Текст: Анна Шестакова, управляющая лавкой", "11 ноября 2030 · 4 мин чтения", "11 ноября 2030"],
    ["Автор: Степан Зуев", "вторник, 15 июля 2031 · 👁 2 317", "15 июля 2031"],
  ])("%s / %s", (byline, day, expected) => {
    expect(bylineOverDay(byline, day)).toBe(expected);
  });

  it.each([
    // A sentence over the day, a day with more than counters beside it, a byline over no day.
    ["By the time the crews arrived, the road was shut.", "Monday 16 September 2030"],
    ["Words by Tom Aske", "Monday 16 September 2030 · Brantley Fold town centre"],
    ["Текст: Анна Шестакова", "Рубрика: Новости лавки"],
    ["Journal / Community", "Monday 16 September 2030 · 6 min read"],
  ])("leaves %s / %s", (byline, day) => {
    expect(bylineOverDay(byline, day)).toBeNull();
  });
});

describe("isPostFilingField: a post's filing fields under its posting line", () => {
  it.each([
    ["Category: Local News", true],
    ["Categories: Community, Events", true],
    ["Sources: HM Coastguard, Brinscombe Town Council, AAIB", true],
    ["Filed under: community, cycling", true],
    ["**Рубрика:** Новости лавки", true],
    ["Источники: МЧС, мэрия, очевидцы", true],
    ["Раздел: Городские новости", true],
    // A source line naming the outlet is the metadata reader's; a sentence is the post's.
    ["Source: Reuters", false],
    ["The category of the race was changed on Sunday.", false],
    ["Рубрику «Вопрос — ответ» ведёт Анна.", false],
  ])("%s → %s", (line, expected) => {
    expect(isPostFilingField(line)).toBe(expected);
  });
});
