import { describe, expect, it } from "vitest";
import { normalizeDate } from "../../src/corpus/dates.ts";
import { capitalsAsName, readMinutes } from "../../src/corpus/minutes.ts";

/** Whether a text is a date, a weekday before it allowed. */
const stampDateForTests = (text: string): boolean => normalizeDate(text.replace(/^\p{L}+day\s+/iu, ""), true) !== null;

describe("readMinutes", () => {
  it("drops an English council's letterhead, names the council, dates the minutes and titles them by their main item", () => {
    const lines = [
      "THORNBY VALE TOWN COUNCIL",
      "Council Offices, 4 Market Close, Thornby Vale, TV7 2QR",
      "PLANNING COMMITTEE",
      "",
      "DRAFT MINUTES of the meeting of the Planning Committee held on Tuesday 21 October 2025 at 7.00pm.",
      "",
      "PL/25/110  APOLOGIES FOR ABSENCE",
      "Apologies were received from Cllr Tate.",
      "",
      "PL/25/114  COLLAPSE OF TURBINE T4,  GALLOW RIGG WIND FARM",
      "At approximately 3.40am on Sunday 12 October 2025 turbine T4 buckled and fell across the bridleway.",
      "A farmer suffered a broken collarbone.",
      "",
      "PL/25/116  DATE OF NEXT MEETING",
      "Tuesday 18 November 2025.",
    ];
    const minutes = readMinutes(lines, stampDateForTests);
    expect(minutes?.body).toBe("Thornby Vale Town Council");
    expect(minutes?.date).toBe("21 October 2025");
    expect(minutes?.title).toBe("COLLAPSE OF TURBINE T4, GALLOW RIGG WIND FARM");
    expect(minutes?.lines).toEqual(lines.slice(4));
  });

  it("reads Russian minutes («ПРОТОКОЛ № … заседания»)", () => {
    const lines = [
      "СОВЕТ ДЕПУТАТОВ ОЗЁРСКОГО ОКРУГА",
      "",
      "ПРОТОКОЛ № 12 заседания постоянной комиссии по ЖКХ от 14 марта 2036 г.",
      "",
      "1. О ПОРЯДКЕ РАБОТЫ",
      "Утвердили повестку.",
      "",
      "2. О ПОЖАРЕ НА РЫНКЕ",
      "Глава округа доложил, что 3 марта на рынке сгорели 40 павильонов, пострадали двое.",
    ];
    const minutes = readMinutes(lines, stampDateForTests);
    expect(minutes?.body).toBe("СОВЕТ ДЕПУТАТОВ ОЗЁРСКОГО ОКРУГА");
    expect(minutes?.date).toBe("14 марта 2036");
    expect(minutes?.title).toBe("О ПОЖАРЕ НА РЫНКЕ");
    expect(minutes?.lines[0]).toBe("ПРОТОКОЛ № 12 заседания постоянной комиссии по ЖКХ от 14 марта 2036 г.");
  });

  it("reads a meeting's verbatim transcript: a dashed item heading going on over two lines is the title; the reporter's line and the certificate go", () => {
    const lines = [
      "CITY OF ASHBY",
      "TRANSPORT COMMITTEE",
      "REGULAR MEETING - VERBATIM TRANSCRIPT",
      "Tuesday, May 4, 2032 - 6:00 p.m.",
      "",
      "Ashby Court Reporting Co. | Job No. 32-101 | Not the official record",
      "",
      "ITEM 3 - BRIEFING: BUS CRASH ON MAIN STREET, MAY 1, AND",
      "         SAFETY OF SCHOOL ROUTES (Staff Report 32-10)",
      "CHIEF LEE: On May 1 a bus hit a wall on Main Street. Four people were hurt.",
      "",
      "CERTIFICATE OF TRANSCRIBER",
      "I, Ann Roe, certify that the foregoing is a true transcription.",
    ];
    const minutes = readMinutes(lines, stampDateForTests);
    expect(minutes?.body).toBe("City of Ashby");
    expect(minutes?.title).toBe("BRIEFING: BUS CRASH ON MAIN STREET, MAY 1, AND SAFETY OF SCHOOL ROUTES");
    expect(minutes?.lines).toEqual(lines.slice(2, 5).concat(lines.slice(6, 11)));
  });

  it("reads a Russian transcript («СТЕНОГРАММА заседания»)", () => {
    const lines = ["ДУМА ГОРОДА ОЗЁРСКА", "СТЕНОГРАММА заседания комиссии по транспорту", "", "ПУНКТ 2 - О ДТП С АВТОБУСОМ", "Председатель: Автобус врезался в стену, пострадали четверо.", "", "УДОСТОВЕРЕНИЕ СТЕНОГРАФИСТА", "Стенограмма верна."];
    const minutes = readMinutes(lines, stampDateForTests);
    expect(minutes?.title).toBe("О ДТП С АВТОБУСОМ");
    expect(minutes?.lines).toEqual(lines.slice(1, 6));
  });

  it("is null for a story that mentions minutes", () => {
    expect(readMinutes(["The council published the minutes of the meeting on Friday.", "They show the vote was 5-0."], stampDateForTests)).toBeNull();
  });

  it("writes an English name in capitals as a name, a Russian one as it is (its proper words are not known)", () => {
    expect(capitalsAsName("COUNCIL OF THE ISLES")).toBe("Council of the Isles");
    expect(capitalsAsName("СОВЕТ ДЕПУТАТОВ ПО ЖКХ")).toBe("СОВЕТ ДЕПУТАТОВ ПО ЖКХ");
  });
});
