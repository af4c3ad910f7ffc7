import { describe, expect, it } from "vitest";
import { readTripReportPage } from "../../src/corpus/trip-report-page.ts";

const en = "At 08:47, with roughly 35 people walking bikes across the shore ramp, the seaward end of the ramp gave way and dropped into the water.";
const ru = "В субботу утром на пороге перевернулся катамаран, двое участников сплава оказались в воде, их вытащили спасательными концами.";

describe("readTripReportPage", () => {
  it("takes a cycling club's trip report: the head, the route list, the upcoming runs and the footer go, the notice stays", () => {
    const notice = "The weekend was called off on the Saturday morning. Anyone who paid the deposit will get it back by 30 June.";
    const lines = [
      "ASHBY CYCLE TOURING CLUB",
      "Touring on two wheels since 1953 · Club runs every Sunday",
      "You are here: Tours > 2031 tours > Isles weekend",
      "",
      "CLUB NOTICE",
      notice,
      "",
      "Isles Weekend, 13-15 June 2031 - Trip Report",
      "Ride leader: Ann Reid · Riders: 12",
      "",
      "ROUTE LIST (as planned)",
      "Day 1  Fri 13 June  Ashby station - Port Ness",
      "41 km, 520 m climbing. Overnight: Bunkhouse",
      "",
      en,
      "",
      "UPCOMING CLUB RUNS",
      "Sun 22 June  Easy run to the tearoom, 52 km",
      "",
      "Ashby CTC is run by volunteers · Membership £22 a year",
      "Privacy · Safeguarding",
    ];
    const read = readTripReportPage(lines);
    expect(read?.title).toBe("Isles Weekend, 13-15 June 2031 - Trip Report");
    expect(read?.lines.filter((line) => line !== "")).toEqual([notice, "Ride leader: Ann Reid · Riders: 12", en]);
  });

  it("takes a Russian hiking club's report and keeps a labelled block told in sentences", () => {
    const lines = ["ТУРКЛУБ «ВЕРШИНА»", "Главная · Походы · Отчёты", "", "Сплав по Ушме, 3–5 мая — отчёт о походе", "", "ЧТО СЛУЧИЛОСЬ НА ПОРОГЕ", ru, "", "БЛИЖАЙШИЕ ВЫЕЗДЫ", "12 мая — Каменка, 20 км", ""];
    const read = readTripReportPage(lines);
    expect(read?.title).toBe("Сплав по Ушме, 3–5 мая — отчёт о походе");
    expect(read?.lines.filter((line) => line !== "")).toEqual(["ЧТО СЛУЧИЛОСЬ НА ПОРОГЕ", ru]);
  });

  it("leaves a page without a report's headline alone", () => {
    expect(readTripReportPage(["CLUB NEWS", "", en])).toBeNull();
    expect(readTripReportPage(["The annual report", "", en])).toBeNull();
  });
});
