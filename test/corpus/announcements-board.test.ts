import { describe, expect, it } from "vitest";
import { readAnnouncementsBoard } from "../../src/corpus/announcements-board.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

const dateOf = (text: string): string | null => ({ "14 Jan 2025": "2025-01-14", "9 Jan 2025": "2025-01-09" })[text] ?? null;

describe("readAnnouncementsBoard", () => {
  it("takes the urgent entry of a drivers' board; the head, the intro and older entries go, the same day's entries stay", () => {
    const lines = [
      "**Такси «Вьюга»** · Диспетчерская: 2-55-55",
      "---",
      "## Объявления для водителей",
      "*Раздел для водителей. Ознакомление обязательно.*",
      "---",
      "### 🔴 14.01.2025 — ВАЖНО: работа через реку запрещена",
      "Уважаемые водители!",
      "---",
      "### 💰 Тарифы с 14.01.2025",
      "- Посадка — 120 ₽",
      "---",
      "### 🛠 09.01.2025 — Техосмотр",
      "Техосмотр до 31 января.",
      "---",
      "*Показаны объявления за 30 дней. [Архив объявлений](#)*",
    ];
    expect(readAnnouncementsBoard(lines, isRule, dateOf)).toEqual({
      lines: ["Уважаемые водители!", "---", "### 💰 Тарифы с 14.01.2025", "- Посадка — 120 ₽", "---", "---"],
      title: "Работа через реку запрещена",
      date: "2025-01-14",
    });
  });

  it("takes the longest entry when none is marked urgent, its day written in words; a page of one entry is not a board", () => {
    const lines = ["## Notices for drivers", "---", "### 14 Jan 2025 — Bridge closed to all cabs", "The bridge is closed.", "Use the bypass.", "---", "### 9 Jan 2025 — Tyres", "Check tyres."];
    expect(readAnnouncementsBoard(lines, isRule, dateOf)).toEqual({
      lines: ["The bridge is closed.", "Use the bypass.", "---"],
      title: "Bridge closed to all cabs",
      date: "2025-01-14",
    });
    expect(readAnnouncementsBoard(["## Notices", "### 14 Jan 2025 — Bridge closed", "Text."], isRule, dateOf)).toBeNull();
  });
});
