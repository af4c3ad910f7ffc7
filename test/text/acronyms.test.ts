import { describe, expect, it } from "vitest";
import { learnAcronyms } from "../../src/text/acronyms.ts";

describe("learnAcronyms", () => {
  it.each([
    ["investigators from the Oregon Department of Forestry (ODF) said", ["ODF", "Oregon Department of Forestry"]],
    ["the Federal Railway Safety Agency (FRSA) opened a probe", ["FRSA", "Federal Railway Safety Agency"]],
    ["По данным Министерства по чрезвычайным ситуациям (МЧС), с рельсов сошли", ["МЧС", "Министерства по чрезвычайным ситуациям"]],
    ["Следственный комитет (СК) возбудил уголовное дело", ["СК", "Следственный комитет"]],
  ])("%s", (text, group) => {
    expect(learnAcronyms(text)).toEqual([group]);
  });

  it("ignores brackets whose words do not spell the acronym", () => {
    expect(learnAcronyms("the shooting (AFP) was reported")).toEqual([]);
    expect(learnAcronyms("Mayor Carol Brennan (pictured) said")).toEqual([]);
  });
});
