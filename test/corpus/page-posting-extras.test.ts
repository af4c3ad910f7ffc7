import { describe, expect, it } from "vitest";
import { afterPostingExtras, isButtonRow, isSourcesLine } from "../../src/corpus/page-posting-extras.ts";
import { en, expectPostRead, ru } from "../helpers/blog-post-body.ts";

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
    expectPostRead(lines, expected);
  });
});
