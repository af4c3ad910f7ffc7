import { describe, expect, it } from "vitest";
import { takeReleaseHeading } from "../../src/corpus/release-heading.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

const isContact = (line: string): boolean => /\d{3}-\d{2}-\d{2}|@/u.test(line);

describe("takeReleaseHeading", () => {
  it("takes the headline under a Russian release's label; the page's asides down to its last rule go, the footer stays", () => {
    const lines = ["### Отключения", "ул. Ленина, 1\tотопление", "---", "## Пресс-релиз", "", "### Взрыв котла в котельной школы", "Котёл взорвался утром.", "---", "**Другие новости**", "- 28.01 · Тарифы", "---", "© АО «Тепло», 2038"];
    expect(takeReleaseHeading(lines, isRule, isContact)).toBe("Взрыв котла в котельной школы");
    expect(lines).toEqual(["### Отключения", "ул. Ленина, 1\tотопление", "---", "", "Котёл взорвался утром.", "---", "---", "© АО «Тепло», 2038"]);
  });

  it("takes an English label with its subject; the office's hours at the top and the news section's heading over its stamp go", () => {
    const lines = ["1 High St · 555-12-34 · office@council.example", "Office hours: Mon–Fri 9–5", "### Latest news", "17.01.2034 · 15:20", "## Press release: school bus overturns on icy road", "A school bus overturned on Monday."];
    expect(takeReleaseHeading(lines, isRule, isContact)).toBe("Press release: school bus overturns on icy road");
    expect(lines).toEqual(["17.01.2034 · 15:20", "A school bus overturned on Monday."]);
  });

  it("keeps the page under the release when a sentence stands there, and is null without a label", () => {
    const lines = ["## Press release", "### Gas leak closes school", "Text.", "---", "The school reopens on Monday after engineers finished their checks and the council approved it.", "---", "Footer"];
    expect(takeReleaseHeading(lines, isRule, isContact)).toBe("Gas leak closes school");
    expect(lines).toHaveLength(5);
    expect(takeReleaseHeading(["## News", "Text."], isRule, isContact)).toBeNull();
  });
});
