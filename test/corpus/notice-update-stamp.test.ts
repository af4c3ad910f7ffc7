import { describe, expect, it } from "vitest";
import { normalizeDate } from "../../src/corpus/dates.ts";
import { noticeUpdateDate } from "../../src/corpus/notice-update-stamp.ts";

const stampDate = (text: string): string | null => normalizeDate(text, true);

describe("noticeUpdateDate", () => {
  it("dates a page by its head's notice stamped with a weekday, in its copyright's year when the weekday agrees", () => {
    const lines = ["PENNYCROSS GOLF RANGE", "****", " RANGE NOTICE - updated Thursday 9 October, 8.15am", " The lane is open again.", "****", "Text.", "© 2025 Pennycross Golf Range Ltd"];
    expect(noticeUpdateDate(lines, stampDate)).toBe("2025-10-09");
    expect(noticeUpdateDate(lines.map((line) => line.replace("2025", "2024")), stampDate)).toBeNull();
    expect(noticeUpdateDate(lines.slice(0, -1), stampDate)).toBeNull();
  });

  it("reads a Russian notice so", () => {
    const lines = ["ЛОДОЧНАЯ СТАНЦИЯ «ПРИЧАЛ»", "ОБЪЯВЛЕНИЕ — обновлено в четверг, 9 октября, 08:15", "Причал открыт.", "Текст.", "© 2019–2025 «Причал»"];
    expect(noticeUpdateDate(lines, stampDate)).toBe("2025-10-09");
    expect(noticeUpdateDate(["Объявление — обновлено в четверг, 9 октября", "© 2025 «Причал»"], stampDate)).toBeNull();
  });
});
