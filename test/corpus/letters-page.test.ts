import { describe, expect, it } from "vitest";
import { readNewsBrief, writersGuideEnd } from "../../src/corpus/letters-page.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

describe("readNewsBrief", () => {
  it.each([
    ["an English brief", ["Opinion > Letters", "-----", "IN BRIEF", "Six charged in lottery ticket scheme", "", "Six people were arrested."], "Six charged in lottery ticket scheme"],
    ["a Russian brief", ["Письма читателей", "-----", "КОРОТКО", "На рынке задержали шестерых", "Текст."], "На рынке задержали шестерых"],
  ])("takes the headline of %s as the title", (_name, lines, title) => {
    const read = readNewsBrief(lines, isRule);
    expect(read?.title).toBe(title);
    expect(read?.lines).toEqual([...lines.slice(0, 2), ...lines.slice(4)]);
  });

  it.each([
    ["a label not under a rule", ["Text.", "IN BRIEF", "Six charged in lottery ticket scheme"]],
    ["a sentence under the label", ["-----", "IN BRIEF", "Six people were charged on Tuesday."]],
  ])("leaves %s alone", (_name, lines) => {
    expect(readNewsBrief(lines, isRule)).toBeNull();
  });
});

describe("writersGuideEnd", () => {
  it.each([
    ["an English guide", ["HOW TO SUBMIT A LETTER", "Letters should be no longer than 250 words.", "", "Text."], 2],
    ["a Russian guide", ["Как написать в редакцию", "Письма принимаются по почте.", "Анонимные письма не публикуются.", "", "Текст."], 3],
  ])("ends %s at the blank line", (_name, lines, end) => {
    expect(writersGuideEnd(lines, 0)).toBe(end);
  });

  it("leaves a story's sentence alone", () => {
    expect(writersGuideEnd(["How to submit a letter was the question at the meeting.", "Text.", ""], 0)).toBeNull();
  });
});
