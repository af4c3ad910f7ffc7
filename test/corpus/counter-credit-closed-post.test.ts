import { describe, expect, it } from "vitest";
import { closingCreditDay, readCreditClosedPost } from "../../src/corpus/counter-credit-closed-post.ts";
import { parseArticle } from "../../src/corpus/clean.ts";

describe("closingCreditDay: a post's credit line of the writer and the day", () => {
  it.each([
    ["*Текст: Ирина Мухина, управляющая студией · 22 июля 2031 · по данным ГИМС, полиции и компании «Акватур»*", "22 июля 2031"],
    ["Автор: Павел Зуев · 22.07.2031", "22.07.2031"],
    ["*Words by Anna Kestle, owner · 24 March 2032 · Sources: Dunmoor Fire and Rescue Service*", "24 March 2032"],
    ["Author: Jo Pike | 3 May 2031 | according to the coastguard", "3 May 2031"],
    // The day first (a posting line, not a credit), no writer, a sentence after the day.
    ["22 июля 2031 · Текст: Ирина Мухина", null],
    ["Текст: пресс-служба · 22 июля 2031", null],
    ["By Jo Pike · 3 May 2031 · The fire started at noon.", null],
  ])("%s → %s", (line, expected) => {
    expect(closingCreditDay(line)).toBe(expected);
  });

  const page = (head: string[], headline: string, paragraphs: string[], credit: string, end: string[]): string[] => [
    ...head,
    "",
    headline,
    "",
    ...paragraphs.flatMap((text) => [text, ""]),
    credit,
    "",
    ...end,
  ];
  const cases: [string, string[], string, string[], string, string[], string, string][] = [
    [
      "Russian",
      ["Войти · Корзина сертификатов (0)", "", "# 🌿 Кулинарная студия «Тимьян»", "*Готовим вместе с 2015 года*", "", "> 🎁 Июль: второй мастер-класс — за полцены!"],
      "## Гидроцикл врезался в катамаран во время нашего круиза",
      [
        "В субботу, 19 июля, на водохранилище гидроцикл на полном ходу врезался в прогулочный катамаран, на борту которого шёл наш мастер-класс. Рассказываем, что знаем.",
        "### Как это было",
        "Катамаран отошёл от причала в 18:00. На борту было 38 пассажиров. Около 18:40 в левый борт катамарана на скорости около 60 км/ч врезался гидроцикл.",
        "### Что сделали мы",
        "Всем участникам круиза мы вернули деньги и подарили сертификат на любой мастер-класс. Спасатели уже пообещали прийти на уху.",
      ],
      "*Текст: Ирина Мухина, управляющая студией · 22 июля 2031 · по данным ГИМС и полиции*",
      ["📤 Поделиться: ВКонтакте · Telegram", "", "### 📅 Ближайшие мастер-классы", "26 июля · Грузинские хинкали · 3 200 ₽"],
      "Гидроцикл врезался в катамаран во время нашего круиза",
      "22 июля 2031",
    ],
    [
      "English",
      ["Sign in · Basket (0)", "", "# 🌿 Thyme Cookery School", "*Cooking together since 2015*", "", "> 🎁 July: second pasta class at half price!"],
      "## Jet ski hits catamaran during our cookery cruise",
      [
        "On Saturday 19 July a jet ski at full speed hit the pleasure catamaran on the reservoir while our sunset fish-soup class was under way on board. Here is what we know.",
        "### How it happened",
        "The catamaran left the north pier at 6pm with 38 passengers on board. At about 6.40pm a jet ski hit its left side at around 60 km/h.",
        "### What we did",
        "We refunded everyone on the cruise and gave each guest a voucher for any class. The rescuers have promised to come to the rescheduled class.",
      ],
      "*Words by Irene Mukhina, studio manager · 22 July 2031 · according to the coastguard and the police*",
      ["📤 Share: Facebook · X", "", "### 📅 Upcoming classes", "26 July · Georgian dumplings · £32"],
      "Jet ski hits catamaran during our cookery cruise",
      "22 July 2031",
    ],
  ];
  it.each(cases)("reads the post signed at its end (%s)", (_, head, headline, paragraphs, credit, end, title, day) => {
    const post = readCreditClosedPost(page(head, headline, paragraphs, credit, end));
    expect(post?.title).toBe(title);
    expect(post?.stamp).toBe(day);
    const text = post?.lines.join("\n") ?? "";
    expect(text).toContain(paragraphs[4]);
    expect(text).toContain(paragraphs[1]);
    expect(text).not.toContain(credit);
    expect(text).not.toContain(end[2]);
    expect(text).not.toContain(head[3]);
  });
  it.each(cases)("leaves a page whose credit line no share row follows (%s)", (_, head, headline, paragraphs, credit) => {
    expect(readCreditClosedPost(page(head, headline, paragraphs, credit, ["Prices", "From 22 000"]))).toBeNull();
  });
  it.each(cases)("cleans such a page: the headline titles it, the credit line dates it (%s)", (_, head, headline, paragraphs, credit, end, title) => {
    const article = parseArticle("post.md", page(head, headline, paragraphs, credit, end).join("\n"), "h");
    expect(article.meta.title).toBe(title);
    expect(article.text).not.toContain(head[3]?.replace(/\*/gu, ""));
    expect(article.text).not.toContain(credit.replace(/\*/gu, ""));
  });
});
