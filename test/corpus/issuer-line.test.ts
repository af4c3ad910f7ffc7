import { describe, expect, it } from "vitest";
import { issuerOfLine } from "../../src/corpus/issuer-line.ts";

describe("issuerOfLine", () => {
  it.each([
    ["Issued by Brackenridge Aggregates Ltd, Wednesday 10 September 2031, 17:00", "Brackenridge Aggregates Ltd"],
    ["Published by Harbour District Council, 3 May 2030", "Harbour District Council"],
    ["Опубликовано ООО «Сервис-Плюс», 12 марта 2031 г.", "ООО «Сервис-Плюс»"],
    ["Issued by the Chief Lifeguard, 15 January, 14:00", null],
    ["Issued Monday 16 August 2027, 11:00", null],
  ])("%s → %s", (line, issuer) => {
    expect(issuerOfLine(line)).toBe(issuer);
  });
});
