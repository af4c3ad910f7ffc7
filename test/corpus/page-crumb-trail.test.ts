import { describe, expect, it } from "vitest";
import { afterCrumbTrail, isCrumbTrail } from "../../src/corpus/page-crumb-trail.ts";
import { en, expectPostRead, isRule, ru } from "../helpers/blog-post-body.ts";

describe("isCrumbTrail: a crumb trail opened by the home page or by its section, between angles, slashes or arrows", () => {
  it.each([
    ["Home › News › Club news", true],
    ["Journal > Local news", true],
    ["Blog > Community news", true],
    ["Главная → Новости → Происшествия", true],
    ["Главная / Блог / Новости района", true],
    ["Блог › Новости района", true],
    ["Home → Blog → Around town", true],
    ["Блог › Уголовное право › Защита потерпевших", false],
    ["River Report > Local news > June", false],
    ["Home | Classes | Timetable | Prices", false],
    ["Bell tents · Shepherd's huts · Woodland cabins", false],
    ["Главная · Услуги · Практика · Блог", false],
  ] as const)("reads %j as a trail: %s", (line, expected) => {
    expect(isCrumbTrail(line)).toBe(expected);
  });

  it.each([
    ["a rule under the trail (Russian)", ["Главная → Новости → Происшествия", "", "---", "", "## В парке сошёл с рельсов поезд"], 4],
    ["no rule under the trail", ["Journal > Local news", "", "Lift falls at the hospital: what we know"], 2],
  ] as const)("finds the headline after %s", (_name, lines, expected) => {
    expect(afterCrumbTrail(lines, 0, isRule)).toBe(expected);
  });
});

describe("readCrumbSharePost with a trail opened by its section or drawn with arrows", () => {
  it.each([
    [
      "a glamping site's journal post under a trail without the home page",
      [
        "BRAMBLEHURST GLAMPING",
        "Home | Our Stays | Prices | Journal | Book Now",
        "Reception open 9am–6pm daily · Check-in 3pm–8pm",
        "",
        "Journal > Local news",
        "",
        "Ostriches on the main road: what happened on Thursday",
        "",
        "By Hannah, co-owner · 12 March 2026 · Local news · 5 min read",
        "",
        ...en,
        "",
        "Share this post: Facebook · Instagram · Email",
        "",
        "PRICES 2026 (per night)",
        "Bell tent, sleeps 4 ........ from £95",
        "",
        "© 2026 Bramblehurst Glamping Ltd · Privacy",
      ],
      { title: "Ostriches on the main road: what happened on Thursday", stamp: "12 March 2026", site: "Bramblehurst Glamping", text: en },
    ],
    [
      "an electrician's post under an arrow trail with a rule under it (Russian)",
      [
        "# «Вольт-Сервис»",
        "**Электромонтажные работы** · Гарантия 3 года",
        "- Электрик на дом",
        "- Новости",
        "",
        "Главная → Новости → Происшествия",
        "",
        "---",
        "",
        "## Обрушение горки в аквапарке: что известно",
        "",
        "**15 июня 2026** · Текст: Константин, главный инженер",
        "",
        ...ru,
        "",
        "Поделиться: ВКонтакте · Telegram",
        "",
        "### Популярные услуги",
        "| Замена автомата в щитке | от 600 ₽ |",
        "",
        "ООО «Вольт-Сервис» · ОГРН 1187232014590",
      ],
      { title: "Обрушение горки в аквапарке: что известно", stamp: "15 июня 2026", site: "«Вольт-Сервис»", text: ru },
    ],
  ] as const)("takes %s", (_name, lines, expected) => {
    expectPostRead(lines, expected);
  });
});
