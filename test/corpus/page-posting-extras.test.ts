import { describe, expect, it } from "vitest";
import { readCrumbSharePost } from "../../src/corpus/crumb-share-post.ts";
import { normalizeDate } from "../../src/corpus/dates.ts";
import { afterPostingExtras, isButtonRow, isSourcesLine } from "../../src/corpus/page-posting-extras.ts";

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

describe("page-posting-extras: a sources line and a row of share buttons under a posting line", () => {
  it.each([
    ["Sources: Kelsworth Courier, Westshire Police and our own members", true],
    ["Source: the fire service", true],
    ["Источники: ГУ МЧС, администрация города, очевидцы", true],
    ["**Источники:** ГУ МЧС, транспортная прокуратура, дирекция парка", true],
    ["По данным МЧС и мэрии", true],
    ["Sources say the van driver was flown to hospital with a broken pelvis.", false],
    ["Lots of parents messaged us on Thursday asking whether the dojo was open.", false],
    ["Источник пожара пока не установлен.", false],
  ] as const)("reads %j as a sources line: %s", (line, expected) => {
    expect(isSourcesLine(line)).toBe(expected);
  });

  it.each([
    ["[ f Share ]  [ X Post ]  [ WhatsApp ]  [ Email ]", true],
    ["[ ВКонтакте ] [ Telegram ] [ Одноклассники ]", true],
    ["[ Accept ]  [ Reject ]", false],
    ["This website uses cookies.  [ Accept ]  [ Reject ]  [ Manage preferences ]", false],
    ["Подпишитесь на рассылку: [ваш e-mail] [Подписаться] [Отмена]", false],
  ] as const)("reads %j as a row of buttons: %s", (line, expected) => {
    expect(isButtonRow(line)).toBe(expected);
  });

  it.each([
    ["a sources line and a row of buttons", ["Sources: the Courier and the police", "[ f Share ]  [ X Post ]  [ Email ]", "", "Lots of parents messaged us."], 3],
    ["a sources line (Russian)", ["", "Источники: ГУ МЧС, очевидцы", "", "Наша мастерская девятый год работает здесь."], 3],
    ["no extras", ["", "Lots of parents messaged us."], 1],
  ] as const)("finds the post's first line after %s", (_name, lines, expected) => {
    expect(afterPostingExtras(lines, 0)).toBe(expected);
  });
});

describe("readCrumbSharePost with a sources line and share buttons under the posting line", () => {
  it.each([
    [
      "a karate club's post: its sources line and its row of share buttons are no part of it",
      [
        "KELSWORTH KENSHIN KARATE CLUB",
        "Home | Classes | Timetable | Prices | News | Contact",
        "",
        "Home › News › Club news",
        "",
        "Ostriches on the main road: what happened on Thursday morning",
        "",
        "By Sensei Mark, Chief Instructor (5th Dan) · Saturday 14 February 2026 · Club news",
        "Sources: Kelsworth Courier, Westshire Police and our own members",
        "[ f Share ]  [ X Post ]  [ WhatsApp ]  [ Email ]",
        "",
        ...en,
        "",
        "Share this post:  [ Facebook ]  [ X ]  [ WhatsApp ]",
        "",
        "WEEKLY TIMETABLE",
        "Mon   Juniors 5.00–5.45pm · Adults 7.15–8.45pm",
        "",
        "© 2026 Kelsworth Kenshin Karate Club. All rights reserved.",
      ],
      { title: "Ostriches on the main road: what happened on Thursday morning", stamp: "14 February 2026", site: "Kelsworth Kenshin Karate Club", text: en },
    ],
    [
      "a watch workshop's post: its sources line under the posting line goes (Russian)",
      [
        "**ЧАСОВАЯ МАСТЕРСКАЯ «МАЯТНИК»** · ремонт часов",
        "",
        "Главная / Блог / Новости района",
        "",
        "## Обрушение горки в аквапарке: что мы знаем",
        "",
        "**Опубликовано:** 18 февраля 2026 г. · **Автор:** Николай, мастер-часовщик",
        "Источники: ГУ МЧС, администрация города, очевидцы",
        "",
        ...ru,
        "",
        "Поделиться: ВКонтакте · Telegram",
        "",
        "© 2017–2026 «Маятник» · Политика конфиденциальности",
      ],
      { title: "Обрушение горки в аквапарке: что мы знаем", stamp: "18 февраля 2026", site: "Часовая мастерская «Маятник»", text: ru },
    ],
  ] as const)("takes %s", (_name, lines, expected) => {
    const page = readCrumbSharePost(lines, isRule, stampDate);
    expect(page?.title).toBe(expected.title);
    expect(page?.stamp).toBe(expected.stamp);
    expect(page?.site).toBe(expected.site);
    expect(page?.lines.filter((line) => line !== "")).toEqual(expected.text);
  });
});
