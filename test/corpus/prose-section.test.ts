import { describe, expect, it } from "vitest";
import { firstFilled, proseOf, storySection, toldInSentences } from "../../src/corpus/prose-section.ts";

const prose = (words: string) => `${words} `.repeat(30).trim();

describe("storySection: the section of a page cut by rules that holds its story", () => {
  const lines = ["# Кровля «Мастер»", "---", "- Металлочерепица — 650 ₽/м²", "- Профнастил — 480 ₽/м²", "---", "## Смерч в посёлке", prose("Крыши сорвало с сорока домов."), prose("Ветер достигал 30 м/с, сообщили в МЧС."), "---", "© Кровля «Мастер»"];
  const rules = lines.flatMap((line, i) => (line === "---" ? [i] : []));

  it("is the section with most of the page's prose", () => {
    expect(storySection(lines, rules)).toEqual({ k: 1, from: 5, to: 8 });
    expect(firstFilled(lines, 5, 8)).toBe(5);
  });

  it("is none when no section holds enough prose", () => {
    const short = lines.map((line) => (line.length > 100 ? "Крыши сорвало." : line));
    expect(storySection(short, rules)).toBeNull();
  });

  it("counts long lines only, no table rows", () => {
    expect(proseOf([prose("The roof was torn off."), `| ${prose("a cell")} |`, "Short line."], 0, 3)).toBe(prose("The roof was torn off.").length);
  });
});

describe("toldInSentences: a section told in sentences, no line of it the kind the reader rejects", () => {
  const isRow = (line: string) => /\t|\s\|\s/u.test(line);
  it.each([
    [[prose("The pier gave way under the crowd"), "Short line."], true],
    [[prose("The pier gave way under the crowd"), "Lane 1 | £12 | 10:00"], false],
    [["Lane 1", "Lane 2", "Shoes", prose("The bowling lanes reopened on Monday")], true],
    [["Lane 1 hire", "Lane 2 hire", "Shoes for rent", "Open daily"], false],
  ] as const)("%j → %s", (lines, expected) => {
    expect(toldInSentences(lines, 0, lines.length, isRow)).toBe(expected);
  });
});
