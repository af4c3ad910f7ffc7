import { describe, expect, it } from "vitest";
import { readNotificationExport } from "../../src/corpus/notification-export.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

describe("readNotificationExport", () => {
  it("drops an export's head and the app's chatter; the opened statement's heading is the title, its issuer the outlet", () => {
    const lines = [
      "GymApp — notification history export",
      "App version 2.1 · Member: 0042",
      "-----",
      "[01/05/2032 07:00] GymApp · Booking reminder",
      "Spin class today at 10:00. Tap to check in.",
      "",
      "[01/05/2032 10:58] GymApp · URGENT",
      "The centre is CLOSED due to an emergency.",
      "> Opened in browser: council.example/news/statement",
      "",
      "[01/05/2032 17:15] GymApp · Rate your visit",
      "How was your visit? ★★★★★",
      "-----",
      "",
      "Ashby District Council",
      "Press statement: Ashby Leisure Centre",
      "",
      "Part of the roof fell into the pool on Saturday.",
    ];
    expect(readNotificationExport(lines, isRule)).toEqual({
      lines: ["", "[01/05/2032 10:58] GymApp · URGENT", "The centre is CLOSED due to an emergency.", "", "", "", "", "Part of the roof fell into the pool on Saturday."],
      title: "Press statement: Ashby Leisure Centre",
      issuer: "Ashby District Council",
    });
  });

  it("reads a Russian export", () => {
    const lines = ["Фитнес+ — история уведомлений", "-----", "[01.05.2032 07:00] Фитнес+ · Напоминание", "Тренировка в 10:00.", "", "[01.05.2032 11:00] Фитнес+ · Важно", "Клуб закрыт из-за аварии."];
    expect(readNotificationExport(lines, isRule)).toEqual({ lines: ["", "[01.05.2032 11:00] Фитнес+ · Важно", "Клуб закрыт из-за аварии."], title: null, issuer: null });
  });

  it("leaves a story about notifications alone", () => {
    expect(readNotificationExport(["Users got a notification about the flood.", "-----", "Text."], isRule)).toBeNull();
  });
});
