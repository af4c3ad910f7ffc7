import { describe, expect, it } from "vitest";
import { readPressCentrePage } from "../../src/corpus/press-centre-page.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

describe("readPressCentrePage", () => {
  it("drops a Russian agency's head with its press-centre menu and the print row; the body's bold name names the outlet", () => {
    const lines = ["**ФЕДЕРАЛЬНОЕ АГЕНТСТВО**", "**Северное управление**", "Область · районы", "**Пресс-центр**", "- **Новости**", "- Анонсы", "---", "### Браконьеры задержаны на реке", "16.05.2031 · 10:45 · Рубрика: Охрана", "Инспекторы задержали четверых.", "🖨 Распечатать · Поделиться: ВКонтакте | Telegram"];
    expect(readPressCentrePage(lines, isRule)).toEqual({
      lines: ["### Браконьеры задержаны на реке", "16.05.2031 · 10:45 · Рубрика: Охрана", "Инспекторы задержали четверых."],
      head: ["**ФЕДЕРАЛЬНОЕ АГЕНТСТВО**", "**Северное управление**", "Область · районы", "**Пресс-центр**", "- **Новости**", "- Анонсы"],
      body: "Северное управление",
    });
  });

  it("reads an English agency's press centre", () => {
    const lines = ["**Ashby Fisheries Agency**", "Press centre", "- News", "- Events", "---", "## Poachers caught with sturgeon", "16 May 2031 · Category: Enforcement", "Text.", "Print · Share: Facebook"];
    expect(readPressCentrePage(lines, isRule)?.lines).toEqual(["## Poachers caught with sturgeon", "16 May 2031 · Category: Enforcement", "Text."]);
  });

  it("leaves a page with no press-centre menu in its head alone", () => {
    expect(readPressCentrePage(["**Agency**", "Home", "---", "## Poachers caught", "16 May 2031 · Category: News", "Text."], isRule)).toBeNull();
  });
});
