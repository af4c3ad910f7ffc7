import { describe, expect, it } from "vitest";
import { firstFilled, proseOf, storySection } from "../../src/corpus/prose-section.ts";

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
