import { describe, expect, it } from "vitest";
import { readNoticeBoard } from "../../src/corpus/notice-board.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

describe("readNoticeBoard", () => {
  it("keeps the pinned notices, takes the manager's statement as the title and drops the head, the ads and the rules", () => {
    const lines = [
      "# Рынок «Северный» — доска объявлений",
      "ООО «УК «Квартал»» · г. Новосельск, ул. Мельничная, 1",
      "Разделы доски: Объявления · Сдаётся · Требуются",
      "---",
      "## 📌 Закреплено администрацией",
      "### ВНИМАНИЕ АРЕНДАТОРАМ! Рынок открывается 14 октября",
      "Павильон № 3 откроется позже.",
      "### Заявление управляющей компании о событиях 11 октября",
      "11 октября на рынке произошла драка.",
      "_Генеральный директор А. С. Петрова, 13.10.2025_",
      "---",
      "## Сдаётся",
      "- **Место № 47**, 6 м². 14 500 руб./мес. _(10.10)_",
      "- **Павильон № 14**, 18 м². 32 000 руб./мес. _(09.10)_",
      "---",
      "Объявления размещаются бесплатно.",
      "© ООО «УК «Квартал»», 2025",
    ];
    expect(readNoticeBoard(lines, isRule)).toEqual({
      lines: ["ВНИМАНИЕ АРЕНДАТОРАМ! Рынок открывается 14 октября", "Павильон № 3 откроется позже.", "11 октября на рынке произошла драка.", "_Генеральный директор А. С. Петрова, 13.10.2025_", "---"],
      title: "Заявление управляющей компании о событиях 11 октября",
      date: "2025-10-13",
      board: "Рынок «Северный»",
    });
  });

  it("reads an English board", () => {
    const lines = ["# Riverside Market — notice board", "---", "## 📌 Pinned by the management", "### Statement from the management on Saturday's fire", "A stall caught fire.", "Jo Bloggs, Manager, 12.10.2025"];
    expect(readNoticeBoard(lines, isRule)).toMatchObject({ title: "Statement from the management on Saturday's fire", date: "2025-10-12", board: "Riverside Market" });
  });

  it("leaves a page without a board's heading alone", () => {
    expect(readNoticeBoard(["# Riverside Market", "## 📌 Pinned", "Text."], isRule)).toBeNull();
  });
});
