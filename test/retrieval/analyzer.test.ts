import { describe, expect, it } from "vitest";
import { analyze, containsToken, phoneticKey, skeleton, termSet } from "../../src/retrieval/analyzer.ts";

const keysOf = (text: string): Set<string> => new Set(analyze(text).flatMap((t) => t.keys));
const wordsOf = (text: string): string[] => analyze(text).map((t) => t.word);

describe("analyze", () => {
  it.each([
    ["How many people died in the attacks?", ["peopl", "die", "attack"]],
    ["Сколько человек пострадало в Дагестане?", ["человек", "пострада", "дагестан"]],
    ["Ёлка и елка", ["елк", "елк"]],
    ["Детей\u00A0эвакуировали «быстро»", ["дет", "эвакуирова", "быстр"]],
  ])("stems and drops stop words: %s", (text, words) => {
    expect(wordsOf(text)).toEqual(words);
  });

  it("keeps numbers whole, without group separators", () => {
    expect(analyze("more than 3,000 people and 26 criminals, 3.5 km").filter((t) => t.numeric).map((t) => t.word)).toEqual([
      "3000",
      "26",
      "3.5",
    ]);
  });

  it("marks capitalised words inside a sentence as names, not the first word", () => {
    const tokens = analyze("Who signed the decree on mourning in Dagestan? Tokayev did.");
    expect(tokens.filter((t) => t.name).map((t) => t.word)).toEqual(["dagestan"]);
  });
});

describe("phonetic keys bridge English and Russian spellings", () => {
  it.each([
    ["Токаев", "Tokayev"],
    ["Дагестане", "Dagestan"],
    ["Алматы", "Almaty"],
    ["Алма-Ата", "Almaty"],
    ["Крокус", "Crocus"],
    ["центра", "center"],
    ["комиссию", "commission"],
    ["Махачкале", "Makhachkala"],
    ["Дербенте", "Derbent"],
  ])("%s ~ %s", (russian, english) => {
    const ru = analyze(russian)[analyze(russian).length - 1];
    expect(ru).toBeDefined();
    if (!ru) return;
    expect(containsToken(termSet(analyze(english)), ru)).toBe(true);
  });

  it.each([
    ["Дагестан", "Kazakhstan"],
    ["погода", "people"],
    ["Новосибирске", "Bryansk"],
  ])("%s does not match %s", (russian, english) => {
    const [ru] = analyze(russian);
    expect(ru && containsToken(termSet(analyze(english)), ru)).toBe(false);
  });

  it("pairs adjacent words so multi-word names meet: Крокус Сити Холл ~ Crocus City Hall", () => {
    const shared = [...keysOf("Крокус Сити Холле")].filter((k) => keysOf("Crocus City Hall").has(k));
    expect(shared.filter((k) => k.includes("_")).length).toBeGreaterThanOrEqual(2);
  });

  it("gives no key to short stems, which would match too much", () => {
    expect(phoneticKey("сит")).toBeNull();
    expect(skeleton("almaty")).toBe(skeleton("almaata"));
  });
});
