import { describe, expect, it } from "vitest";
import { normalizeDate } from "../../src/corpus/dates.ts";
import { readShopNewsColumn } from "../../src/corpus/shop-news-column.ts";
import { dashDayHeading, isFeedColumn, isFurtherDatedItem, isHeadCounter, postingStamp, secondLevelSiteName } from "../../src/corpus/shop-column-variants.ts";

const isRule = (line: string): boolean => /^-{3,}$/u.test(line);
const stampDate = (text: string): string | null => normalizeDate(text, true);
const TEXT = "В среду, 17 сентября, около 14:20 на территории завода напротив нашей мастерской загорелось судно, стоявшее на ремонте в плавучем доке, и улицу перекрыли до позднего вечера.";
const TEXT_EN = "At about 11.25am on Saturday a sled team and four spectators went through the ice of the river two kilometres above the town, in front of the start line where our vans were parked.";

describe("shop column variants", () => {
  it("reads a site's name in a level-2 heading only when its copyright repeats it", () => {
    const footer = ["Текст.", "", "© 2019 Аниматоры «Конфетти». Все персонажи — собственные костюмы"];
    expect(secondLevelSiteName(footer, "## 🎈 Аниматоры «Конфетти» · Ольховатск")).toBe("Аниматоры «Конфетти»");
    expect(secondLevelSiteName(["Text.", "(c) 2031 Harbour Yarns"], "## Harbour Yarns — knitting shop")).toBe("Harbour Yarns");
    expect(secondLevelSiteName(["Text.", "© 2031 Another Name"], "## Harbour Yarns")).toBeNull();
    expect(secondLevelSiteName(footer, "# Аниматоры «Конфетти»")).toBeNull();
  });

  it("tells a column named as the site's own news or feed", () => {
    for (const name of ["Наши новости", "Из нашей ленты", "From our feed", "Our feed"]) expect(isFeedColumn(name)).toBe(true);
    for (const name of ["Наши программы", "Отзывы", "Our prices"]) expect(isFeedColumn(name)).toBe(false);
  });

  it("reads an item's heading opened by its day and a dash, the copyright's span giving the year", () => {
    const lines = ["Текст.", "© 2012–2025 «Байт-Причал», ИП Шилов"];
    expect(dashDayHeading("19.09 — Пожар на заводе: как мы работаем", lines, stampDate)).toEqual({ title: "Пожар на заводе: как мы работаем", stamp: "19.09.2025" });
    expect(dashDayHeading("19.09.2031 — Fire at the yard", [], stampDate)).toEqual({ title: "Fire at the yard", stamp: "19.09.2031" });
    expect(dashDayHeading("19.09 — Fire at the yard", ["© 2019 Party Time"], stampDate)).toEqual({ title: "Fire at the yard", stamp: null });
    expect(dashDayHeading("Пожар на заводе — как мы работаем", lines, stampDate)).toBeNull();
  });

  it("reads a stamp opened by its posting label, dated or not", () => {
    const lines = ["Текст.", "© 2012–2031 · Оплата наличными"];
    expect(postingStamp("Пост от 11 февраля · рубрика «Жизнь города»", lines, stampDate)).toEqual({ day: "11 февраля 2031" });
    expect(postingStamp("Размещено 6 марта 2026 г.", [], stampDate)).toEqual({ day: "6 марта 2026" });
    expect(postingStamp("Posted on 3 May", ["(c) 2020-2031 Vans Ltd"], stampDate)).toEqual({ day: "3 May 2031" });
    expect(postingStamp("Пост от 16 июля", ["© 2019 Аниматоры"], stampDate)).toEqual({ day: null });
    expect(postingStamp("Рубрика «Жизнь города»", lines, stampDate)).toBeNull();
  });

  it("tells a further dated item of the column and the head's counters", () => {
    expect(isFurtherDatedItem("### 02.09 — Снова в наличии SSD", 3)).toBe(true);
    expect(isFurtherDatedItem("#### 02.09 — Снова в наличии SSD", 3)).toBe(false);
    expect(isFurtherDatedItem("### What we are doing", 3)).toBe(false);
    expect(isHeadCounter("> Отремонтировано устройств с 2012 года: **23 417** · Средний срок ремонта: **2 дня**")).toBe(true);
    expect(isHeadCounter("> Repairs since 2012: **23,417** · Average turnaround: **2 days**")).toBe(true);
    expect(isHeadCounter("> ⚠ Вход временно со двора")).toBe(false);
    expect(isHeadCounter("> Closed: 12 May, road works")).toBe(false);
  });

  it("reads a repair shop's column whose item is dated in its heading, its counters and the next item dropped", () => {
    const lines = [
      "# Ремонт компьютеров «Байт-Причал» — Новопоморск",
      "> Отремонтировано устройств с 2012 года: **23 417** · Средний срок ремонта: **2 дня**",
      "## Услуги и цены",
      "- Диагностика — 500 ₽",
      "- Чистка ноутбука — 1 800 ₽",
      "- Замена клавиатуры — от 1 200 ₽",
      "## Новости",
      "### 19.09 — Пожар на заводе: как мы работаем",
      TEXT,
      "### 02.09 — Снова в наличии SSD на 512 ГБ",
      "Перенесём систему за 1 час.",
      "---",
      "© 2012–2025 «Байт-Причал», ИП Шилов Р. А.",
    ];
    expect(readShopNewsColumn(lines, isRule, stampDate)).toEqual({ lines: [TEXT], title: "Пожар на заводе: как мы работаем", stamp: "19.09.2025", site: "Ремонт компьютеров «Байт-Причал»" });
  });

  it("reads a party entertainers' feed under a level-2 name, its undated posting stamp and reviews dropped", () => {
    const lines = [
      "## Party Pirates · Oakley",
      "### Our shows",
      "- Treasure hunt, 90 min — £120",
      "- Science show, 50 min — £140",
      "- Bubble show, 40 min — £95",
      "---",
      "### Our feed",
      "#### Why we moved Saturday's party",
      "_Posted on 16 July_",
      TEXT_EN,
      "---",
      "### Reviews",
      "> Best party ever! — Anna",
      "---",
      "© 2019 Party Pirates",
    ];
    expect(readShopNewsColumn(lines, isRule, stampDate)).toEqual({ lines: [TEXT_EN], title: "Why we moved Saturday's party", stamp: null, site: "Party Pirates" });
  });
});
