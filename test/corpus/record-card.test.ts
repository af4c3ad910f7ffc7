import { describe, expect, it } from "vitest";
import { readRecordCard } from "../../src/corpus/record-card.ts";

describe("readRecordCard", () => {
  it("reads a tribunal's outcome card: the kind leaves, the fields stay, the kind with the subject is the title, the hearing's last day its date", () => {
    const lines = [
      "HEARING OUTCOME",
      "",
      "Case reference:     CPTS-2025-0193",
      'Practitioner:       Mr Adrian Felbrigg (registered as "Dr Adrian Felbrigg")',
      "Hearing dates:      12-16 May 2025",
      "Outcome:            Erasure",
      "",
      "Summary",
    ];
    expect(readRecordCard(lines)).toEqual({ lines: lines.slice(1), title: "Hearing outcome: Mr Adrian Felbrigg", date: "16 May 2025" });
  });

  it("reads a police appeal's card: the kind, the status and the headline under the card leave, the headline is the title", () => {
    const lines = [
      "APPEAL FOR WITNESSES",
      "Appeal status: OPEN",
      "Reference: SVP-31-118402",
      "Area: Brindleford",
      "Issued: Monday 10 November 2031",
      "",
      "Stolen ambulance driven through Brindleford before crashing into shop",
      "",
      "We are appealing for witnesses.",
    ];
    expect(readRecordCard(lines)).toEqual({ lines: ["Reference: SVP-31-118402", "Area: Brindleford", "Issued: Monday 10 November 2031", "", "", "We are appealing for witnesses."], title: "Stolen ambulance driven through Brindleford before crashing into shop", date: null });
  });

  it("reads a Russian commission's card", () => {
    const lines = ["РЕШЕНИЕ КОМИССИИ", "Номер дела: 12/2035", "Врач: Петров Иван Сергеевич (отстранён)", "Дата заседания: 14 марта 2035", "Статус: опубликовано", "", "Текст."];
    expect(readRecordCard(lines)).toEqual({
      lines: ["Номер дела: 12/2035", "Врач: Петров Иван Сергеевич (отстранён)", "Дата заседания: 14 марта 2035", "", "Текст."],
      title: "Решение комиссии: Петров Иван Сергеевич",
      date: "14 марта 2035",
    });
  });

  it.each([
    ["a fact box without a subject", ["AT A GLANCE", "Buildings damaged: 47", "Injured: 14 treated", "Fragments recovered by noon Wednesday: 63, total 84 kg", "Text."]],
    ["a field's value going on under the card", ["ENFORCEMENT NOTICE", "Notice No.: MEA/2036/0412", "Date of service: 16 April 2036", "Served on: Dunmore Metal Coatings Ltd,", "Unit 4, Harlow Road Industrial Estate, Brackwell", "Text."]],
    ["a kind far down the page", ["Text one.", "Text two.", "Text three.", "HEARING OUTCOME", "Practitioner: Mr A", "Case reference: 1", "Outcome: Erasure", "Text."]],
  ])("is null for %s", (_name, lines) => {
    expect(readRecordCard(lines)).toBeNull();
  });
});

describe("readRecordCard: a kind with its document's number", () => {
  it("reads a hazard report's kind before its number and its site as the subject", () => {
    const lines = [
      "RAPID HAZARD ASSESSMENT — REPORT No. GH/RHA/2034-117",
      "Site: Mill Brae slope, Skelbrae village, Glenvarran District",
      "Event type: debris slide (rain-triggered)",
      "Assessment status: INTERIM",
      "Issued to: Glenvarran District Council",
      "",
      "1. SUMMARY",
    ];
    expect(readRecordCard(lines)).toEqual({
      lines: ["Site: Mill Brae slope, Skelbrae village, Glenvarran District", "Event type: debris slide (rain-triggered)", "Issued to: Glenvarran District Council", "", "1. SUMMARY"],
      title: "Rapid hazard assessment: Mill Brae slope, Skelbrae village, Glenvarran District",
      date: null,
    });
  });

  it("reads a Russian act's kind before its number", () => {
    const lines = ["АКТ ОБСЛЕДОВАНИЯ — № 14/2031", "Участок: склон у ул. Горной, д. 5", "Дата решения: 12 мая 2031", "Статус: предварительный", "", "Текст."];
    expect(readRecordCard(lines)?.title).toBe("Акт обследования: склон у ул. Горной, д. 5");
  });
});
