import { describe, expect, it } from "vitest";
import { readMemorialPage } from "../../src/corpus/memorial-page.ts";

describe("readMemorialPage", () => {
  it("takes a memorial site's heading and name; the candle counters and the footer's update line go, the names stay", () => {
    const lines = [
      "🕯 **Зажжено свечей: 4 812** · [Зажечь свечу] · [Оставить воспоминание]",
      "",
      "# Память Заречья",
      "",
      "### 3 мая 2030 года. Мы помним каждого",
      "**Иванов Пётр Ильич**, 82 года",
      "Учитель физики. 🕯 611",
      "Сайт сделан жителями · Последнее обновление: 2 августа 2030 · Написать нам: pamyat@example.ru",
    ];
    expect(readMemorialPage(lines)).toEqual({
      lines: ["", "", "**Иванов Пётр Ильич**, 82 года", "Учитель физики."],
      title: "3 мая 2030 года. Мы помним каждого",
      site: "Память Заречья",
      updated: "2 августа 2030",
    });
  });

  it("reads an English memorial page, and no page that does not open with the candle counter", () => {
    const lines = ["🕯 Candles lit: 1,204 · [Light a candle]", "# Remembering Glenmoor", "## The night of the flood", "Ann Reid, 61. 🕯 88"];
    expect(readMemorialPage(lines)).toEqual({ lines: ["Ann Reid, 61."], title: "The night of the flood", site: "Remembering Glenmoor", updated: null });
    expect(readMemorialPage(["# Remembering Glenmoor", "## The night", "Ann Reid, 61. 🕯 88"])).toBeNull();
  });
});
