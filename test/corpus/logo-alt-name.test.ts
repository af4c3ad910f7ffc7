import { describe, expect, it } from "vitest";
import { logoAltName } from "../../src/corpus/logo-alt-name.ts";

describe("logoAltName: the site's name in the alt text of the logo opening a saved page", () => {
  it.each([
    [["[![Пейнтбольный клуб «Рубеж»](#)](#)", "", "**ПЕЙНТБОЛ · ЛАЗЕРТАГ** — Новоозёрск"], "Пейнтбольный клуб «Рубеж»"],
    [["", "![Harbour Lights Bakery](/img/logo.svg)", "Home | Cakes | News"], "Harbour Lights Bakery"],
    [["[![«Две свечи»](/logo.png)](/)"], "«Две свечи»"],
    [["[![Fiorella's Gelato](logo.png)](https://example.com/)", "Gelato · Sundaes"], "Fiorella's Gelato"],
    // A picture's word, a description ending a sentence, an image that does not open the page, an image with more text on its line.
    [["![Logo](/logo.png)"], null],
    [["![Логотип](/logo.png)"], null],
    [["![Photo of our shop front on Lock Street.](/shop.jpg)"], null],
    [["HARBOUR LIGHTS BAKERY", "![Harbour Lights Bakery](/logo.svg)"], null],
    [["![Harbour Lights Bakery](/logo.svg) Fresh bread daily"], null],
    [["[![](/logo.png)](/)"], null],
  ])("%j → %s", (lines, expected) => {
    expect(logoAltName(lines)).toBe(expected);
  });
});
