import { describe, expect, it } from "vitest";
import { readSearchOrientation } from "../../src/corpus/search-orientation.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

describe("readSearchOrientation", () => {
  it("dates an orientation page by its status banner; the footer under the last rule goes, its copyright names the squad", () => {
    const lines = [
      "**ПСО «Сокол»** — добровольческий отряд",
      "---",
      "> 🟢 **СТАТУС ПОИСКА: НАЙДЕН, ЖИВ** (обновлено 25.08.2025, 12:15)",
      "# ПРОПАЛ ЧЕЛОВЕК!",
      "Ушёл в лес и не вернулся.",
      "---",
      "Распечатать ориентировку · Скопировать текст",
      "Хотите стать поисковиком? Обучение — каждый четверг.",
      "© ПСО «Сокол», 2016–2025. При перепечатке ссылка обязательна.",
    ];
    expect(readSearchOrientation(lines, isRule)).toEqual({ lines: lines.slice(0, 5), stamp: "25.08.2025, 12:15", squad: "ПСО «Сокол»" });
  });

  it("keeps an English page whole when no copyright closes it", () => {
    const lines = ["> **SEARCH STATUS: FOUND SAFE** (updated 3 May 2031, 09:00)", "MISSING: walker on the fells", "---", "Share this appeal"];
    expect(readSearchOrientation(lines, isRule)).toEqual({ lines, stamp: "3 May 2031, 09:00", squad: null });
  });

  it.each([
    ["a status line not quoted", ["SEARCH STATUS: ACTIVE (updated 3 May 2031)", "Text."]],
    ["a quoted status with no stamp", ["> SEARCH STATUS: ACTIVE", "Text."]],
  ])("leaves %s alone", (_name, lines) => {
    expect(readSearchOrientation(lines, isRule)).toBeNull();
  });
});
