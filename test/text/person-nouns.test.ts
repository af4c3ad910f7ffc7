import { describe, expect, it } from "vitest";
import { defaultAnalyzer } from "../../src/text/analyzer.ts";
import { PersonNouns, sharedPersonNouns } from "../../src/text/person-nouns.ts";

const analyzer = defaultAnalyzer();
const isPerson = (nouns: PersonNouns, word: string): boolean => {
  const [token] = analyzer.analyze(word);
  return token !== undefined && nouns.has(token);
};

describe("PersonNouns: nouns for a person in both languages, from WordNet and the lexicon", () => {
  const nouns = sharedPersonNouns();

  it.each(["brewer", "brewers", "conductor", "toxicologist", "bosses", "deputies", "prisoner", "проводник", "проводницу", "фермершу", "студентку", "секретаря", "начальника", "заключённых"])(
    "%s is one",
    (word) => expect(isPerson(nouns, word)).toBe(true),
  );

  it.each(["prison", "тюрьмы", "fire", "пожар", "road", "поезд", "Monroe", "Lincoln", "станции"])("%s is not one (a place, a thing, a person's name)", (word) =>
    expect(isPerson(nouns, word)).toBe(false),
  );

  it("takes the Russian words the lexicon translates an English person noun by, in their case forms", () => {
    const small = new PersonNouns(["pilot"], new Map([["pilot", ["лётчик", "пилот"]], ["plane", ["самолёт"]]]));
    expect(["pilots", "пилота", "лётчики", "лётчица"].map((w) => isPerson(small, w))).toEqual([true, true, true, true]);
    expect(["plane", "самолёта"].map((w) => isPerson(small, w))).toEqual([false, false]);
  });
});
