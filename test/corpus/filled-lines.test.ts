import { describe, expect, it } from "vitest";
import { filledLines } from "../../src/corpus/filled-lines.ts";

describe("filledLines", () => {
  it("gives the first filled lines, trimmed, with their indices", () => {
    expect(filledLines(["", "  Заголовок  ", "", "Text.", "More."], 2)).toEqual([
      { text: "Заголовок", i: 1 },
      { text: "Text.", i: 3 },
    ]);
  });

  it("gives fewer when the lines run out", () => {
    expect(filledLines(["", "  "], 3)).toEqual([]);
  });
});
