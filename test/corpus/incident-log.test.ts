import { describe, expect, it } from "vitest";
import { isEntryHead, readIncidentLog } from "../../src/corpus/incident-log.ts";

describe("readIncidentLog", () => {
  it("drops the log's head and its entries' heads, each entry opened by its time; the head's date field is read", () => {
    const lines = [
      "CitizenView Public Incident Log",
      "Log date ........ Tuesday, October 14, 2036",
      "Entries shown ... 3",
      "",
      "ENTRY 01 · 07:52 · MVC-M / WTR · Case 36-014588",
      "Passenger bus through the bridge railing and into the river.",
      "",
      "ENTRY 02 · 08:04 · MCI",
      "Mass casualty incident declared.",
      "",
      "ENTRY 03 · 08:11 · TRF",
      "Route 9 closed both ways.",
    ];
    expect(readIncidentLog(lines)).toEqual({
      lines: ["07:52 — Passenger bus through the bridge railing and into the river.", "", "08:04 — Mass casualty incident declared.", "", "08:11 — Route 9 closed both ways."],
      date: "Tuesday, October 14, 2036",
      headline: null,
    });
  });

  it("reads a Russian log's entries («Запись 1 · 02:14 · ПОЖ»)", () => {
    const lines = ["Журнал происшествий", "Дата: 3 февраля 2036", "", "Запись 1 · 02:14 · ПОЖ", "Сообщение о возгорании на рынке.", "Запись 2 · 06:35", "Пожар локализован.", "Запись 3 · 09:50", "Открытое горение ликвидировано."];
    expect(readIncidentLog(lines)?.lines).toEqual(["02:14 — Сообщение о возгорании на рынке.", "06:35 — Пожар локализован.", "09:50 — Открытое горение ликвидировано."]);
    expect(readIncidentLog(lines)?.date).toBe("3 февраля 2036");
  });

  it("reads a duty service's numbered notices as entries; the heading of the story under the rule after them is its headline", () => {
    const lines = [
      "### Оперативные сообщения за 14.08.2031",
      "_Лента обновляется дежурной сменой._",
      "",
      "**№ 1 · 03:52 · ⚪ НЕАКТУАЛЬНО**",
      "Поступило сообщение о взрывах.",
      "",
      "**№ 2 · 04:30 · 🔴 ДЕЙСТВУЕТ**",
      "Введён режим ЧС.",
      "",
      "**№ 3 · 05:10 · 🔴 ДЕЙСТВУЕТ**",
      "Перекрыта автодорога.",
      "",
      "---",
      "",
      "### Взрывы на складе боеприпасов: двое погибших",
      "",
      "Текст статьи.",
    ];
    expect(readIncidentLog(lines)).toEqual({
      lines: ["03:52 — Поступило сообщение о взрывах.", "", "04:30 — Введён режим ЧС.", "", "05:10 — Перекрыта автодорога.", "", "---", "", "", "Текст статьи."],
      date: null,
      headline: "Взрывы на складе боеприпасов: двое погибших",
    });
  });

  it("reads an English utility's numbered notices", () => {
    const lines = ["**No. 1 · 06:10 · CLOSED**", "Main burst reported.", "**No. 2 · 07:20 · DONE**", "Valves closed.", "**No. 3 · 09:00 · OPEN**", "Low pressure in Granby."];
    expect(readIncidentLog(lines)?.lines).toEqual(["06:10 — Main burst reported.", "07:20 — Valves closed.", "09:00 — Low pressure in Granby."]);
    expect(isEntryHead("**No. 2 · 07:20 · DONE**")).toBe(true);
  });

  it.each([
    ["fewer than three entries", ["ENTRY 01 · 07:52 · WTR", "A bus fell into the river.", "ENTRY 02 · 07:58", "Officers on scene."]],
    ["a story that names an entry in a sentence", ["Entry 1 of the log, at 07:52, recorded the first call.", "The bus fell into the river."]],
  ])("is null for %s", (_name, lines) => {
    expect(readIncidentLog(lines)).toBeNull();
  });

  it("tells an entry's head from a line that recurs as a page's header", () => {
    expect(isEntryHead("ENTRY 06 · 08:37 · WTR")).toBe(true);
    expect(isEntryHead("P104  KMTV TEXT 104   Thu 10 Nov  18:42:19")).toBe(false);
  });
});
