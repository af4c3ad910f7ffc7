import { describe, expect, it } from "vitest";
import { dropClosingDocumentsList } from "../../src/corpus/documents-list.ts";

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
