import { describe, expect, it } from "vitest";
import { dropParishSiteFurniture } from "../../src/corpus/parish-page.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

describe("dropParishSiteFurniture", () => {
  it("drops a Russian parish site's calendar line, donation details block and visit counter", () => {
    const lines = ["> Сегодня 20 августа 2025 года (7 августа по ст. ст.), среда. Постный день.", "---", "Храм пострадал от пожара.", "---", "Подать записку онлайн", "Реквизиты: ИНН 3519000000, р/с 40703810000000000000.", "---", "Нас посетили: сегодня — 2 118, за всё время — 48 930"];
    expect(dropParishSiteFurniture(lines, isRule)).toBe(true);
    expect(lines).toEqual(["---", "Храм пострадал от пожара.", "---", "---"]);
  });

  it("drops an English site's visit counter", () => {
    const lines = ["The church roof burned.", "Visitors: today — 2,118, total — 48,930"];
    expect(dropParishSiteFurniture(lines, isRule)).toBe(true);
    expect(lines).toEqual(["The church roof burned."]);
  });

  it("leaves a page with neither a calendar line nor a counter alone, its donation details too", () => {
    const lines = ["Today the roof was repaired.", "---", "Bank details: 12-34-56", "---"];
    expect(dropParishSiteFurniture(lines, isRule)).toBe(false);
    expect(lines).toHaveLength(4);
  });
});
