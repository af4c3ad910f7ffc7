import { describe, expect, it } from "vitest";
import { readCrumbSharePost } from "../../src/corpus/crumb-share-post.ts";
import { normalizeDate } from "../../src/corpus/dates.ts";
import { ruleClosingPost } from "../../src/corpus/page-rule-end.ts";

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

describe("ruleClosingPost: the rule under a post whose share row of links is gone", () => {
  it.each([
    ["a rule under the post", ["Lots of parents messaged us.", "", "Oss, and drive carefully.", "", "---", "", "### Prices"], 4],
    ["a rule under the post (Russian)", ["Аквапарк — наш ближайший сосед.", "", "Берегите себя!", "", "", "---", "### Цены на массовое катание"], 5],
    ["no rule under the post", ["Lots of parents messaged us.", "", "Oss, and drive carefully."], -1],
  ] as const)("finds %s", (_name, lines, expected) => {
    expect(ruleClosingPost(lines, 0, isRule)).toBe(expected);
  });
});

describe("readCrumbSharePost when the share row was a row of links (dropped before the page is read)", () => {
  it.each([
    [
      "an ice arena's post: the rule under it ends it, the price table and footer under the rule go (Russian)",
      [
        "# Ледовая арена «Кристалл»",
        "",
        "ул. Спортивная, 14 · Открыто ежедневно 9:00–23:00",
        "",
        "---",
        "",
        "Главная › Новости › Город",
        "",
        "## Обрушение горки в аквапарке: что известно и что меняется у нас",
        "",
        "*10 августа 2026, 12:30 · Автор: Дарья, администратор арены*",
        "",
        ...ru,
        "",
        "",
        "---",
        "",
        "### Цены на массовое катание",
        "| Взрослый билет (1,5 часа) | 350 ₽ | 450 ₽ |",
        "",
        "© 2014–2026 МАУ «Ледовая арена «Кристалл»» · ИНН 7612045518",
      ],
      { title: "Обрушение горки в аквапарке: что известно и что меняется у нас", stamp: "10 августа 2026", site: "Ледовая арена «Кристалл»", text: ru },
    ],
    [
      "a swim school's post: the rule under it ends it, the timetable under the rule goes",
      [
        "# Riverside Swim School",
        "",
        "Home › News › Around town",
        "",
        "Ostriches on the main road: why Thursday's lessons moved",
        "",
        "*14 February 2026 · by Jo, head coach*",
        "",
        ...en,
        "",
        "---",
        "",
        "LESSON TIMES",
        "Mon 4.00–6.00pm · Sat 9.00am–1.00pm",
        "",
        "© 2026 Riverside Swim School Ltd",
      ],
      { title: "Ostriches on the main road: why Thursday's lessons moved", stamp: "14 February 2026", site: "Riverside Swim School", text: en },
    ],
  ] as const)("takes %s", (_name, lines, expected) => {
    const page = readCrumbSharePost(lines, isRule, stampDate);
    expect(page?.title).toBe(expected.title);
    expect(page?.stamp).toBe(expected.stamp);
    expect(page?.site).toBe(expected.site);
    expect(page?.lines.filter((line) => line !== "")).toEqual(expected.text);
  });
});
