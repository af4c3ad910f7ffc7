import { describe, expect, it } from "vitest";
import { countWords, TOKEN_PATTERN, TokenScanner } from "../../src/text/token-scanner.ts";

/** The spans the pattern finds. */
function byPattern(text: string): [number, number][] {
  const pattern = new RegExp(TOKEN_PATTERN.source, TOKEN_PATTERN.flags);
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

/** The spans the scanner finds, each with whether it says the token is hyphenated. */
function byScanner(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const scanner = new TokenScanner(text);
  while (scanner.next()) {
    spans.push([scanner.start, scanner.end]);
    expect(scanner.hyphenated).toBe(text.slice(scanner.start, scanner.end).includes("-"));
  }
  return spans;
}

/** Words counted as a regex counts them, up to `limit`. */
function wordsByPattern(text: string, limit: number): number {
  return Math.min(limit, [...text.matchAll(/[\p{L}\p{N}]+/gu)].length);
}

describe("TokenScanner", () => {
  it("finds the spans the token pattern finds", () => {
    const texts = [
      "",
      "The death toll exceeded 115 people.",
      "Алма-Ата, 5 января: «Крокус Сити Холл» — 1 200 человек; 3,000 homes; 12,5 км; 1 2345; 12 345 678 9",
      "co-operate -x x- a--b 4-го 87-й 1.2.3 1,,2 .5 5. 1\u00A0000 2\u202F500 3  000 999 999 9999 999",
      "ёлка Ёж café naïve e\u0301 \u0301x 𝐀𝐁 𝟏𝟐𝟑 ² ½ Ⅻ ١٢٣ 12\u00A0𝟏𝟐𝟑 \uD835 x\uDC00y 日本語",
      "x1y 1x2 a-1 1-a ab-cd-ef 1 23 456 7890",
    ];
    for (const text of texts) expect(byScanner(text), text).toEqual(byPattern(text));
  });

  it("counts the runs of letters and numbers a regex counts, up to a limit", () => {
    for (const text of ["", "By Maria Olsen, Reuters", "e\u0301t\u0301e 12a 𝐀𝟏 ½-x", "  ...  ", "один, два; три: 4 5 6 7 8 9 10"]) {
      for (const limit of [0, 3, 8, 100]) expect(countWords(text, limit), `${text} ${limit}`).toBe(wordsByPattern(text, limit));
    }
  });

  it("agrees with the pattern on random texts of tricky characters", () => {
    const pool = ["a", "Z", "я", "Ё", "ё", "-", "1", "9", " ", "\u00A0", "\u202F", ".", ",", "\u0301", "𝐀", "𝟏", "²", "½", "\uD835", "\uDC00", "!", "\n", "日", "٣"];
    let seed = 11;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let trial = 0; trial < 3000; trial++) {
      const text = Array.from({ length: random(24) }, () => pool[random(pool.length)] ?? "").join("");
      expect(byScanner(text), JSON.stringify(text)).toEqual(byPattern(text));
      expect(countWords(text, 8), JSON.stringify(text)).toBe(wordsByPattern(text, 8));
    }
  });
});
