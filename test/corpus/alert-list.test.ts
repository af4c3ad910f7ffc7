import { describe, expect, it } from "vitest";
import { readAlertList } from "../../src/corpus/alert-list.ts";

const RULE = "------------------------------------------------------------";

describe("readAlertList", () => {
  it("keeps the alert with the most text, its headline the title, its issue stamp the date's text; the intro, the frames and the other alerts go", () => {
    const lines = [
      "TRAVEL ALERTS",
      "Advisory levels",
      "Level 2 - Exercise increased caution",
      "",
      RULE,
      "SALLOW VALLEY                      ADVISORY: LEVEL 2 (raised from Level 1)",
      "Alert issued: Sunday 15 September 2024, 09:30   |   Reviewed: Monday 16 September 2024, 17:00",
      "Alert type: Transport       Ref. SV-2024-031",
      RULE,
      "",
      "Hot-air balloon accident near Merrowdene: all balloon flights suspended",
      "",
      "Three people died when a passenger balloon came down in a field outside Merrowdene.",
      "",
      RULE,
      "WESTERN ISLES                      ADVISORY: LEVEL 1",
      "Alert issued: Thursday 12 September 2024, 11:00",
      "Saturday sailings will leave 40 minutes later.",
      RULE,
      "",
      "Travel alerts are for general guidance only.",
    ];
    expect(readAlertList(lines)).toEqual({
      lines: ["", "", "Three people died when a passenger balloon came down in a field outside Merrowdene.", ""],
      title: "Hot-air balloon accident near Merrowdene: all balloon flights suspended",
      stamp: "Sunday 15 September 2024, 09:30",
    });
  });

  it("reads a Russian page's alert", () => {
    const lines = [RULE, "ЗАРЕЧНЫЙ РАЙОН          УРОВЕНЬ ОПАСНОСТИ: 3", "Опубликовано: 12.03.2025, 10:00", RULE, "Паводок подтопил 40 домов в Заречье", "Вода поднялась на 2 метра за ночь."];
    expect(readAlertList(lines)).toEqual({ lines: ["Вода поднялась на 2 метра за ночь."], title: "Паводок подтопил 40 домов в Заречье", stamp: "12.03.2025, 10:00" });
  });

  it.each([
    ["a level named in a story", ["The river reached level 3 on Monday.", "Residents were told to leave."]],
    ["a head without a rule above it", ["SALLOW VALLEY          ADVISORY: LEVEL 2", "Alert issued: 15 September 2024", RULE, "Text."]],
  ])("is null for %s", (_name, lines) => {
    expect(readAlertList(lines)).toBeNull();
  });
});
