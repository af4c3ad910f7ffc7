import { describe, expect, it } from "vitest";
import { readCommunityPostHead, withoutPostPreview } from "../../src/corpus/community-post.ts";

const isStamp = (line: string): boolean => /\d{1,2}:\d{2}$/u.test(line);
const plain = (line: string): string => line.replace(/\*\*/gu, "");

describe("readCommunityPostHead", () => {
  it.each([
    [
      "a repost in a community: the shared community is the author, its time the stamp",
      ["**Подслушано в Заречинске** ✔", "запись закреплена · 17 сен в 18:41", "", "↪ **Новости Заречинска | ZRN**", "17 сен в 16:20", "", "🔴 Ботулизм в Заречинске"],
      { lines: ["запись закреплена · 17 сен в 18:41", "", "", "🔴 Ботулизм в Заречинске"], author: "Новости Заречинска | ZRN", stamp: "17 сен в 16:20" },
    ],
    [
      "a group's post: its author and time",
      ["**Dubrov Online** · 16 Nov 2033, 19:05", "", "DIPHTHERIA IN DUBROV: two dead."],
      { lines: ["", "DIPHTHERIA IN DUBROV: two dead."], author: "Dubrov Online", stamp: "16 Nov 2033, 19:05" },
    ],
  ])("%s", (_name, lines, expected) => {
    expect(readCommunityPostHead(lines, isStamp)).toEqual(expected);
  });

  it("is null without such a head (a document's label with a date is none)", () => {
    expect(readCommunityPostHead(["**Пресс-релиз** · 09.09.2035 · № 214", "", "## О массовых отравлениях"], isStamp)).toBeNull();
  });
});

describe("withoutPostPreview", () => {
  it.each([
    [
      "Russian: the folded preview and its «Ещё» go, the full text stays",
      ["❗ ДИФТЕРИЯ: умерли двое.", "", "В городе подтверждена вспышка…", "", "**Ещё**", "", "❗ ДИФТЕРИЯ: умерли двое.", "", "В городе подтверждена вспышка дифтерии."],
      ["", "❗ ДИФТЕРИЯ: умерли двое.", "", "В городе подтверждена вспышка дифтерии."],
    ],
    [
      "English: a preview cut with three dots over \"See more\"",
      ["Two dead in tower fire.", "Firefighters were called at 2:14am...", "See more", "Two dead in tower fire.", "Firefighters were called at 2:14am to the 19-storey block."],
      ["Two dead in tower fire.", "Firefighters were called at 2:14am to the 19-storey block."],
    ],
  ])("%s", (_name, lines, expected) => {
    expect(withoutPostPreview(lines, plain)).toEqual(expected);
  });

  it("keeps a text whose \"more\" button does not fold a repeated preview", () => {
    const lines = ["Readers asked what happens next…", "Show more", "The council meets on Thursday."];
    expect(withoutPostPreview(lines, plain)).toEqual(lines);
  });
});
