import { describe, expect, it } from "vitest";
import { bylineDay } from "../../src/corpus/dated-byline.ts";

describe("bylineDay: a post's posting line in the shapes a plain pattern misses", () => {
  it.each([
    // The day first (with its weekday), then the author's name and role.
    ["Wednesday 17 September 2025 · Clare Rudd, Funeral Director · News, Bereavement Support", { day: "17 September 2025", fielded: false }],
    ["June 3, 2031 | Sam Hollis, Head Gardener", { day: "June 3, 2031", fielded: false }],
    ["*20 мая 2031 г. · Светлана Гурьева, управляющая салона · по данным МЧС, мэрии и по тому, что мы видели сами* · 👁 2 418", { day: "20 мая 2031", fielded: false }],
    ["понедельник, 4 марта 2030 · Ольга Сорокина, администратор", { day: "4 марта 2030", fielded: false }],
    // "Posted by" the author first, the day after.
    ["Posted by Kerenza Polglase, owner · Tuesday 26 August 2031 · 5 min read", { day: "26 August 2031", fielded: false }],
    ["Опубликовал Степан Зуев, пчеловод · 15 июля 2031", { day: "15 июля 2031", fielded: false }],
    // The day first, then fields, one of them the author's: a line of fields.
    ["**10 февраля 2025** · Текст: Марина Белоусова, управляющая магазином · 👁 4 812 просмотров · 💬 37", { day: "10 февраля 2025", fielded: true }],
    ["**11 ноября 2030** · Рубрика: Новости лавки · Текст: Анна Шестакова, управляющая лавкой · по информации МЧС", { day: "11 ноября 2030", fielded: true }],
    ["3 May 2031 · Category: Shop news · Author: Jo Pike", { day: "3 May 2031", fielded: true }],
  ])("%s", (line, expected) => {
    expect(bylineDay(line)).toEqual(expected);
  });

  it.each([
    // A bare "By" first, or "by" after the day, is a news byline the plain pattern reads or leaves.
    "By Hannah Pryce, co-owner · 12 March 2026 · Local news · 5 min read",
    "Tuesday 10 June 2031  ·  by Dave Quarrell",
    "12 March 2026 · Written by Priya Nandakumar MCSP, clinical lead physiotherapist · 5 min read",
    // The day not first; a day with its time; a label's value that is no name.
    "Club News · Tuesday 14 October 2031 · Posted by Martin Oakes, Club Secretary",
    "*10 августа 2026, 12:30 · Автор: Дарья Семёнова, администратор арены*",
    "Суббота, 8 апреля 2034 · Текст: пресс-служба центра · 👁 12 907",
    // A day alone, a day with a section only, a sentence.
    "17 September 2025",
    "3 июля 2031 · Рубрика: Жизнь школы",
    "On 17 September 2025 · we opened late, Clare Rudd said.",
  ])("leaves %s", (line) => {
    expect(bylineDay(line)).toBeNull();
  });
});
