import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/corpus/language.ts";

describe("detectLanguage", () => {
  it.each([
    ["How many people died in Crocus City Hall?", "en"],
    ["Сколько человек пострадало в Дагестане?", "ru"],
    ["Ёлки\u00A0стоят «белые»", "ru"],
    ["Токаев переговорил с Путиным, передает NUR.KZ", "ru"],
    ["As TASS reports, Токаев arrived in Almaty on Friday", "en"],
    ["Что сказал Tokayev?", "ru"],
    ["сколько заплатили tidewell harbour light consulting", "ru"],
    ["кто возглавляет lakeshore regional health", "ru"],
    ["what did кемьозерэнерго say about podstantsiya polyarnaya", "en"],
    // Both languages' little words: the first is the question's own, the others a quoted name's.
    ["кто автор картины evening tide at saltcote", "ru"],
    ["what happened at «дом на набережной» in almaty", "en"],
    ["2024-03-23 ?!", "en"],
    ["", "en"],
  ] as const)("%j → %s", (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});
