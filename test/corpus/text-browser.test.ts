import { describe, expect, it } from "vitest";
import { withoutTextBrowserMarkup } from "../../src/corpus/text-browser.ts";

describe("withoutTextBrowserMarkup", () => {
  it.each([
    [
      "a Lynx dump: link headers, form lines and references leave, a menu's links become parts, a link's number goes",
      [
        "   #[1]RSS-лента раздела «Происшествия»",
        "   [3][IMG: логотип] ВЕСТНИК СТАРОКАМЕНСКА [4]Город [5]Происшествия [6]Экономика",
        "   Поиск по сайту: ____________________ (BUTTON) Найти",
        "   Об этом сообщило [7]Уральское управление Ростехнадзора.",
        "References",
        "",
        "   1. https://vestnik-starokamensk.example/rss/incidents",
        "   2. https://vestnik-starokamensk.example/",
        "  10. https://vestnik-starokamensk.example/tags/radiation",
      ],
      ["   ВЕСТНИК СТАРОКАМЕНСКА · Город · Происшествия · Экономика", "   Об этом сообщило Уральское управление Ростехнадзора."],
    ],
    [
      "an English dump with a text link in prose",
      ["Skip to [2]main content", "The council said the [5]bridge would stay shut.", "References", "1. https://a.example/", "2. https://a.example/#main", "5. https://a.example/bridge"],
      ["Skip to main content", "The council said the bridge would stay shut."],
    ],
    [
      "no references list: bracketed numbers in a text stay",
      ["See table [1]above and note [2]below.", "References", "1. Smith J. The bridge. 2030."],
      ["See table [1]above and note [2]below.", "References", "1. Smith J. The bridge. 2030."],
    ],
  ])("%s", (_name, lines, expected) => {
    expect(withoutTextBrowserMarkup(lines)).toEqual(expected);
  });
});
