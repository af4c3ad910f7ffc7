import { describe, expect, it } from "vitest";
import { readPostedHeadline } from "../../src/corpus/posted-headline.ts";

const isStamp = (text: string): boolean => /\d{4}/u.test(text);

describe("readPostedHeadline", () => {
  it("takes the headline right over the posting line; the posting line stays", () => {
    const lines = ["WHAT'S ON", "!! NOTICE: LIBRARY CLOSED", "Update on the fire at the library", "Posted by the Library Service team, Monday 12 November 2029, 4:30pm", "A fire destroyed the rare books room."];
    expect(readPostedHeadline(lines, isStamp)).toEqual({
      lines: ["WHAT'S ON", "!! NOTICE: LIBRARY CLOSED", "Posted by the Library Service team, Monday 12 November 2029, 4:30pm", "A fire destroyed the rare books room."],
      title: "Update on the fire at the library",
    });
  });

  it("reads a Russian posting line", () => {
    const lines = ["Пожар в читальном зале", "Опубликовал пресс-центр, 12 ноября 2029, 16:30", "Ночью в библиотеке начался пожар."];
    expect(readPostedHeadline(lines, isStamp)).toEqual({ lines: ["Опубликовал пресс-центр, 12 ноября 2029, 16:30", "Ночью в библиотеке начался пожар."], title: "Пожар в читальном зале" });
  });

  it.each([
    ["a label in capitals over the posting line", ["DISRUPTION NOTICE", "Posted by the operations team, 16 October 2026", "Text."]],
    ["a sentence over the posting line", ["The library is closed.", "Posted by the team, 12 November 2029", "Text."]],
    ["a posting line without a stamp", ["Update on the fire", "Posted by the team, on behalf of the council", "Text."]],
  ])("leaves %s alone", (_name, lines) => {
    expect(readPostedHeadline(lines, isStamp)).toBeNull();
  });
});
