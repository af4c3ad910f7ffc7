import { describe, expect, it } from "vitest";
import { isLeadingCategoryPart } from "../../src/corpus/counter-category-part.ts";
import { postingFieldsDay } from "../../src/corpus/posting-fields-line.ts";
import { readJournalPostPage } from "../../src/corpus/journal-post-page.ts";

describe("isLeadingCategoryPart: a posting line's first part naming the post's category bare", () => {
  it.each([
    ["Community", 0, true],
    ["Local News", 0, true],
    ["Food & drink", 0, true],
    ["Новости района", 0, true],
    ["Жизнь города", 0, true],
    // Not first, a sentence, a dated part, a label, too many words, lower case.
    ["Community", 2, false],
    ["We were there.", 0, false],
    ["March 2032", 0, false],
    ["Category: News", 0, false],
    ["Our long list of shop news items", 0, false],
    ["новости", 0, false],
  ])("%s at %i → %s", (part, index, expected) => {
    expect(isLeadingCategoryPart(part, index)).toBe(expected);
  });
});

describe("postingFieldsDay: a row of fields opening with the bare category", () => {
  it.each([
    ["Community · Wednesday 24 March 2032 · by Anna Kestle, owner · Sources: Dunmoor Fire and Rescue Service, residents", "24 March 2032"],
    ["Shop news | 3 May 2031 | Posted by Jo Pike | 2 comments", "3 May 2031"],
    ["Новости района · 18.03.2030 · Автор: Ирина Белоусова · 👁 1 214", "18.03.2030"],
    ["**Жизнь города** · 12 марта 2031 · Текст: Анна Шестакова · Источники: МЧС", "12 марта 2031"],
    // Without an author, a category anywhere but first, a dateline.
    ["Community · Wednesday 24 March 2032 · Sources: residents", null],
    ["24 March 2032 · Community · by Anna Kestle", null],
    ["London · 3 May 2031", null],
  ])("%s → %s", (line, expected) => {
    expect(postingFieldsDay(line)).toBe(expected);
  });

  const paragraphs = [
    "Hollinbury St Mary is four miles up the valley from the shop. On Sunday it lost most of Mill Row, the line of thatched cottages by the church.",
    "The alarm was raised at 2.35pm on Sunday 21 March, when a neighbour saw smoke coming from the thatch. The fire service believes a spark from a stove chimney settled in the roof.",
    "A west wind then pushed the fire along the terrace, and the flames travelled from thatch to thatch in under an hour. Nobody died.",
  ];
  it.each([
    ["English", "FIRE SWEEPS THROUGH MILL ROW COTTAGES", "Community · Wednesday 24 March 2032 · by Anna Kestle, owner · Sources: the fire service", "Share this post:  Facebook  ·  X", "24 March 2032"],
    ["Russian", "## Из храма украли колокол: что известно", "Новости района · 18.03.2030 · Текст: Ирина Белоусова, управляющая · по данным полиции", "🔗 Поделиться: VK · Telegram", "18.03.2030"],
  ])("reads the post under such a row (%s)", (_, headline, posting, share, day) => {
    const lines = ["KESTLE & DAUGHTER MUSIC", "GUITARS   UKULELES   BLOG", "", headline, "", posting, "", ...paragraphs.flatMap((p) => [p, ""]), share, "", "RELATED POSTS"];
    const post = readJournalPostPage(lines, { fieldRows: true });
    expect(post?.stamp).toBe(day);
    expect(post?.lines.join("\n")).not.toContain(posting);
    expect(post?.lines.join("\n")).toContain(paragraphs[2]);
  });
});
