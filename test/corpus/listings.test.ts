import { describe, expect, it } from "vitest";
import { scheduleEnd, voteEnd } from "../../src/corpus/listings.ts";

describe("scheduleEnd", () => {
  it.each([
    ["a Russian programme schedule", ["### Телепрограмма · воскресенье, 8 февраля", "", "07:00 · Утро на Онежье", "12:30 · **Воскресный патруль** ● в эфире", "13:00 · Погода на неделю", "", "Текст."], 5],
    ["an English fixture list", ["UPCOMING FIXTURES", "  Sat 14 Feb – Tarrow Vale (H), League, 3pm", "  Tue 17 Feb – Cheadle Moor (A), League, 7.45pm", "Ticket news will go up here first."], 3],
  ])("ends after the rows of %s", (_name, lines, end) => {
    expect(scheduleEnd(lines, 0)).toBe(end);
  });

  it.each([
    ["a heading without rows", ["Schedule", "The match was moved to Sunday."]],
    ["a story's own heading", ["Fixtures were cancelled after the riot.", "07:00 · Утро"]],
  ])("is null for %s", (_name, lines) => {
    expect(scheduleEnd(lines, 0)).toBeNull();
  });
});

describe("voteEnd", () => {
  it.each([
    [
      "an English members' vote",
      ["MAN OF THE MATCH – MEMBERS' VOTE", "Sponsored by Harbourside Fish Bar", "  Sam Whitlow (GK) .......... 41%", "  Josh Tolley ............... 27%", "Votes cast: 611", "", "Ticket news."],
      5,
    ],
    ["a Russian readers' poll", ["ОПРОС НЕДЕЛИ", "Иванов — 58 %", "Петров — 42 %", "", "Текст."], 3],
  ])("ends after %s", (_name, lines, end) => {
    expect(voteEnd(lines, 0)).toBe(end);
  });

  it("is null for a vote a story reports", () => {
    expect(voteEnd(["COUNCIL VOTE", "The council voted 5 to 0.", "Turnout was 41%."], 0)).toBeNull();
  });
});
