import { describe, expect, it } from "vitest";
import { readJournalPostPage } from "../../src/corpus/journal-post-page.ts";

const EN_BODY = [
  "Sunday morning's junior football at the recreation ground ended in the worst possible way, and here is what the club has told us.",
  "",
  "At 10.47am lightning struck the steel goalpost at the clubhouse end of the pitch. The goalkeeper, 11, was thrown to the ground and a nurse started CPR.",
  "",
  "Eleven people were hurt in all. Nobody died. The league has cancelled all its fixtures for the coming weekend and the council has promised a lightning shelter.",
];

const RU_BODY = [
  "Во вторник, 1 июля, около 17:40 на город налетел шквал: по данным МЧС, порывы ветра доходили до 27 м/с. На перекрёстке рухнул рекламный щит размером 12 на 4 метра.",
  "",
  "Погиб 58-летний мужчина: он ждал автобус под навесом остановки. Пострадали ещё шесть человек, четверых увезли в городскую больницу.",
  "",
  "Следственный комитет возбудил уголовное дело, задержан технический директор компании. Семье погибшего выплатят 1 млн рублей, пострадавшим — по 200 тысяч.",
];

describe("readJournalPostPage", () => {
  it("reads a shop's journal post: head above the headline and blocks from the share row go", () => {
    const lines = [
      "ASHGROVE FRAMES & GALLERY",
      "Home | Bespoke Framing | Journal | Visit Us | Basket (0)",
      "",
      "Lightning at the rec: what happened to the Colts",
      "",
      "Posted Tuesday 10 June 2031 by Rachel Henley, owner · Community · 5 min read",
      "",
      ...EN_BODY,
      "",
      "Rachel",
      "",
      "Share this post:  Facebook · WhatsApp · X · Email",
      "",
      "OUR PRICES",
      "Bespoke framing ........ from £45",
    ];
    const page = readJournalPostPage(lines);
    expect(page?.title).toBe("Lightning at the rec: what happened to the Colts");
    expect(page?.stamp).toBe("10 June 2031");
    expect(page?.head[0]).toBe("ASHGROVE FRAMES & GALLERY");
    expect(page?.lines).toEqual(["", ...EN_BODY, "", "Rachel", ""]);
  });

  it("drops a share row between the posting line and the post, and ends at the tags row", () => {
    const lines = ["KESTLE SUN ENERGY", "", "Cliff fall at the sands: what we saw", "Posted 12 August 2025 by Sarah Quiller, Office Manager · 5 min read", "", "Share: Facebook · X · WhatsApp · Email", "", ...EN_BODY, "", "Tags: community", "", "Get our newsletter"];
    const page = readJournalPostPage(lines);
    expect(page?.stamp).toBe("12 August 2025");
    expect(page?.lines).toEqual(["", "", ...EN_BODY, ""]);
  });

  it("reads a Russian post under its emphasised posting line, ending at the next heading of its level", () => {
    const lines = ["# Кинологическая школа «Верный след»", "", "## Курсы и цены", "| Курс | Стоимость |", "", "### Рекламный щит на Строителей: что случилось во вторник", "", "*3 июля 2031 · Автор: Марина Кольцова, старший инструктор · Рубрика: Жизнь школы*", "", ...RU_BODY, "", "### Читайте также", "", "## Отзывы"];
    const page = readJournalPostPage(lines);
    expect(page?.title).toBe("Рекламный щит на Строителей: что случилось во вторник");
    expect(page?.stamp).toBe("3 июля 2031");
    expect(page?.lines).toEqual(["", ...RU_BODY, ""]);
  });

  it("reads a posting line with pictographs, ending at the share row", () => {
    const lines = ["# 🎳 Боулинг-клуб «Кегельбан» · Кедрогорск", "", "## Новости клуба", "", "### Лось против автобуса", "", "🗓 10 ноября 2025 · ✍ Ксения Лаврушина, администратор клуба · 👁 2 418 просмотров", "", ...RU_BODY, "", "Поделиться: ВКонтакте · Telegram", "", "## Цены на дорожку"];
    const page = readJournalPostPage(lines);
    expect(page?.stamp).toBe("10 ноября 2025");
    expect(page?.lines).toEqual(["", ...RU_BODY, ""]);
  });

  it("ends a post set under a product's card at the next heading of its level («Текст:»)", () => {
    const lines = ["**Аукционный дом «Антресоль»**", "", "# Лот № 37", "| **Эстимейт** | 40 000 ₽ |", "", "### Почему театр выставил этот лот", "", "*19 ноября 2025 · Текст: Ольга Веденеева, редактор каталога*", "", ...RU_BODY, "", "### Условия покупки", "- Оплата в течение 5 рабочих дней."];
    expect(readJournalPostPage(lines)?.lines).toEqual(["", ...RU_BODY, ""]);
  });

  it.each([
    ["a page without a head above the headline", ["Lightning at the rec", "Posted 10 June 2031 by Rachel Henley", "", ...EN_BODY, "", "Share this post: Facebook"]],
    ["a post without an end (no share row, tags or related posts)", ["SHOP", "", "Lightning at the rec", "Posted 10 June 2031 by Rachel Henley", "", ...EN_BODY]],
    ["a sentence over the posting line", ["SHOP", "", "The rec was closed.", "Posted 10 June 2031 by Rachel Henley", "", ...EN_BODY, "", "Share this post: Facebook"]],
    ["a short note before the share row", ["SHOP", "", "Closed today", "Posted 10 June 2031 by Rachel Henley", "", "Back tomorrow.", "", "Share this post: Facebook"]],
    ["a dated line without an author", ["ШКОЛА", "", "Щит упал", "3 июля 2031 · Рубрика: Жизнь школы", "", ...RU_BODY, "", "Поделиться: ВКонтакте"]],
  ])("leaves %s alone", (_name, lines) => {
    expect(readJournalPostPage(lines)).toBeNull();
  });
});

describe("readJournalPostPage: posting lines of other shapes", () => {
  it("reads a day-first posting line with the author's role, a share row over the post and the tags row under it", () => {
    const lines = ["J. RUDD & DAUGHTERS", "Home | Prices | News", "", "Home › News › Community", "", "Hornet attack in the woods: a message to our families", "Wednesday 17 September 2025 · Clare Rudd, Funeral Director · News", "", "Share: Facebook | X | WhatsApp | Email | Print", "", ...EN_BODY, "", "With love from Clare", "", "Tags: community", "", "OUR PRICES", "Direct cremation ........ £1,595"];
    const page = readJournalPostPage(lines);
    expect(page?.title).toBe("Hornet attack in the woods: a message to our families");
    expect(page?.stamp).toBe("17 September 2025");
    expect(page?.lines).toEqual(["", "", ...EN_BODY, "", "With love from Clare", ""]);
  });

  it("reads a headline in capitals over a \"Posted by\" line", () => {
    const lines = ["SUDS & SPIN LAUNDERETTE", "PRICE LIST", "  Washer, 8kg ........ £4.50", "", "Community Board > Local news", "", "THE NIGHT THE STAR HIT THE LEDGES", "Posted by Kerenza Polglase, owner · Tuesday 26 August 2031 · 5 min read", "", ...EN_BODY, "", "— Kerenza", "", "Share this post:  Facebook · WhatsApp", "", "JOIN OUR TEXT CLUB"];
    const page = readJournalPostPage(lines);
    expect(page?.title).toBe("THE NIGHT THE STAR HIT THE LEDGES");
    expect(page?.stamp).toBe("26 August 2031");
    expect(page?.head).toEqual(lines.slice(0, 6));
    expect(page?.lines).toEqual(["", ...EN_BODY, "", "— Kerenza", ""]);
  });

  it("reads a byline alone over the day's line", () => {
    const lines = ["KETTLE & KILN COFFEE ROASTERS", "", "Journal / Community", "", "Barrier collapse at the criterium: what we saw", "", "Words by Tom Aske, co-founder & head roaster", "Monday 16 September 2030 · 6 min read", "", ...EN_BODY, "", "Tom", "", "Share: Facebook · Email", "", "JOIN THE BREW CLUB"];
    const page = readJournalPostPage(lines);
    expect(page?.title).toBe("Barrier collapse at the criterium: what we saw");
    expect(page?.stamp).toBe("16 September 2030");
    expect(page?.lines).toEqual(["", ...EN_BODY, "", "Tom", ""]);
  });

  it("reads a Russian line of fields with its day in bold, closed by a share row after a pictograph", () => {
    const lines = ["🧸 **ИГРУШКИН ДВОР** — магазин игрушек", "", "> 🎁 **Бесплатно упакуем подарок** при покупке от 1 500 ₽", "", "## Кайман в нашем магазине: как прошла суббота", "", "**10 февраля 2025** · Текст: Марина Белоусова, управляющая магазином · 👁 4 812 просмотров", "", "---", "", ...RU_BODY, "", "📤 Поделиться: VK · Telegram · OK", "", "**Вам может понравиться**"];
    const page = readJournalPostPage(lines);
    expect(page?.title).toBe("Кайман в нашем магазине: как прошла суббота");
    expect(page?.stamp).toBe("10 февраля 2025");
    expect(page?.lines).toEqual(["", "---", "", ...RU_BODY, ""]);
  });

  it("drops the post's filing fields under its posting line", () => {
    const lines = ["Crystal Pane Window Cleaning", "", "Display plane lands on the beach: what happened", "", "Posted on 16 June 2031 by Gemma Thorley, office manager", "Sources: HM Coastguard, Brinscombe Town Council", "Category: Local News", "", ...EN_BODY, "", "Share this post: Facebook | X"];
    const ru = ["# Фермерская лавка", "", "## Пожар в планетарии по соседству", "", "*3 июля 2031 · Автор: Анна Шестакова, управляющая лавкой*", "**Рубрика:** Новости лавки", "", ...RU_BODY, "", "**Поделиться:** ВКонтакте · Telegram"];
    expect(readJournalPostPage(lines)?.lines).toEqual(["", ...EN_BODY, ""]);
    expect(readJournalPostPage(ru)?.lines).toEqual(["", ...RU_BODY, ""]);
  });

  it.each([
    ["a line of fields whose post ends at its tags row", ["ШКОЛА", "", "## Щит упал", "", "**15 июня 2026** · Текст: Константин Лопатин, инженер", "", ...RU_BODY, "", "*Теги:* #новости", "", "Поделиться: ВКонтакте"]],
    ["a line of fields without an author's name", ["ШКОЛА", "", "## Щит упал", "", "**15 июня 2026** · Текст: пресс-служба школы", "", ...RU_BODY, "", "Поделиться: ВКонтакте"]],
    ["a news byline opened by \"By\"", ["SHOP", "", "Lightning at the rec", "By Hannah Pryce, co-owner · 12 March 2026 · Local news", "", ...EN_BODY, "", "Share this post: Facebook"]],
    ["a label in capitals over a posting line", ["SHOP", "", "OUR NEWS", "Posted by Kerenza Polglase, owner · Tuesday 26 August 2031", "", ...EN_BODY, "", "Share this post: Facebook"]],
  ])("leaves %s alone", (_name, lines) => {
    expect(readJournalPostPage(lines)).toBeNull();
  });
});
