import { describe, expect, it } from "vitest";
import { normalizeDate } from "../../src/corpus/dates.ts";
import { readSiteBlogPost } from "../../src/corpus/site-blog-post.ts";

const stampDate = (text: string): string | null => normalizeDate(text, true);
const STORY =
  "Вечером в воскресенье, 27 июля, около 17:20 через посёлок Калиновый Дол прошёл смерч. Повреждены 83 жилых дома, у 41 из них кровлю сорвало полностью, пострадали девять человек, троих госпитализировали в районную больницу.";

describe("readSiteBlogPost", () => {
  it("takes a business site's blog post: its heading is the title, the site's name the outlet; the price list and later sections go", () => {
    const lines = [
      "**«Кровля Надёжная»** — монтаж и ремонт кровли",
      "☎ +7 (4712) 55-81-30 · ежедневно 8:00–20:00",
      "",
      "> ⚠ Пострадавшим от смерча — скидка 20% до 31 августа.",
      "",
      "## Прайс-лист",
      "",
      "- Демонтаж старого шифера — от 120 ₽/м²",
      "- Монтаж металлочерепицы — от 480 ₽/м²",
      "- Монтаж профнастила — от 390 ₽/м²",
      "",
      "---",
      "",
      "## Блог компании",
      "",
      "### 🌪 Смерч в Калиновом Доле: почему крыши улетели",
      "*Запись от 29 июля 2025 года*",
      "",
      STORY,
      "",
      "Просмотров: 2 417 · Рубрика: Новости района",
      "",
      "## Как нас найти",
      "Заезд с улицы Промышленной, синие ворота.",
    ];
    expect(readSiteBlogPost(lines, stampDate)).toEqual({
      lines: ["> ⚠ Пострадавшим от смерча — скидка 20% до 31 августа.", "", "", STORY, "", ""],
      title: "Смерч в Калиновом Доле: почему крыши улетели",
      stamp: "29 июля 2025 года",
      site: "Кровля Надёжная",
    });
  });

  it("reads an English site under a level-1 name, and no page without a price list before the blog", () => {
    const story = `On Saturday a storm tore the roofs off 40 houses in Ashby. ${"Crews worked through the night to cover them. ".repeat(4)}`;
    const lines = ["# 🔨 Ashby Roofing — roofs since 1998", "## Prices", "- Gutter repair – from £85", "- Ridge tiles – £40", "- Survey – £0", "## From our blog", "### Storm night in Ashby", story];
    expect(readSiteBlogPost(lines, stampDate)).toEqual({ lines: [story], title: "Storm night in Ashby", stamp: null, site: "Ashby Roofing" });
    expect(readSiteBlogPost(["# Ashby Roofing", "## From our blog", "### Storm night in Ashby", story], stampDate)).toBeNull();
  });
});
