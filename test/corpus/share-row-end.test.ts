import { describe, expect, it } from "vitest";
import { isLabelledShareRow, storyEndAtShareRow } from "../../src/corpus/share-row-end.ts";
import { en, ru } from "../helpers/blog-post-body.ts";

// A post's first four paragraphs (the blog readers' shared snippets): the prose a closing share row must follow.
const STORY_EN = en.slice(0, 4);
const STORY_RU = ru.slice(0, 4);

describe("isLabelledShareRow", () => {
  it.each([
    ["an English row between bars", "Share this: Facebook | Instagram | WhatsApp | Copy link"],
    ["an English row between dots", "Share:  Facebook · Instagram · WhatsApp · Email"],
    ["bracketed buttons", "Share:  [ Facebook ]  [ X ]  [ Pinterest ]  [ Email ]"],
    ["a Russian row after a pictograph", "👍 Поделиться: ВКонтакте · Telegram · Одноклассники"],
    ["a Russian row in bold with links", "**Поделиться:** [ВКонтакте](#) · [Telegram](#) · [WhatsApp](#) · [Скопировать ссылку](#)"],
  ])("reads %s", (_name, line) => {
    expect(isLabelledShareRow(line)).toBe(true);
  });

  it.each([
    ["a sentence about sharing", "Share: the park will share the cost of the fence with the council."],
    ["one bracketed control", "[Поделиться: ВКонтакте · Telegram · Одноклассники]"],
    ["a label with one network", "Поделиться: ВКонтакте"],
    ["a Russian sentence", "Поделиться: жители делятся фотографиями в соцсетях · их много"],
  ])("passes over %s", (_name, line) => {
    expect(isLabelledShareRow(line)).toBe(false);
  });
});

describe("storyEndAtShareRow", () => {
  it.each([
    ["an English post with the site's blocks after", [...STORY_EN, "", "Share this: Facebook | Instagram | WhatsApp | Copy link", "", "OTHER NEWS FROM THE KENNELS", "BOARDING PRICES 2031 (per night)", "All dogs must be vaccinated at least 14 days before arrival."], 5],
    ["a Russian post with comments and prices after", [...STORY_RU, "", "**Поделиться:** ВКонтакте · Telegram · WhatsApp", "", "Игорь: Мой рюкзак тоже ждёт, ничего, подождём.", "Хиты продаж"], 5],
  ])("ends %s at the row", (_name, lines, end) => {
    expect(storyEndAtShareRow(lines)).toBe(end);
  });

  it.each([
    ["a row above the story", ["Share: Facebook | WhatsApp | Email", "", ...STORY_EN]],
    ["a Russian row over the story", ["Поделиться: ВКонтакте · Telegram", ...STORY_RU]],
    ["a story without a row", STORY_RU],
  ])("is null for %s", (_name, lines) => {
    expect(storyEndAtShareRow(lines)).toBeNull();
  });
});
