import { describe, expect, it } from "vitest";
import { normalizeDate } from "../../src/corpus/dates.ts";
import { readShopNewsColumn } from "../../src/corpus/shop-news-column.ts";
import { boldNameWithTown, dotStamp, isBlogColumn, isHeadPromotion, stampWithYear, withoutOpeningDay } from "../../src/corpus/shop-column-heading.ts";

const isRule = (line: string): boolean => /^-{3,}$/u.test(line);
const stampDate = (text: string): string | null => normalizeDate(text, true);
const TEXT = "В ночь на 3 марта, около 04:10, в полутора километрах от села разорвало магистральный газопровод, и столб огня высотой около 50 метров был виден даже у нас в городе.";
const TEXT_EN = "At about 9.15am on Tuesday a slab of ice fell from the roof of our building onto the pavement by the main entrance, hitting one of our members on his way in.";

describe("shop column headings", () => {
  it("tells a column named as the shop's blog or notes, its day after a dot aside", () => {
    for (const name of ["Из блога магазина", "Записки из лавки · 5 марта 2033", "From the shop's blog", "Notes from the counter · 5 March 2033"]) expect(isBlogColumn(name)).toBe(true);
    for (const name of ["Новые поступления · неделя 28 октября – 3 ноября", "Цены на заезды", "Opening hours"]) expect(isBlogColumn(name)).toBe(false);
  });

  it("reads a day after or before a middle dot, and takes an opening day off a heading", () => {
    expect(dotStamp("Записки из лавки · 5 марта 2033", stampDate, false)).toBe("5 марта 2033");
    expect(dotStamp("22.01.2031 · Снегоочиститель у входа", stampDate, true)).toBe("22.01.2031");
    expect(withoutOpeningDay("22.01.2031 · Снегоочиститель у входа", stampDate)).toBe("Снегоочиститель у входа");
    expect(withoutOpeningDay("Fire next door · what we know", stampDate)).toBe("Fire next door · what we know");
  });

  it("reads a bold name with its town and a stamp without its year", () => {
    expect(boldNameWithTown("🍵 **Чайная лавка «Зелёный лист»** · г. Луговск")).toBe("Чайная лавка «Зелёный лист»");
    expect(boldNameWithTown("**Kiln Street Tea Rooms** · Redmarsh")).toBe("Kiln Street Tea Rooms");
    expect(boldNameWithTown("**Автосервис «Поршень»** · г. Светлодонск, ул. Промышленная, 8")).toBeNull();
    expect(stampWithYear("Рубрика: жизнь клуба · 29 октября", "2024", stampDate)).toBe("29 октября 2024");
    expect(stampWithYear("Club life · 29 October", null, stampDate)).toBeNull();
  });

  it("tells a promotion among the head's quoted lines, not a notice", () => {
    expect(isHeadPromotion("> ⏱ Лучший круг недели: **38,214 с** — Никита Р. (карт № 7)")).toBe(true);
    expect(isHeadPromotion("> 🏆 Зимний чемпионат, этап 3 — 8 февраля, регистрация открыта")).toBe(true);
    expect(isHeadPromotion("> 🏆 Lap record: 38.2 s — Nick R.")).toBe(true);
    expect(isHeadPromotion("> ⚠ Вход временно со двора")).toBe(false);
  });

  it("reads a tea shop's notes column dated after a dot under a bold name with its town", () => {
    const lines = ["🍵 **Чайная лавка «Лист»** · г. Луговск", "### Хиты недели", "- Те Гуань Инь — 100 г · 890 ₽", "- Дянь Хун — 50 г · 540 ₽", "- Шу пуэр, блин 357 г · 2 450 ₽", "---", "## Записки из лавки · 5 марта 2033", "### Что случилось с газопроводом", TEXT, "---", "**Чайная школа** · Дегустация — 700 ₽"];
    expect(readShopNewsColumn(lines, isRule, stampDate)).toEqual({ lines: [TEXT], title: "Что случилось с газопроводом", stamp: "5 марта 2033", site: "Чайная лавка «Лист»" });
  });

  it("reads a karting centre's item heading opened by its day, its head's record and registration dropped", () => {
    const lines = ["# 🏁 Картинг-центр «Вираж» · Ледогорск", "> ⏱ Лучший круг недели: **38,214 с** — Никита Р.", "> 🏆 Этап 3 — 8 февраля, регистрация открыта", "---", "## Цены на заезды", "- Взрослый карт — **950 ₽**", "- Детский карт — **650 ₽**", "- Абонемент — **4 200 ₽**", "---", "## Новости центра", "### 22.01.2031 · Снегоочиститель у нашего входа", TEXT, "---", "### 10.01.2031 · Школа пилотов"];
    expect(readShopNewsColumn(lines, isRule, stampDate)).toEqual({ lines: [TEXT], title: "Снегоочиститель у нашего входа", stamp: "22.01.2031", site: "Картинг-центр «Вираж»" });
  });

  it("reads a bookshop's blog column whose stamp has no year, the copyright's year added", () => {
    const lines = ["# Oldshelf Books", "## New arrivals", "- «Winter Road», a novel — £12 · [Add to basket]", "- «River and People» — £15 · [Add to basket]", "- «Pilot's Notes» — £8 · [Reserve]", "---", "## From the shop's blog", "### Our reading club is home", "_Club life · 29 October_", TEXT_EN, "---", "© Oldshelf Books, 2011–2024"];
    expect(readShopNewsColumn(lines, isRule, stampDate)).toEqual({ lines: [TEXT_EN], title: "Our reading club is home", stamp: "29 October 2024", site: "Oldshelf Books" });
  });
});
