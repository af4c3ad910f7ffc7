import { describe, expect, it } from "vitest";
import { readDatasetPage } from "../../src/corpus/dataset-page.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

const dateOf = (text: string): string | null => (/\b5 June 2025$|^05\.06\.2025$/u.test(text) ? "2025-06-05" : null);

describe("readDatasetPage", () => {
  it("takes an open-data portal's incident note: headline, as-of day, publisher; the catalogue goes, the description stays", () => {
    const lines = [
      "City Open Data | data for everyone",
      "Home / Organisations / Highways / Sinkholes",
      "-----",
      "Sinkholes — reported incidents",
      "★ Featured dataset · Views 6,284",
      "DESCRIPTION",
      "One row per reported sinkhole.",
      "DATA AND RESOURCES",
      "• voids.csv — CSV, 1.4 MB · Downloads 1,912",
      "-----",
      "INCIDENT NOTE INC-2025-0613",
      "Pridmore Road carriageway collapse",
      "Highways Incident Desk · information correct at 17:00, Thursday 5 June 2025",
      "-----",
      "Part of the road gave way. Four cars fell in.",
      "-----",
      "ADDITIONAL INFO",
      "Records .......... 1,186",
      "© City Council 2025 · Data published under the Open Government Licence",
    ];
    expect(readDatasetPage(lines, isRule, dateOf)).toEqual({
      lines: ["One row per reported sinkhole.", "", "Part of the road gave way. Four cars fell in."],
      title: "Pridmore Road carriageway collapse",
      stamp: "17:00, Thursday 5 June 2025",
      publisher: "City Council",
    });
  });

  it("reads a Russian portal's note dated by its as-of clause, and leaves a page without a resources header alone", () => {
    const lines = ["Данные и ресурсы", "• data.csv", "---", "СПРАВКА № 12", "Провал грунта на улице Садовой", "Дежурная служба · по состоянию на 05.06.2025", "---", "Провал образовался утром.", "---"];
    expect(readDatasetPage(lines, isRule, dateOf)?.title).toBe("Провал грунта на улице Садовой");
    expect(readDatasetPage(["DESCRIPTION", "Text", "---", "NOTE", "Headline", "as at 5 June 2025", "---", "Text."], isRule, dateOf)).toBeNull();
  });
});
