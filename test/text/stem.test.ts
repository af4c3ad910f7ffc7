import { describe, expect, it } from "vitest";
import { isInfinitive, russianRoot, stem, surnameNominative } from "../../src/text/stem.ts";

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

describe("Russian infinitives", () => {
  it.each([
    ["задержать", true],
    ["сгореть", true],
    ["погибнуть", true],
    ["спасти", true],
    ["везти", true],
    ["найти", true],
    ["идти", true],
    ["помочь", true],
    ["вернуться", true],
    ["спастись", true],
    // Nouns in -сть and -рть, and the few in a vowel and -ть, are no verbs.
    ["тяжесть", false],
    ["месть", false],
    ["часть", false],
    ["четверть", false],
    ["смерть", false],
    ["путь", false],
    ["сеть", false],
    ["память", false],
    ["пять", false],
  ])("%s: %s", (lemma, expected) => {
    expect(isInfinitive(lemma)).toBe(expected);
  });

  it("cuts a verb's root, never a noun's: месть stays мест-, часть част- («час» is an hour)", () => {
    expect(russianRoot("погибнуть")).toBe("погиб");
    expect(russianRoot("месть")).toBe("мест");
    expect(russianRoot("часть")).toBe("част");
  });
});
