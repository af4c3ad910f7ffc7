import { describe, expect, it } from "vitest";
import { copyrightSiteName } from "../../src/corpus/copyright-site-name.ts";

describe("copyrightSiteName: a name in capitals opening the page that its copyright repeats after the year", () => {
  it.each([
    [["FRETLINE GUITARS", "Electric | Acoustic", "", "Story.", "© 2025 Fretline Guitars Ltd. Company no. 07652219"], "Fretline Guitars"],
    [["ТИПОГРАФИЯ ЛИТЕРА", "Визитки · Листовки", "Новость.", "© 2014–2025 Типография Литера. Цены не являются офертой."], "Типография Литера"],
    [["FRETLINE GUITARS", "Story.", "© 2025 Kessingford Music Ltd."], null],
    [["Fretline Guitars", "Story.", "© 2025 Fretline Guitars Ltd."], null],
    [["FRETLINE", "Story.", "© 2025 Fretline Ltd."], null],
    [["FRETLINE GUITARS", "Story.", "Fretline Guitars Ltd, Bell Street"], null],
  ] as const)("%j → %j", (lines, expected) => {
    expect(copyrightSiteName(lines)).toBe(expected);
  });
});
