import { describe, expect, it } from "vitest";
import { readReleaseBanner } from "../../src/corpus/release-banner.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

describe("readReleaseBanner", () => {
  it("reads a news release's banner inside a data page: the issuer, the stamp and the headline under it", () => {
    const lines = ["Ashby Air Quality Network", "Index 10 at Mill Lane.", "-----", "NEWS RELEASE · Ashby County Council · Issued 3 May 2032, 17:15", "-----", "", "Fire at tyre yard forces 200 from homes", "", "A fire broke out on Saturday."];
    expect(readReleaseBanner(lines, isRule)).toEqual({
      lines: ["Ashby Air Quality Network", "Index 10 at Mill Lane.", "", "", "A fire broke out on Saturday."],
      title: "Fire at tyre yard forces 200 from homes",
      issuer: "Ashby County Council",
      stamp: "3 May 2032, 17:15",
    });
  });

  it("reads a Russian release's banner", () => {
    const lines = ["Данные мониторинга", "-----", "ПРЕСС-РЕЛИЗ · Администрация района · 3 мая 2032", "-----", "Пожар на складе шин", "Пожар начался в субботу."];
    expect(readReleaseBanner(lines, isRule)).toEqual({ lines: ["Данные мониторинга", "Пожар начался в субботу."], title: "Пожар на складе шин", issuer: "Администрация района", stamp: "3 мая 2032" });
  });

  it("leaves a banner not set between rules alone", () => {
    expect(readReleaseBanner(["Text.", "NEWS RELEASE · Ashby County Council · Issued 3 May 2032", "Headline"], isRule)).toBeNull();
  });
});
