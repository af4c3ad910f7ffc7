import { describe, expect, it } from "vitest";
import { readCrumbSharePost } from "../../src/corpus/crumb-share-post.ts";
import { normalizeDate } from "../../src/corpus/dates.ts";
import { afterCrumbTrail, isCrumbTrail } from "../../src/corpus/page-crumb-trail.ts";

const isRule = (line: string): boolean => /^(?:-{3,}|={3,})$/u.test(line);
const stampDate = (text: string): string | null => normalizeDate(text.replace(/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+/iu, ""), true);

const en = [
  "Lots of parents messaged us on Thursday asking whether the dojo was open, and it was: it all happened about 500 metres from our front door.",
  "At about 6.50am on Thursday eleven ostriches got out of a farm and ran across two fields onto the northbound carriageway of the main road.",
  'A van swerved to avoid three of the birds and was hit from behind by a car. "I have never seen anything move as fast as those birds," one driver said.',
  "Farm staff, police officers and a vet caught eight more by 10.20am using hurdles and feed buckets; the last bird was found in a garden centre car park.",
  "The northbound carriageway was closed for five and a half hours and reopened at 12.25pm, and the council will inspect the farm next week.",
  "The farmer said he will replace the whole perimeter with a 2.4-metre deer fence and keep the birds in their winter barns until it is finished.",
  "Thursday's early adult class was cancelled, and every member can come to an extra session, free, on Sunday morning at ten o'clock.",
  "Inspector Dan Haworth said the police were not treating it as a criminal matter, and asked anyone with dashcam footage to call 101 quoting the incident.",
  "Oss, and drive carefully.",
];
const ru = [
  "Аквапарк — наш ближайший сосед: у нас общая парковка, и многие семьи за один день успевают и поплавать, и покататься на коньках.",
  "В субботу около 14:20 в аквапарке обрушилась часть водной горки — самой высокой в аквапарке, её стартовая площадка находится на высоте 18 метров.",
  "Пострадали 12 человек: те, кто был в трубе, и посетители, стоявшие в бассейне внизу. Пятерых госпитализировали в городскую больницу.",
  "«Сначала был скрежет, потом труба просто сложилась и ушла вниз вместе с людьми», — рассказала посетительница аквапарка, стоявшая у бортика.",
  "Следственный комитет возбудил уголовное дело об оказании услуг, не отвечающих требованиям безопасности; задержан главный инженер аквапарка.",
  "Глава города сказал: «Мы проверим все аттракционы в городе, и пока проверка не закончится, ни один аквапарк не откроется».",
  "Общая парковка частично закрыта до 20 августа, поэтому въезжайте со стороны соседней улицы, а детям с билетом аквапарка — бесплатный сеанс.",
  "Из аквапарка эвакуировали около 1 300 посетителей, эвакуация заняла 25 минут; на место прибыли 32 спасателя и девять машин скорой помощи.",
  "Берегите себя!",
];

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
    const page = readCrumbSharePost(lines, isRule, stampDate);
    expect(page?.title).toBe(expected.title);
    expect(page?.stamp).toBe(expected.stamp);
    expect(page?.site).toBe(expected.site);
    expect(page?.lines.filter((line) => line !== "")).toEqual(expected.text);
  });
});
