import { describe, expect, it } from "vitest";
import { readClosuresPage } from "../../src/corpus/closures-page.ts";

const paragraph = "A fuel tanker rolled over on the county road on Tuesday morning and about 2,600 gallons of fuel reached the river before crews plugged the culvert. Deputies evacuated 23 homes on two streets nearby at dawn.";

describe("readClosuresPage", () => {
  it("takes the update's headline under the closures table; the head, the tabs, the placeholder and the closing links go", () => {
    const lines = [
      "Ashby County Public Works – Road Division",
      "[County seal]   Search this site ____ [Go]",
      "Road Closures",
      "[ ! ] EMERGENCY CLOSURE IN EFFECT – CR 31. Follow the detour.",
      "Status as of Wednesday, October 15, 2025, 7:05 a.m.",
      "Active closures (5)    Planned work (3)",
      "Road\tLocation\tType\tReason",
      "CR 31\tBexley\tFull closure\tTanker crash",
      "",
      "Incident update – CR 31 tanker crash",
      paragraph,
      "[Interactive map – detour]",
      "",
      "Report a pothole · Plowing map",
      "Accessibility | Privacy",
      "© 2025 Ashby County",
    ];
    expect(readClosuresPage(lines)).toEqual({
      lines: ["[ ! ] EMERGENCY CLOSURE IN EFFECT – CR 31. Follow the detour.", "Road\tLocation\tType\tReason", "CR 31\tBexley\tFull closure\tTanker crash", "", paragraph, "", "© 2025 Ashby County"],
      title: "Incident update – CR 31 tanker crash",
      stamp: "Wednesday, October 15, 2025, 7:05 a.m.",
      agency: "Ashby County Public Works",
    });
  });

  it("reads a Russian closures page", () => {
    const text = "Во вторник утром на трассе опрокинулся бензовоз, около десяти тонн топлива попали в реку, движение перекрыто в обе стороны до пятницы.".repeat(2);
    const lines = ["Данные на 15 октября 2025 г., 07:05", "Дорога\tУчасток\tТип\tПричина", "Р-255\tкм 12\tперекрыта\tДТП", "Опрокидывание бензовоза на Р-255", text];
    expect(readClosuresPage(lines)).toEqual({ lines: ["Дорога\tУчасток\tТип\tПричина", "Р-255\tкм 12\tперекрыта\tДТП", text], title: "Опрокидывание бензовоза на Р-255", stamp: "15 октября 2025 г., 07:05", agency: null });
  });

  it("leaves a table with no status line above it alone", () => {
    expect(readClosuresPage(["Road\tLocation\tType\tReason", "CR 31\tBexley\tClosed\tCrash", "Update", paragraph])).toBeNull();
  });
});
