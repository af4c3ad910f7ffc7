import { describe, expect, it } from "vitest";
import { stem, surnameNominative } from "../../src/text/stem.ts";

describe("surnameNominative: a Russian surname written in an oblique case", () => {
  it.each([
    ["сорокоумову", "сорокоумов"],
    ["горбачёва", "горбачёв"],
    ["брагиным", "брагин"],
    ["кузнецовой", "кузнецов"],
  ])("%s → %s", (word, nominative) => {
    expect(surnameNominative(word)).toBe(nominative);
  });

  it.each(["сорокоумов", "домов", "маски", "салону", "elon"])("%s is no oblique surname form", (word) => {
    expect(surnameNominative(word)).toBeNull();
  });

  it("finds the stem the stemmer gives the nominative, which the case form's own stem is not", () => {
    expect(stem("сорокоумову")).not.toBe(stem("сорокоумов"));
    expect(stem(surnameNominative("сорокоумову") ?? "")).toBe(stem("сорокоумов"));
  });
});
