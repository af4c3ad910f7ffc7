import { describe, expect, it } from "vitest";
import { readReportExcerpt } from "../../src/corpus/report-excerpt.ts";

describe("readReportExcerpt", () => {
  it("takes a report excerpt's bold headline as the title; the label, the footnotes, their marks and the other-news line go", () => {
    const lines = [
      "### Выдержка из доклада. Глава 4.3. «Право на жизнь» (стр. 61–64)",
      "",
      "**Пожар в интернате**",
      "",
      "Ночную смену несли три сотрудника¹. Замену решёток запланировали «на 2026 год»².",
      "",
      "¹ Штатное расписание интерната.",
      "² Письмо министерства от 17.04.2024.",
      "Другие новости: 01.04.2025 · Приём граждан",
    ];
    expect(readReportExcerpt(lines)).toEqual({ lines: ["", "", "Ночную смену несли три сотрудника. Замену решёток запланировали «на 2026 год».", ""], title: "Пожар в интернате" });
  });

  it("reads an English excerpt", () => {
    const lines = ["## Excerpt from the annual report. Chapter 2 (pp. 10–12)", "**Fire at a care home**", "Three staff were on duty¹.", "¹ Staff rota."];
    expect(readReportExcerpt(lines)).toEqual({ lines: ["Three staff were on duty."], title: "Fire at a care home" });
  });

  it("leaves a page with no excerpt label alone", () => {
    expect(readReportExcerpt(["## Annual report", "**Fire**", "Text¹."])).toBeNull();
  });
});
