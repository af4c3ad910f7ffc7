import { describe, expect, it } from "vitest";
import { readPinnedUpdate } from "../../src/corpus/pinned-update.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

describe("readPinnedUpdate", () => {
  it("keeps a listing's pinned update: its headline is the title, its banner dates it, the footer names the site; the page around it goes", () => {
    const lines = [
      "CityFinder · Find local businesses",
      "Home › Ashby › Cafés › Corner Café",
      "-----",
      "📌 PINNED COMMUNITY UPDATE · added Mon 3 May 2032, 10:00",
      "Posted by the CityFinder Community Team",
      "-----",
      "",
      "Café closed after kitchen fire",
      "",
      "The Corner Café on High Street was closed after a fire on Sunday.",
      "Nobody was hurt.",
      "",
      "This update will be removed when the business posts its own news.",
      "-----",
      "Corner Café",
      "★★★★ 4.1 (120 reviews)",
      "CityFinder © 2032 · About · Terms",
    ];
    expect(readPinnedUpdate(lines, isRule)).toEqual({
      lines: ["", "", "The Corner Café on High Street was closed after a fire on Sunday.", "Nobody was hurt.", ""],
      title: "Café closed after kitchen fire",
      stamp: "Mon 3 May 2032, 10:00",
      site: "CityFinder",
    });
  });

  it("reads a Russian pinned update", () => {
    const lines = ["---", "📌 ЗАКРЕПЛЁННОЕ ОБНОВЛЕНИЕ · добавлено 5 мая 2032", "---", "Пекарня закрыта после пожара", "Пожар произошёл ночью.", "Пострадавших нет.", "---", "Справочник © 2032"];
    expect(readPinnedUpdate(lines, isRule)).toEqual({ lines: ["Пожар произошёл ночью.", "Пострадавших нет."], title: "Пекарня закрыта после пожара", stamp: "5 мая 2032", site: "Справочник" });
  });

  it.each([
    ["a banner not set under a rule", ["PINNED UPDATE · added 3 May 2032", "---", "Title", "Text one.", "Text two.", "---"]],
    ["an update with no rule closing it", ["---", "PINNED UPDATE · added 3 May 2032", "---", "Title", "Text one.", "Text two."]],
    ["a sentence about pinned posts", ["---", "We pinned the post about the update.", "---", "Text."]],
  ])("leaves %s alone", (_name, lines) => {
    expect(readPinnedUpdate(lines, isRule)).toBeNull();
  });
});
