import { describe, expect, it } from "vitest";
import { normalizeDate } from "../../src/corpus/dates.ts";
import { isOwnBlogColumn } from "../../src/corpus/own-blog-column.ts";
import { readShopNewsColumn } from "../../src/corpus/shop-news-column.ts";

const isRule = (line: string): boolean => /^-{3,}$/u.test(line);
const stampDate = (text: string): string | null => normalizeDate(text, true);
const RU =
  "В воскресенье, 9 марта, около 11:20 у деревни от берегового припая оторвалась льдина с рыбаками, и ветер за два часа отнёс её почти на три километра от берега.";
const EN =
  "At about 11.20am on Sunday a sheet of ice broke away from the shore with forty anglers on it, and the wind carried it almost three kilometres out into the lake.";

describe("isOwnBlogColumn", () => {
  it("tells a column named as the site's own blog or news with a possessive", () => {
    for (const name of ["Из нашего блога", "Из наших новостей", "Наш блог", "Our blog", "From our own blog"]) expect(isOwnBlogColumn(name)).toBe(true);
    for (const name of ["Цены весны", "Почему нам доверяют", "Our prices", "Наши работы"]) expect(isOwnBlogColumn(name)).toBe(false);
  });
});

describe("readShopNewsColumn with a possessive column name", () => {
  it("reads a window fitter's post under «Из нашего блога», its stamp dated in the copyright span's last year", () => {
    const lines = [
      "# 🪟 Окна Приозерья",
      "",
      "## Цены весны",
      "",
      "- **Окно ПВХ 1300×1400** — от 11 900 ₽ с монтажом",
      "- **Балконный блок** — от 23 800 ₽",
      "- **Москитная сетка** — 1 200 ₽ за штуку",
      "",
      "---",
      "",
      "## Из нашего блога",
      "",
      "### Льдина на озере: как это было",
      "",
      "*Запись от 11 марта · рубрика «Новости города»*",
      "",
      RU,
      "",
      "_Команда «Окна Приозерья»_",
      "",
      "---",
      "",
      "## Почему нам доверяют",
      "",
      "- Работаем с 2011 года",
      "",
      "© 2011–2031 · Политика конфиденциальности",
    ];
    const read = readShopNewsColumn(lines, isRule, stampDate);
    expect(read?.title).toBe("Льдина на озере: как это было");
    expect(read?.stamp).toBe("11 марта 2031");
    expect(read?.site).toBe("Окна Приозерья");
    expect(read?.lines.filter((line) => line.trim() !== "")).toEqual([RU, "_Команда «Окна Приозерья»_"]);
  });

  it("reads a shop's post under \"Our blog\"", () => {
    const lines = ["# Lakeside Windows", "", "## Prices", "", "- Casement window — from £390", "- Bay window — from £1,250", "- Door — from £820", "", "---", "", "## Our blog", "", "### Ice sheet on the lake: what happened", "", EN, "", "---", "", "© 2031 Lakeside Windows"];
    const read = readShopNewsColumn(lines, isRule, stampDate);
    expect(read?.title).toBe("Ice sheet on the lake: what happened");
    expect(read?.lines.filter((line) => line.trim() !== "")).toEqual([EN]);
  });
});
