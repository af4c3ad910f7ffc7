import { describe, expect, it } from "vitest";
import { readMonitoringBulletin } from "../../src/corpus/monitoring-bulletin.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

const toDate = (text: string): string | null => (text.startsWith("17.07.2025") ? "2025-07-17" : null);

describe("readMonitoringBulletin", () => {
  it("titles a station's bulletin by its kind and number; its head and its footer under the last rule go", () => {
    const lines = [
      "KARA GLACIER STATION  ·  code KGS-1",
      "Operated by the Institute of Glaciology",
      "Monitoring Bulletin 29/2025 (EXTRAORDINARY) — issued 17.07.2025, 16:30 local time",
      "Distribution: district commission",
      ">> Telemetry: ONLINE",
      "-----",
      "SECTION B. INCIDENT NOTE",
      "At 01:58 the lake level began to drop.",
      "-----",
      "Archive of bulletins | Station metadata",
      "(c) Institute of Glaciology. Automatically generated page",
    ];
    expect(readMonitoringBulletin(lines, isRule, toDate)).toEqual({
      lines: ["-----", "SECTION B. INCIDENT NOTE", "At 01:58 the lake level began to drop."],
      title: "Monitoring Bulletin 29/2025 (EXTRAORDINARY)",
      date: "2025-07-17",
      operator: "Institute of Glaciology",
    });
  });

  it("reads a Russian bulletin without a copyright footer", () => {
    const lines = ["Гидрологический бюллетень № 12 — выпущен 17.07.2025, 16:30 по местному времени", "-----", "Уровень озера упал на 11 м.", "-----", "Следующий бюллетень — завтра."];
    expect(readMonitoringBulletin(lines, isRule, toDate)).toEqual({
      lines: ["-----", "Уровень озера упал на 11 м.", "-----", "Следующий бюллетень — завтра."],
      title: "Гидрологический бюллетень № 12",
      date: "2025-07-17",
      operator: null,
    });
  });

  it.each([
    ["a bulletin's line under the first rule", ["Station news", "-----", "Bulletin 3 — issued 17.07.2025", "Text."]],
    ["a sentence about a bulletin", ["The station issued a bulletin on Friday.", "-----", "Text."]],
  ])("leaves %s alone", (_name, lines) => {
    expect(readMonitoringBulletin(lines, isRule, toDate)).toBeNull();
  });
});
