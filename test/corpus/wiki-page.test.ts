import { describe, expect, it } from "vitest";
import { readWikiPage } from "../../src/corpus/wiki-page.ts";

describe("readWikiPage", () => {
  it("drops a wiki's head down to the line naming the wiki; the name above it is the title, the wiki the outlet", () => {
    const lines = ["Rail Wiki — the free encyclopedia of railway accidents", "Log in · Create account · Help", "", "Article   Talk   Read   Edit", "", "Ashby Junction derailment", "From Rail Wiki", "", "The Ashby Junction derailment occurred on 3 May 2030."];
    expect(readWikiPage(lines)).toEqual({ lines: ["", "The Ashby Junction derailment occurred on 3 May 2030."], title: "Ashby Junction derailment", wiki: "Rail Wiki" });
  });

  it("reads a Russian wiki's page with the wiki's tagline after a dash", () => {
    const lines = ["Статья   Обсуждение   Читать   Править", "Пожар в ТЦ «Радуга»", "Материал из Википедии — свободной энциклопедии", "Пожар произошёл 5 мая 2031 года."];
    expect(readWikiPage(lines)).toEqual({ lines: ["Пожар произошёл 5 мая 2031 года."], title: "Пожар в ТЦ «Радуга»", wiki: "Википедии" });
  });

  it.each([
    ["a 'From' line that names no wiki", ["Storm closes port", "From our correspondent in Hull", "Text."]],
    ["a sentence above the line", ["The storm closed the port.", "From Rail Wiki", "Text."]],
    ["the line far down the page", [...Array.from({ length: 14 }, (_, i) => `Line ${i}`), "Title", "From Rail Wiki"]],
  ])("leaves %s alone", (_name, lines) => {
    expect(readWikiPage(lines)).toBeNull();
  });
});
