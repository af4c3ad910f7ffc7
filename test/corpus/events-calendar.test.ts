import { describe, expect, it } from "vitest";
import { readEventsCalendar } from "../../src/corpus/events-calendar.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

describe("readEventsCalendar", () => {
  it("keeps the cancelled entry, names it the title, dates it by the statement and drops the other entries", () => {
    const lines = [
      "-----",
      "Fri 13 September 2024, 10:00-16:00",
      "Heritage Open Day",
      "[More info]  [Add to calendar]",
      "-----",
      "*** CANCELLED ***",
      "Sat 14 September 2024, 21:15",
      "Lights over the Harbour - drone show",
      "Status: CANCELLED. Tickets will be refunded.",
      "[Add to calendar - unavailable]  [Share]",
      "-----",
      "STATEMENT FROM THE COUNCIL",
      "Issued Sunday 15 September 2024, 09:30",
      "The show was stopped when drones fell.",
      "-----",
      "Sat 21 September 2024, 11:00",
      "Plant Swap",
      "[More info]  [Add to calendar]",
      "-----",
    ];
    expect(readEventsCalendar(lines, isRule)).toEqual({
      lines: [
        "-----",
        "*** CANCELLED ***",
        "Sat 14 September 2024, 21:15",
        "Lights over the Harbour - drone show",
        "Status: CANCELLED. Tickets will be refunded.",
        "-----",
        "STATEMENT FROM THE COUNCIL",
        "Issued Sunday 15 September 2024, 09:30",
        "The show was stopped when drones fell.",
        "-----",
      ],
      title: "Lights over the Harbour - drone show",
      issued: "Sunday 15 September 2024, 09:30",
    });
  });

  it("reads a Russian calendar", () => {
    const lines = ["-----", "*** ОТМЕНЕНО ***", "14 сентября 2024, 21:15", "Фестиваль фонарей на набережной", "Текст.", "Опубликовано 15 сентября 2024 г."];
    expect(readEventsCalendar(lines, isRule)).toMatchObject({ title: "Фестиваль фонарей на набережной", issued: "15 сентября 2024 г." });
  });

  it("leaves a calendar without a cancelled mark under a rule alone", () => {
    expect(readEventsCalendar(["Text.", "*** CANCELLED ***", "Sat 14 September 2024", "Show"], isRule)).toBeNull();
  });
});
