import { describe, expect, it } from "vitest";
import { readPagePost } from "../../src/corpus/page-post.ts";

describe("readPagePost", () => {
  it("keeps an English page's post and its own reply; the page's head, the reactions, readers' comments and the footer go", () => {
    const lines = [
      "facebook",
      "Search Facebook",
      "Sorrel Creek Search and Rescue",
      "4.2K likes · 5.8K followers",
      "-----",
      "Sorrel Creek Search and Rescue",
      "17 May at 06:10 · Edited · 🌐",
      "",
      "🚨 ACTIVE SEARCH – KINNEAR RIVER 🚨",
      "",
      "Our team was activated at 21:58 last night.",
      "",
      "👍❤️😢 3.7K                 486 comments   2.1K shares",
      "      Like            Comment            Share",
      "Most relevant ▾",
      "Marnie Oakes",
      "Please keep looking.",
      "Like · Reply · 14h · 1.2K",
      "   Sorrel Creek Search and Rescue",
      "   The messenger was in the wrong boat.",
      "   Like · Reply · 13h · 208",
      "Write a comment...",
      "Privacy · Terms · Meta © 2026",
    ];
    expect(readPagePost(lines)).toEqual({
      lines: ["", "🚨 ACTIVE SEARCH – KINNEAR RIVER 🚨", "", "Our team was activated at 21:58 last night.", "", "", "The messenger was in the wrong boat."],
      author: "Sorrel Creek Search and Rescue",
      stamp: "17 May 2026",
    });
  });

  it("reads a Russian page's post («вчера в 18:40 · 🌐», «Нравится · Ответить»)", () => {
    const lines = ["Спасотряд «Кедр»", "вчера в 18:40 · 🌐", "Нашли всех троих туристов.", "12 комментариев 4 репоста", "Иван", "Молодцы!", "Нравится · Ответить · 2 ч"];
    expect(readPagePost(lines)).toEqual({ lines: ["Нашли всех троих туристов."], author: "Спасотряд «Кедр»", stamp: null });
  });

  it("is null for a story without a post's head", () => {
    expect(readPagePost(["The team posted on 17 May at 06:10.", "Four were found."])).toBeNull();
  });
});
