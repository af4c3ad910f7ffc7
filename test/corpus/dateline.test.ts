import { describe, expect, it } from "vitest";
import { datelineLength } from "../../src/corpus/dateline.ts";

describe("datelineLength", () => {
  it.each([
    ["ALMATY. KAZINFORM – Head of State Kassym-Jomart Tokayev chaired a meeting.", "ALMATY. KAZINFORM – "],
    ["CEDAR HOLLOW, Ore., Aug 3 (Pacific Wire) - Crews battled the fire.", "CEDAR HOLLOW, Ore., Aug 3 (Pacific Wire) - "],
    ["МАХАЧКАЛА, 24 июня – Число жертв выросло до 20.", "МАХАЧКАЛА, 24 июня – "],
    ["МОСКВА, 12 июн — РИА Новости. Лесной пожар подошёл к посёлку.", "МОСКВА, 12 июн — РИА Новости. "],
    ["ALMATY, Jan 5 – Head of State Kassym-Jomart Tokayev spoke.", "ALMATY, Jan 5 – "],
    ["NATO - the alliance - said nothing.", ""],
    ["The shooting at Crocus City Hall occurred on March 22.", ""],
    ["Президент Казахстана провел совещание.", ""],
  ])("%j starts with %j", (text, dateline) => {
    expect(text.slice(0, datelineLength(text))).toBe(dateline);
  });
});
