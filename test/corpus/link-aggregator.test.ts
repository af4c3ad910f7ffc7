import { describe, expect, it } from "vitest";
import { readLinkPost } from "../../src/corpus/link-aggregator.ts";

describe("readLinkPost", () => {
  it("drops the site's bar and the post's head; the linked site under the title is read and goes, the title stays", () => {
    const lines = ["reddit  r/news  ·  Hot  New  Top", "Log In   Sign Up", "", "r/news", "Posted by u/prairiefire_kt · 9h", "", "3 dead after small plane crashes into homes", "news · brayton-ledger.com", "", "BRAYTON, Iowa — Three people were killed."];
    expect(readLinkPost(lines)).toEqual({ lines: ["", "3 dead after small plane crashes into homes", "", "BRAYTON, Iowa — Three people were killed."], site: "brayton-ledger.com" });
  });

  it("reads a post in Russian without a linked site", () => {
    const lines = ["r/Russia", "u/volga_news · 3 ч", "Паводок в Заречье: эвакуированы 120 человек", "Текст новости из местной газеты."];
    expect(readLinkPost(lines)).toEqual({ lines: ["Паводок в Заречье: эвакуированы 120 человек", "Текст новости из местной газеты."], site: null });
  });

  it("is null without a post's head near the top", () => {
    expect(readLinkPost(["Three people were killed on Saturday.", "Police said u/someone · 9h posted a video."])).toBeNull();
  });
});
