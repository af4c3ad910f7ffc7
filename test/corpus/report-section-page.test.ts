import { describe, expect, it } from "vitest";
import { readReportSectionPage } from "../../src/corpus/report-section-page.ts";

describe("readReportSectionPage", () => {
  it("takes a sustainability report's numbered section: heading, publication day, company; head, indicators and back link go", () => {
    const lines = [
      "Aurum plc | Sustainability Report 2033 (interactive edition)",
      "Home > Reports > 5. Environment > 5.4 Significant environmental incident",
      "[ Download full report (PDF) ]",
      "Reporting period: 1 January - 31 December 2033 | Published 22 April 2034",
      "5.4  Cyanide release, Sabanero Gold Mine",
      "KEY PERFORMANCE INDICATORS - SABANERO GOLD MINE",
      "",
      "Safety\t2032\t2033",
      "Fatalities\t0\t1",
      "",
      "What happened",
      "A tailings pipeline split open.",
      "Remediation\tAmount (US$ million)",
      "River clean-up\t7.3",
      "< Back to 5. Environment      Feedback on this report: s@example.com",
    ];
    expect(readReportSectionPage(lines)).toEqual({
      lines: ["What happened", "A tailings pipeline split open.", "Remediation\tAmount (US$ million)", "River clean-up\t7.3"],
      title: "Cyanide release, Sabanero Gold Mine",
      published: "22 April 2034",
      company: "Aurum plc",
    });
  });

  it("reads a Russian annual report's section, and leaves a page without a numbered breadcrumb alone", () => {
    const lines = ["АО «Руда» | Годовой отчёт 2033", "Главная > Отчёты > 3.2 Происшествия", "Опубликовано 12.04.2034", "3.2 Прорыв хвостохранилища", "Текст раздела."];
    expect(readReportSectionPage(lines)).toMatchObject({ title: "Прорыв хвостохранилища", published: "12.04.2034", company: "АО «Руда»", lines: ["Текст раздела."] });
    expect(readReportSectionPage(["Aurum plc | Annual Report", "Home > Reports", "5.4 Incident", "Text."])).toBeNull();
  });
});
