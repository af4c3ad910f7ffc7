import { describe, expect, it } from "vitest";
import { readDisruptionBanner } from "../../src/corpus/disruption-banner.ts";

const isRule = (line: string): boolean => /^(?:={3,}|-{3,})$/u.test(line);
const asName = (text: string): string => text.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_m, space: string, letter: string) => space + letter.toUpperCase());

describe("readDisruptionBanner", () => {
  it("takes a hospital's banner as the title and its as-at field's day; the head, the related notices and the footer go", () => {
    const lines = [
      "[Ashby Hospitals NHS Trust logo]",
      "Ashby Hospitals NHS Trust",
      "Search our services [   ] (Go)",
      "=====",
      "SERVICE DISRUPTION - ASHBY GENERAL HOSPITAL",
      "Incident status: ACTIVE",
      "Status as at: Thursday 5 March 2026, 07:00",
      "=====",
      "The hospital was evacuated because of a gas leak.",
      "",
      "Related notices",
      "- Roadworks on Mill Lane",
      "",
      "-----",
      "Ashby Hospitals NHS Trust, Mill Lane, Ashby",
      "Page owner: Communications team.",
    ];
    expect(readDisruptionBanner(lines, isRule, asName)).toEqual({
      lines: ["Incident status: ACTIVE", "The hospital was evacuated because of a gas leak.", "", ""],
      title: "Service Disruption - Ashby General Hospital",
      stamp: "Thursday 5 March 2026, 07:00",
      organisation: "Ashby Hospitals NHS Trust",
    });
  });

  it("reads a Russian banner whose rule under it was read as its last field's heading underline", () => {
    const lines = ["ГБУЗ «Городская больница»", "-----", "ПЕРЕБОИ В РАБОТЕ – ПОЛИКЛИНИКА № 2", "# По состоянию на: 5 марта 2026 г., 07:00", "Поликлиника закрыта из-за утечки газа."];
    expect(readDisruptionBanner(lines, isRule, asName)).toEqual({ lines: ["Поликлиника закрыта из-за утечки газа."], title: "Перебои В Работе – Поликлиника № 2", stamp: "5 марта 2026 г., 07:00", organisation: "ГБУЗ «Городская больница»" });
  });

  it("leaves a banner with no as-at field alone", () => {
    expect(readDisruptionBanner(["Trust", "=====", "SERVICE DISRUPTION - WARD 5", "=====", "Text."], isRule, asName)).toBeNull();
  });
});
