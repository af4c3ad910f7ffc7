import { describe, expect, it } from "vitest";
import { readDailyLog } from "../../src/corpus/daily-log.ts";

const toDate = (text: string): string | null => (/13 (?:November|ноября) 2029/u.test(text) ? "2029-11-13" : null);

describe("readDailyLog", () => {
  it("titles a daily log by its name and day; its form line, buttons, labels, sign-off and footer go, its fields and entries stay", () => {
    const lines = [
      "PORTWICK HARBOUR AUTHORITY - PORT OPERATIONS",
      "Harbour Master's Daily Log  |  Form HM-7  |  Sheet 318",
      "Log day: Tuesday 13 November 2029, 00:00-24:00 (local time)",
      "Weather 06:00: wind SW 9",
      "[Status: SIGNED OFF]  [Print]",
      "--- LOG ENTRIES ---",
      "03:52  MV GULL dragging anchor towards the cable corridor.",
      "--- HARBOUR MASTER'S NOTICE No. 31 of 2029 ---",
      "Anchorage Area B is closed.",
      "Signed: M. Hale 23:55",
      "Portwick Harbour Authority, Pier Road",
    ];
    expect(readDailyLog(lines, toDate)).toEqual({
      lines: ["Weather 06:00: wind SW 9", "03:52  MV GULL dragging anchor towards the cable corridor.", "HARBOUR MASTER'S NOTICE No. 31 of 2029", "Anchorage Area B is closed."],
      title: "Harbour Master's Daily Log, Tuesday 13 November 2029",
      date: "2029-11-13",
      office: "PORTWICK HARBOUR AUTHORITY",
    });
  });

  it("reads a Russian log", () => {
    const lines = ["Вахтенный журнал диспетчера | Форма 7", "Дата журнала: 13 ноября 2029", "--- ЗАПИСИ ---", "04:10  Обрыв кабеля."];
    expect(readDailyLog(lines, toDate)).toEqual({ lines: ["04:10  Обрыв кабеля."], title: "Вахтенный журнал диспетчера, 13 ноября 2029", date: "2029-11-13", office: null });
  });

  it.each([
    ["a day line in dotted leaders", ["Public Incident Log", "Log date ........ Tuesday, October 14, 2036", "Text."]],
    ["a day line under no log's name", ["City news", "Log day: 13 November 2029", "Text."]],
    ["a day line deep in the text", ["Harbour Master's Daily Log", "a", "b", "c", "d", "e", "Log day: 13 November 2029"]],
  ])("leaves %s alone", (_name, lines) => {
    expect(readDailyLog(lines, toDate)).toBeNull();
  });
});
