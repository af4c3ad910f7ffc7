import { describe, expect, it } from "vitest";
import { postingFieldsDay } from "../../src/corpus/posting-fields-line.ts";
import { readJournalPostPage } from "../../src/corpus/journal-post-page.ts";

describe("postingFieldsDay: a posting line written as a row of the post's fields", () => {
  it.each([
    ["Friday 11 June 2032 · posted by Tess Marchetti (owner) · filed under: Community, Shop news", "11 June 2032"],
    ["By Martin Healey, Director | Published 9 February 2026 | Category: Local News | 3 comments", "9 February 2026"],
    ["Date: 03.05.2031 | Author: Jo Pike | Section: Town news", "03.05.2031"],
    ["**15.02.2034** | Автор: Денис Голованов, администратор клуба | Источники: ЕДДС, МЧС, администрация города | 👁 1 132", "15.02.2034"],
    ["**Дата публикации:** 04.03.2032 · **Автор:** Денис Ковригин, руководитель сервисного центра · **Источники:** ОГИБДД · 👁 2 417", "04.03.2032"],
    ["📅 вторник, 3 марта 2032 · Текст: Анна Шестакова · Рубрика: Новости лавки", "3 марта 2032"],
    // No author, no field beyond the day and the author, a part that is no field, a sentence with a dot in it.
    ["Friday 11 June 2032 · Category: Community · 3 comments", null],
    ["Posted on Thursday 5 June 2036 by Claire Dunmore, Yard Manager", null],
    ["15.02.2034 | Автор: Денис Голованов", null],
    ["15.02.2034 | Автор: Денис Голованов | Мы открылись после ремонта", null],
    ["By noon on 9 February 2026 | the runway was closed | Category: News", null],
    ["04.03.2032 · по данным МЧС · 👁 2 417", null],
  ])("%s → %s", (line, expected) => {
    expect(postingFieldsDay(line)).toBe(expected);
  });

  const body = (paragraphs: string[]): string[] => paragraphs.flatMap((text) => [text, ""]);

  it("lets the journal reader take a shop's post under such a row, closed by its share row (English)", () => {
    const lines = [
      "CLEARVIEW GLAZING & WINDOWS",
      "Home | Windows | Doors | Blog | Contact",
      "*** WINTER OFFER: 15% off A-rated uPVC windows ***",
      "You are here: Home > Blog > Local News",
      "",
      "Smoke before take-off: the power bank fire on our flight",
      "By Martin Healey, Director | Published 9 February 2026 | Category: Local News | 3 comments",
      "Sources: the airport, the airline",
      "",
      ...body([
        "This blog is usually about condensation and draughty sash windows. This week is different: my wife and I were on the plane.",
        "At 6.52am, while we were still parked on the stand, a woman in row 23 shouted that her bag was smoking. Within seconds a power bank inside it was spitting flames.",
        "The crew emptied two extinguishers on it and ordered an evacuation down the slides. The airport says the cabin was empty in 90 seconds, and nine people were hurt.",
      ]),
      "Share this post: Facebook · X · LinkedIn · Email",
      "",
      "SHOWROOM HOURS",
      "Mon–Fri 8am–5.30pm",
    ];
    expect(readJournalPostPage(lines)).toBeNull();
    const page = readJournalPostPage(lines, { fieldRows: true });
    expect(page?.title).toBe("Smoke before take-off: the power bank fire on our flight");
    expect(page?.stamp).toBe("9 February 2026");
    expect(page?.lines.join("\n")).not.toMatch(/Sources:|Share this|SHOWROOM|WINTER OFFER/u);
  });

  it("lets the journal reader take a club's post under such a row with its day in digits (Russian)", () => {
    const lines = [
      "**ПЕЙНТБОЛ · ЛАЗЕРТАГ · ДЕТСКИЕ ПРАЗДНИКИ** — Новоозёрск",
      "[Главная](#) | [Цены](#) | [Новости](#)",
      "> ❄️ **Зимний пейнтбол до 10 марта:** игра 2 часа — 1 500 ₽ с человека.",
      "",
      "## Снег с крыши стадиона рухнул на парковку: пострадали два человека",
      "",
      "**15.02.2034** | Автор: Денис Голованов, администратор клуба | Источники: ЕДДС, МЧС | 👁 1 132",
      "",
      ...body([
        "Наша зимняя площадка находится через дорогу от стадиона, и многие игроки ставят машины на стадионной парковке. Поэтому рассказываем подробно.",
        "Во вторник около 13:20 с крыши восточной трибуны сошёл пласт снега и льда. По оценке МЧС, вниз упало около 40 тонн снега.",
        "Повреждены 17 автомобилей: у многих разбиты лобовые стёкла, смяты крыши и капоты. Пострадали два человека, погибших нет. Прокуратура Новоозёрска начала проверку.",
      ]),
      "**Поделиться:** [ВК](#) · [Telegram](#)",
      "",
      "### Цены",
    ];
    expect(readJournalPostPage(lines)).toBeNull();
    const page = readJournalPostPage(lines, { fieldRows: true });
    expect(page?.title).toBe("Снег с крыши стадиона рухнул на парковку: пострадали два человека");
    expect(page?.stamp).toBe("15.02.2034");
    expect(page?.lines.join("\n")).not.toMatch(/Поделиться|Цены|Зимний/u);
  });
});
