import { describe, expect, it } from "vitest";
import { dropClosingDocumentsList, dropDocumentsBlock } from "../../src/corpus/documents-list.ts";

describe("dropClosingDocumentsList", () => {
  it("drops a Russian page's closing documents list", () => {
    const lines = ["Следующая сводка выйдет 8 июля.", "", "Документы к сводке:", "Сводка_3.pdf (212 КБ)", "Форма заявления.docx (38 КБ)"];
    expect(dropClosingDocumentsList(lines)).toBe(true);
    expect(lines).toEqual(["Следующая сводка выйдет 8 июля.", ""]);
  });

  it("drops an English page's closing downloads", () => {
    const lines = ["The next update is on Monday.", "Documents:", "- [PDF] Decision notice (301 KB)"];
    expect(dropClosingDocumentsList(lines)).toBe(true);
    expect(lines).toEqual(["The next update is on Monday."]);
  });

  it("leaves files with no list heading above them alone", () => {
    const lines = ["The report (212 KB) was published.", "Report.pdf (212 KB)"];
    expect(dropClosingDocumentsList(lines)).toBe(false);
    expect(lines).toHaveLength(2);
  });
});

describe("dropDocumentsBlock", () => {
  it.each([
    ["a Russian page's documents with their kinds and sizes", ["Телефон горячей линии: 2-19-30.", "**Документы:**", "- 📄 Приказ от 16.01.2034 № 14-од «О подвозе» (PDF, 184 КБ)", "- 📄 Расписание на 17–19.01.2034 (DOCX, 41 КБ)", "", "Поделиться"], ["Телефон горячей линии: 2-19-30.", "", "Поделиться"]],
    ["an English page's attachments", ["Text.", "Attachments:", "Detour map 15.10.2025 (PDF, 1.2 MB)", "More text."], ["Text.", "More text."]],
  ])("drops %s", (_name, lines, kept) => {
    const copy = [...lines];
    expect(dropDocumentsBlock(copy)).toBe(true);
    expect(copy).toEqual(kept);
  });

  it("leaves a heading with no files under it alone", () => {
    const lines = ["Documents:", "The report was published on Monday."];
    expect(dropDocumentsBlock(lines)).toBe(false);
    expect(lines).toHaveLength(2);
  });
});
