import { describe, expect, it } from "vitest";
import { normalizeDate } from "../../src/corpus/dates.ts";
import { readShopNewsColumn } from "../../src/corpus/shop-news-column.ts";

const isRule = (line: string): boolean => /^-{3,}$/u.test(line);
const stampDate = (text: string): string | null => normalizeDate(text, true);
const TEXT = "Утром в понедельник, 18 ноября, около 7:40, прямо напротив нашей лавки прорвало магистральную теплотрассу, и под тротуаром провалился асфальт: яма сразу заполнилась кипятком.";
const TEXT_EN = "At about 9.15am on Tuesday a slab of ice fell from the roof of our building onto the pavement by the main entrance, hitting one of our members on his way in.";

describe("readShopNewsColumn", () => {
  it("takes a florist's news item: the head (but a notice), the catalogue and the advice column after the item's rule go", () => {
    const lines = [
      "# 🌷 Цветочная лавка «Ландыш»",
      "*живые цветы с 2009 года*",
      "> ⚠ Вход временно со двора",
      "> 🔥 Акция: розы — 150 ₽ за штуку",
      "---",
      "## 💐 Букеты недели",
      "- **«Первый снег»** — розы, эвкалипт · **2 900 ₽**",
      "- **«Брусничный морс»** — розы, скиммия · **3 400 ₽**",
      "- **«Маме с любовью»** — хризантемы · **2 100 ₽**",
      "---",
      "## 📰 Новости лавки",
      "### Прорыв теплотрассы у нашей лавки",
      "*20.11.2032*",
      "Дорогие покупатели!",
      TEXT,
      "---",
      "## 🌿 Уход за цветами зимой",
      "Не оставляйте букет в холодной машине, подрезайте стебли каждые два дня.",
    ];
    expect(readShopNewsColumn(lines, isRule, stampDate)).toEqual({
      lines: ["> ⚠ Вход временно со двора", "", "Дорогие покупатели!", TEXT],
      title: "Прорыв теплотрассы у нашей лавки",
      stamp: "20.11.2032",
      site: "Цветочная лавка «Ландыш»",
    });
  });

  it("goes on past a rule with more of the item's text under it, and stops at the rule over the footer", () => {
    const lines = ["# Northgate Fitness", "## Prices", "- Day pass — £8", "- Month — £40", "- Year — £400", "---", "## News", "### Ice fall at our entrance", TEXT_EN, "---", TEXT_EN, "---", "**Northgate Fitness Ltd** · Company no. 0123"];
    expect(readShopNewsColumn(lines, isRule, stampDate)?.lines).toEqual([TEXT_EN, "---", TEXT_EN]);
  });

  it("reads a bold item heading opened by its day under a bold site name", () => {
    const lines = ["🚲 **Прокат велосипедов «Крутим Педали» · Светлозатонск**", "---", "### Тарифы", "- Городской — 150 ₽/час", "- Горный — 250 ₽/час", "- Тандем — 350 ₽/час", "---", "### Новости проката", "**12.08.2034 · Маршрут вдоль реки закрыт**", TEXT, "---", "© ИП Гордеев"];
    expect(readShopNewsColumn(lines, isRule, stampDate)).toEqual({ lines: [TEXT], title: "Маршрут вдоль реки закрыт", stamp: "12.08.2034", site: "Прокат велосипедов «Крутим Педали»" });
  });

  it("reads a fitness club's news under its class schedule, and no page without a listing above the column", () => {
    const lines = ["# Northgate Fitness", "## Class timetable", "- 07:30 — Circuits · studio 2", "- 18:30 — Pilates · studio 1", "- 19:45 — Spin · studio 2", "---", "## Club news", "### Ice fall at our entrance", TEXT_EN, "---", "Memberships: 8 classes — £40"];
    expect(readShopNewsColumn(lines, isRule, stampDate)).toEqual({ lines: [TEXT_EN], title: "Ice fall at our entrance", stamp: null, site: "Northgate Fitness" });
    expect(readShopNewsColumn(lines.filter((line) => !line.startsWith("- ")), isRule, stampDate)).toBeNull();
  });
});
