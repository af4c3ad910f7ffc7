import { describe, expect, it } from "vitest";
import { isPostPager, withoutPostPagers } from "../../src/corpus/post-pager.ts";

describe("isPostPager: a blog's row linking the posts before and after", () => {
  it.each([
    ["« Older post: Why your radiators are cold at the top", true],
    ["< Previous post: Autumn string sale - 3 sets for £25        Next post: Meet our new dealer range >", true],
    ["Newer post: Half-term opening hours", true],
    ["← Предыдущая запись: Печать календарей на 2026 год — принимаем заказы", true],
    ["Следующая запись: Новые рамки для дипломов", true],
    ["The next post: office was closed on Monday, the council said.", false],
    ["Older residents said the post office had been closed since Monday: nobody told them why.", false],
    ["Предыдущая запись в журнале: проверка прошла без замечаний, сообщили в инспекции.", false],
  ] as const)("%j → %j", (line, expected) => {
    expect(isPostPager(line)).toBe(expected);
  });

  it("drops the pager rows and keeps every other line (the same array when there are none)", () => {
    const lines = ["Thanks, all.", "", "« Older post: Autumn string sale", ""];
    expect(withoutPostPagers(lines)).toEqual(["Thanks, all.", "", ""]);
    const plain = ["Thanks, all."];
    expect(withoutPostPagers(plain)).toBe(plain);
  });
});
