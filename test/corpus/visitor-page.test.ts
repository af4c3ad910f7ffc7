import { describe, expect, it } from "vitest";
import { readVisitorPage } from "../../src/corpus/visitor-page.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

const isContact = (line: string): boolean => /\d{4} \d{3} \d{3}|@/u.test(line);
const isDay = (text: string): boolean => /^\d{1,2} \p{L}+ \d{4}$/u.test(text);

describe("readVisitorPage", () => {
  it("drops a museum's standing sections and page name; the place over its contacts names the outlet", () => {
    const lines = ["Ashby Museum", "Castle Hill · 01632 774 210 · hello@museum.example", "", "Visit", "", "Opening hours (when open)", "Tuesday to Saturday, 10:00-17:00.", "", "Getting here", "Buses 22 and 22A stop outside.", "", "---", "Closure notice: storm damage", "---", "The museum is closed after the roof leaked."];
    expect(readVisitorPage(lines, isRule, isContact, isDay)).toEqual({
      lines: ["", "", "", "", "---", "Closure notice: storm damage", "---", "The museum is closed after the roof leaked."],
      title: null,
      stamp: null,
      place: "Ashby Museum",
    });
  });

  it("takes a statement's line between rules under its label as the title, its trailing day as the stamp", () => {
    const lines = ["Dress code", "Shoulders must be covered.", "", "Getting here", "Shuttle bus every 30 minutes.", "", "---", "NOTICE TO PILGRIMS", "Statement of the Rector, Father John Reid, 7 August 2034", "---", "Six pilgrims died in a crush."];
    const read = readVisitorPage(lines, isRule, isContact, isDay);
    expect(read?.title).toBe("Statement of the Rector, Father John Reid");
    expect(read?.stamp).toBe("7 August 2034");
    expect(read?.lines).toEqual(["", "", "---", "---", "Six pilgrims died in a crush."]);
  });

  it("drops a Russian theatre's sections, and leaves a page with one such heading alone", () => {
    const lines = ["Режим работы", "Ежедневно 10:00–19:00", "", "Как добраться", "Автобус № 5.", "", "Театр закрыт после пожара."];
    expect(readVisitorPage(lines, isRule, isContact, isDay)?.lines).toEqual(["", "", "Театр закрыт после пожара."]);
    expect(readVisitorPage(["Getting here", "Bus 5.", "", "The theatre burned down."], isRule, isContact, isDay)).toBeNull();
  });
});
