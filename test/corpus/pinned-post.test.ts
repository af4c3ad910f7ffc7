import { describe, expect, it } from "vitest";
import { readPinnedPost } from "../../src/corpus/pinned-post.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

describe("readPinnedPost", () => {
  it("takes a pinned post's bold headline as the title; the label and the page's sections after the post go, the footer stays", () => {
    const lines = [
      "**Студсовет общежития № 2**",
      "---",
      "### 📌 Закреплённый пост",
      "",
      "**Что случилось ночью на кухне**",
      "*3 марта 2031, 18:00 · пишет председатель*",
      "Ночью на кухне третьего этажа загорелась плита.",
      "---",
      "### 🧹 График дежурств",
      "- пн — комнаты 301–305",
      "---",
      "Студсовет общежития № 2 · комната 101",
    ];
    expect(readPinnedPost(lines, isRule)).toEqual({
      lines: ["**Студсовет общежития № 2**", "---", "*3 марта 2031, 18:00 · пишет председатель*", "Ночью на кухне третьего этажа загорелась плита.", "---", "Студсовет общежития № 2 · комната 101"],
      title: "Что случилось ночью на кухне",
    });
  });

  it("reads an English pinned post with nothing after it", () => {
    const lines = ["## Pinned post", "**Kitchen fire: what we know**", "A pan caught fire on the fourth floor.", "Nobody was hurt."];
    expect(readPinnedPost(lines, isRule)).toEqual({ lines: ["A pan caught fire on the fourth floor.", "Nobody was hurt."], title: "Kitchen fire: what we know" });
  });

  it.each([
    ["a label not in a heading", ["📌 Pinned post", "**Title**", "Text."]],
    ["a label over a plain line", ["### Pinned post", "Kitchen fire on the fourth floor", "Text."]],
    ["a heading naming another section", ["### Announcements", "**Laundry open**", "Text."]],
  ])("leaves %s alone", (_name, lines) => {
    expect(readPinnedPost(lines, isRule)).toBeNull();
  });
});
