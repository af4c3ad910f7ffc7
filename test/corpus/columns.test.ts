import { describe, expect, it } from "vitest";
import { withoutColumnLayout } from "../../src/corpus/columns.ts";

/** A row of two columns, the right one at character 40. */
function row(left: string, right: string): string {
  return `${left.padEnd(40)}${right}`;
}

describe("withoutColumnLayout", () => {
  it.each([
    [
      "a PDF's two columns under capitals headings are read column by column, each unwrapped at its width",
      [
        "HOW IT STARTED                          THE RESPONSE",
        "",
        "The fire began at about 1.20 a.m. in    Fire crews received the first call at",
        "the main bar on the first floor, where  1.22 a.m. and the first crew arrived",
        "some 380 people were dancing at a stu-  at 1.29 a.m. Eleven fire engines and",
        "dent night. The club's licence allowed  68 firefighters attended.",
        "no more than 260.",
      ],
      [
        "HOW IT STARTED",
        "The fire began at about 1.20 a.m. in the main bar on the first floor, where some 380 people were dancing at a student night. The club's licence allowed no more than 260.",
        "",
        "THE RESPONSE",
        "Fire crews received the first call at 1.22 a.m. and the first crew arrived at 1.29 a.m. Eleven fire engines and 68 firefighters attended.",
        "",
      ],
    ],
    [
      "a row whose gap the converter dropped is split by the right column's width",
      [
        row("ЧТО СЛУЧИЛОСЬ", "ЧТО ДАЛЬШЕ"),
        row("Пожар начался около полуночи в", "Следователи возбудили дело о"),
        "подвале, где хранили краску и растворители для ремонта подъезда, нарушении правил пожарной",
        row("огонь поднялся по шахте лифта.", "безопасности. Жильцов временно"),
        row("Жильцы вышли сами.", "расселили в гостинице."),
      ],
      [
        "ЧТО СЛУЧИЛОСЬ",
        "Пожар начался около полуночи в подвале, где хранили краску и растворители для ремонта подъезда, огонь поднялся по шахте лифта.",
        "Жильцы вышли сами.",
        "",
        "ЧТО ДАЛЬШЕ",
        "Следователи возбудили дело о нарушении правил пожарной безопасности. Жильцов временно расселили в гостинице.",
        "",
      ],
    ],
  ])("%s", (_name, lines, expected) => {
    expect(withoutColumnLayout(lines)).toEqual(expected);
  });

  it.each([
    ["a table with several gaps a row", ["STATION        LEVEL     TREND", "Alderbrook Quay   6.8 m     rising", "Miller's Reach    3.1 m     steady", "Tollan Gorge      2.2 m     falling", "Hanley Bend       5.9 m     rising"]],
    ["too few rows", ["WHO                             WHERE", "Nine dead                       Port Aldwick", "Two arrested                    Kelmouth"]],
    ["headings in lower case", ["The fire began at 1.20 a.m.             Crews arrived at 1.29 a.m.", "It spread in ninety seconds.            They cut a chain off the door.", "The lights failed.                      The stairs were the only way out.", "Smoke filled the room.                  Eleven engines attended."]],
  ])("leaves lines that are no two-column block as they are: %s", (_name, lines) => {
    expect(withoutColumnLayout(lines)).toEqual(lines);
  });
});
