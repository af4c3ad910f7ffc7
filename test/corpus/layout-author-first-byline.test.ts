import { describe, expect, it } from "vitest";
import { authorFirstDay } from "../../src/corpus/layout-author-first-byline.ts";
import { readJournalPostPage } from "../../src/corpus/journal-post-page.ts";

describe("authorFirstDay: a posting line naming its author first under a sentence-case headline", () => {
  it.each([
    ["By Imogen Vasse, founder · 4 March 2031 · 5 min read", "When the dome came down: our Junior Open weekend", "4 March 2031"],
    ["By Tom Aske, head roaster | Monday 16 September 2030 | 12 comments", "Flood on the high street: what we saw", "16 September 2030"],
    ["**By Ann Lee, owner** · June 2, 2031 · 3 min read", "## The day the pier gave way", "June 2, 2031"],
    ["Автор: Ольга Дёмина, руководитель студии · 13 ноября 2031 · 4 мин чтения", "Медиакуб упал на лёд: что известно", "13 ноября 2031"],
    ["✍ Текст: Анна Шестакова, управляющая лавкой | вторник, 11 ноября 2030 | 👁 1 284", "# Пожар на рынке: как мы помогали", "11 ноября 2030"],
    // A headline in capitals over the line, a byline with no role, no day, a sentence beginning with "By", a headline ending a sentence.
    ["By Imogen Vasse, founder · 4 March 2031 · 5 min read", "WHEN THE DOME CAME DOWN AT THE CLUB", null],
    ["By Imogen Vasse · 4 March 2031 · 5 min read", "When the dome came down", null],
    ["By Imogen Vasse, founder · 5 min read", "When the dome came down", null],
    ["By noon, the square was closed · 4 March 2031 · 5 min read", "When the dome came down", null],
    ["Автор: Ольга Дёмина, руководитель студии · 13 ноября 2031 · 4 мин чтения", "Мы открылись в 12:00.", null],
    ["Автор: Ольга Дёмина · 13 ноября 2031 · 4 мин чтения", "Медиакуб упал на лёд", null],
    // A newspaper's byline: its section after the day, or nothing after it.
    ["By Hannah Pryce, co-owner · 12 March 2026 · Local news", "Lightning at the rec", null],
    ["Автор: Ольга Дёмина, корреспондент · 13 ноября 2031 · Происшествия", "Медиакуб упал на лёд", null],
    ["By Imogen Vasse, founder · 4 March 2031", "When the dome came down", null],
  ])("%s (under %s) → %s", (line, above, expected) => {
    expect(authorFirstDay(line, above)).toBe(expected);
  });

  it("lets the journal reader take a shop's post signed this way", () => {
    const body = [
      "Regular customers know that we have sponsored the junior open at the tennis centre for four years. On Saturday our stand was in the foyer when the centre's air dome came down.",
      "",
      "At about 11.40am a gust tore open a seam on the north side of the dome. Within eight minutes the fabric roof had sunk onto the nets, and 138 people were led out through the emergency exits.",
      "",
      "Nine people were hurt, most with cuts and bruises. The council has closed the indoor courts for at least six weeks.",
    ];
    const lines = [
      "FREE UK DELIVERY ON ORDERS OVER £45",
      "",
      "VETIVER & VINE",
      "Home / The Journal / Around Town",
      "",
      "When the dome came down: our Junior Open weekend",
      "By Imogen Vasse, founder · 4 March 2031 · 5 min read",
      "",
      "Share: Facebook | Pinterest | X | Email | Copy link",
      "",
      ...body,
      "",
      "Tags: community, tennis",
      "",
      "VISIT THE SHOP",
    ];
    const page = readJournalPostPage(lines);
    expect(page?.title).toBe("When the dome came down: our Junior Open weekend");
    expect(page?.stamp).toBe("4 March 2031");
    expect(page?.lines.join("\n")).not.toMatch(/Share:|Tags:|VISIT THE SHOP/u);
  });
});
