import { describe, expect, it } from "vitest";
import { capitalsFiledPost } from "../../src/corpus/capitals-filed-post.ts";
import { readJournalPostPage } from "../../src/corpus/journal-post-page.ts";

const HEADLINE = 'MAYFLY "BLIZZARD" ON PENNOCK BRIDGE: CRASHES AND CHANGES TO HACKING';
const NOTE = "Information from Dalesmoor Police, Dalesmoor County Council and our own staff";

describe("capitalsFiledPost: a headline in capitals whose post's filing line stands under its posting line", () => {
  it.each([
    [HEADLINE, NOTE, "Share this: Facebook | X | WhatsApp", true],
    ["FLOOD ON THE HIGH STREET: WHAT WE SAW", "Category: Local News", "**Share:** Facebook · Email", true],
    ["СНЕГ С КРЫШИ СТАДИОНА РУХНУЛ НА ПАРКОВКУ", "По данным МЧС и администрации города", "Поделиться: ВКонтакте · Telegram", true],
    ["КРОКОДИЛ В ГОРОДСКОМ ПРУДУ: КАК ЕГО ПОЙМАЛИ", "Рубрика: Новости района", "📤 Поделиться: ВК", true],
    // The post's first words under the posting line, a section's label, no share row closing the post.
    [HEADLINE, "Many of you saw the blue lights on Tuesday night.", "Share this: Facebook | X", false],
    ["OUR PRICES", NOTE, "Share this: Facebook | X", false],
    [HEADLINE, NOTE, "Tags: Local news, Hacking", false],
    ["СНЕГ С КРЫШИ СТАДИОНА РУХНУЛ НА ПАРКОВКУ", "Наша площадка находится через дорогу от стадиона.", "Поделиться: ВКонтакте", false],
    ["СНЕГ С КРЫШИ СТАДИОНА РУХНУЛ НА ПАРКОВКУ", "По данным МЧС и администрации города", "Теги: новости", false],
  ])("%s / %s / %s → %s", (headline, underPosting, closingRow, expected) => {
    expect(capitalsFiledPost(headline, underPosting, closingRow)).toBe(expected);
  });

  it("lets the journal reader take a yard's post whose headline is in capitals, its note of sources dropped", () => {
    const lines = [
      "ELLESBY VALE RIDING SCHOOL",
      "Home   About Us   Lessons   News   Contact",
      "Lessons & yard: Tue–Sun 8am–7pm · Closed Mondays",
      "News / Local news",
      "",
      HEADLINE,
      "Posted on Thursday 5 June 2036 by Claire Dunmore, Yard Manager",
      NOTE,
      "",
      "Many of you saw the blue lights on Tuesday night and messaged to ask if the horses are all right. They are, and here is what happened.",
      "",
      "At about 8.45pm on Tuesday 3 June, a huge swarm of mayflies settled on the stone bridge. Within minutes a layer of dead insects covered the road and made it as slippery as black ice.",
      "",
      "In all, 13 vehicles were involved and nine people were injured. The bridge was closed until 2.30am while council sweepers scraped off the flies.",
      "",
      "Share this: Facebook | X | WhatsApp | Email",
      "",
      "LESSON PRICES",
    ];
    const page = readJournalPostPage(lines);
    expect(page?.title).toBe(HEADLINE);
    expect(page?.stamp).toBe("5 June 2036");
    expect(page?.lines.join("\n")).not.toMatch(/Information from|Share this|LESSON PRICES|Closed Mondays/u);
    // Without the note the plain posting line is not enough.
    expect(readJournalPostPage(lines.filter((line) => line !== NOTE))).toBeNull();
  });
});
