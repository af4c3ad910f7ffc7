import { describe, expect, it } from "vitest";
import { readBulletinBanner } from "../../src/corpus/bulletin-banner.ts";

const isRule = (line: string): boolean => /^(?:-{3,}|={3,})$/u.test(line);

describe("readBulletinBanner", () => {
  it("takes the headline under a society's bulletin banner as the title; the head above and the footer under the closing rule go", () => {
    const lines = [
      "NORTHERN LIFT SOCIETY",
      "----------",
      "Summer timetable: first car 09:30",
      "==========",
      "NEWS BULLETIN No. 112 - JUNE 2025",
      "==========",
      "",
      "RUNAWAY ON THE INCLINE: CAR LOSES HER BRAKES",
      "",
      "At about 3.42pm on Saturday the descending car lost her brake.",
      "==========",
      "Society sales stand: badges £6.",
      "(c) Northern Lift Society 2025",
    ];
    expect(readBulletinBanner(lines, isRule)).toEqual({
      lines: ["", "At about 3.42pm on Saturday the descending car lost her brake."],
      title: "RUNAWAY ON THE INCLINE: CAR LOSES HER BRAKES",
      owner: "Northern Lift Society",
    });
  });

  it("reads a Russian bulletin, and no banner that is not between rules", () => {
    const lines = ["----", "ВЕСТНИК № 14 — ИЮНЬ 2031", "----", "Сход вагона на фуникулёре", "Вагон сошёл с рельсов в субботу."];
    expect(readBulletinBanner(lines, isRule)).toEqual({ lines: ["Вагон сошёл с рельсов в субботу."], title: "Сход вагона на фуникулёре", owner: null });
    expect(readBulletinBanner(["ВЕСТНИК № 14 — ИЮНЬ 2031", "Сход вагона на фуникулёре", "Вагон сошёл с рельсов."], isRule)).toBeNull();
  });
});
