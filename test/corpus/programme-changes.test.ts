import { describe, expect, it } from "vitest";
import { readProgrammePage } from "../../src/corpus/programme-changes.ts";

const isRule = (line: string): boolean => /^(?:-{3,}|={3,})$/u.test(line);

describe("readProgrammePage", () => {
  it("takes the notice over a programme; the head and the items the event left unchanged go, the changed ones stay", () => {
    const lines = [
      "SSM-9 · 9th Symposium on Soil Microbes",
      "PROGRAMME",
      "=====",
      "NOTICE FROM THE ORGANISING COMMITTEE — illness after the dinner",
      "Issued Wednesday 10 September 2025, 15:00",
      "=====",
      "Dear delegates,",
      "=====",
      "Day 2 · Tuesday 9 September",
      "08:30  Registration and coffee · Foyer",
      "Day 3 · Wednesday 10 September",
      "09:00  Field excursion",
      "► CANCELLED — coach bookings will be refunded",
      "14:00  Session 6 · Nitrogen fixation",
      "Chair: Dr Samuel Okonjo",
      "Will go ahead with a reduced line-up of speakers.",
      "16:00  Poster session II (extended to 18:30)",
      "17:00  Reception",
      "-----",
      "© 2025 SSM-9 Committee",
    ];
    expect(readProgrammePage(lines, isRule)).toEqual({
      lines: [
        "Dear delegates,",
        "=====",
        "Day 3 · Wednesday 10 September",
        "09:00  Field excursion",
        "► CANCELLED — coach bookings will be refunded",
        "14:00  Session 6 · Nitrogen fixation",
        "Chair: Dr Samuel Okonjo",
        "Will go ahead with a reduced line-up of speakers.",
        "16:00  Poster session II (extended to 18:30)",
        "-----",
        "© 2025 SSM-9 Committee",
      ],
      title: "Illness after the dinner",
      issued: "Wednesday 10 September 2025, 15:00",
      event: "SSM-9",
    });
  });

  it("reads a Russian festival's programme, and no programme none of whose items changed", () => {
    const lines = ["ФЕСТ-5 · фестиваль", "-----", "Отравление после ужина", "-----", "Уважаемые гости!", "-----", "День 1 · пятница, 5 июля", "10:00  Открытие", "12:00  Концерт", "► ОТМЕНЁН"];
    expect(readProgrammePage(lines, isRule)).toEqual({
      lines: ["Уважаемые гости!", "-----", "День 1 · пятница, 5 июля", "12:00  Концерт", "► ОТМЕНЁН"],
      title: "Отравление после ужина",
      issued: null,
      event: "ФЕСТ-5",
    });
    const unchanged = ["ФЕСТ-5 · фестиваль", "-----", "Отравление после ужина", "-----", "Текст.", "-----", "День 1 · пятница", "10:00  Открытие"];
    expect(readProgrammePage(unchanged, isRule)).toBeNull();
  });
});
