import { describe, expect, it } from "vitest";
import { readBlogCategoryPost } from "../../src/corpus/blog-category.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

describe("readBlogCategoryPost", () => {
  it("takes the headline under the post's category marker; the head, the blocks above, the row, the marker and the footer go", () => {
    const lines = [
      "ACME DRIVING SCHOOL",
      "Home   Courses   Blog",
      "-----",
      "PRICES",
      "-----",
      "Single lesson ....... £38",
      "-----",
      "BLOG",
      "-----",
      "Categories: Test tips | Road safety | School news",
      "",
      ">> Road safety",
      "",
      "What the bridge crash should teach us",
      "",
      "Last week a lorry hit the bridge on the A9.",
      "Share: Facebook | Copy link",
      "-----",
      "Acme Driving School Ltd, 1 High St",
      "© Acme Driving School 2012–2031",
    ];
    expect(readBlogCategoryPost(lines, isRule)).toEqual({
      lines: ["", "Last week a lorry hit the bridge on the A9.", "Share: Facebook | Copy link"],
      title: "What the bridge crash should teach us",
      site: "Acme Driving School",
    });
  });

  it("reads a Russian blog's category marker", () => {
    const lines = ["Рубрики: Советы · Безопасность · Новости школы", "» Безопасность", "Чему учит авария на трассе", "В четверг на трассе столкнулись 20 машин."];
    expect(readBlogCategoryPost(lines, isRule)).toEqual({ lines: ["В четверг на трассе столкнулись 20 машин."], title: "Чему учит авария на трассе", site: null });
  });

  it.each([
    ["a marker naming no category of the row", ["Categories: Tips | News", ">> Weather", "Fog on the roads", "Text."]],
    ["a marker with no row above it", [">> Road safety", "Fog on the roads", "Text."]],
    ["a sentence under the marker", ["Categories: Tips | News", ">> News", "We have moved to a new office.", "Text."]],
  ])("leaves %s alone", (_name, lines) => {
    expect(readBlogCategoryPost(lines, isRule)).toBeNull();
  });
});
