import { describe, expect, it } from "vitest";
import { capitalsHeadlineClosed } from "../../src/corpus/layout-capitals-post-headline.ts";
import { readJournalPostPage } from "../../src/corpus/journal-post-page.ts";

const POSTED_EN = "Posted on 11 August 2026 by Megan Thorne, shop manager | Local News | 3 comments";
const POSTED_RU = "14 августа 2028 · Автор: Ольга Веретенникова, администратор · Новости района · 2 комментария";

describe("capitalsHeadlineClosed: a headline in capitals over a posting line with fields, its post closed by its share row", () => {
  it.each([
    ["STUNT BIKE FLIES INTO CROWD AT THE SUMMER SHOW", POSTED_EN, "Share:  Facebook · Instagram · WhatsApp · Copy link", true],
    ["STUNT BIKE FLIES INTO CROWD AT THE SUMMER SHOW", POSTED_EN, "Share this post: Facebook | X", true],
    ["КРОКОДИЛ В ГОРОДСКОМ ПРУДУ: КАК ЕГО ПОЙМАЛИ", POSTED_RU, "**Поделиться:** [VK](#) · [Telegram](#)", true],
    ["КРОКОДИЛ В ГОРОДСКОМ ПРУДУ: КАК ЕГО ПОЙМАЛИ", POSTED_RU, "📤 Поделиться ВКонтакте", true],
    // A posting line with no fields, a post closed by its tags or a related posts' header, a short label, a line in lower case.
    ["STUNT BIKE FLIES INTO CROWD AT THE SUMMER SHOW", "Published 16 June 2032 by Rowan Tilby, Hon. Secretary", "Share: Facebook | WhatsApp", false],
    ["STUNT BIKE FLIES INTO CROWD AT THE SUMMER SHOW", POSTED_EN, "RECENT POSTS", false],
    ["КРОКОДИЛ В ГОРОДСКОМ ПРУДУ: КАК ЕГО ПОЙМАЛИ", POSTED_RU, "Теги: #новости", false],
    ["LOCAL NEWS", POSTED_EN, "Share: Facebook", false],
    ["НОВОСТИ ЛАВКИ", POSTED_RU, "Поделиться: VK", false],
    ["Stunt bike flies into crowd at the summer show", POSTED_EN, "Share: Facebook", false],
  ])("%s / %s / %s → %s", (headline, posting, closing, expected) => {
    expect(capitalsHeadlineClosed(headline, posting, closing)).toBe(expected);
  });

  it("lets the journal reader take a capitals headline over a plain posting line with fields", () => {
    const body = [
      "On Sunday afternoon a motorbike from the stunt display at the summer show left the arena and came down among the people watching. Our stand was about forty metres from the ring.",
      "",
      "WHO WAS HURT",
      "Nobody was killed. Nine spectators were injured, and a woman of 47 was flown to hospital with a head injury; she is said to be stable.",
      "",
      "The show's final day was cancelled, and the council has banned motor stunt displays on its land until the inspectors have reported.",
    ];
    const lines = [
      "SADDLE & SPROCKET CYCLE HIRE",
      "HOME   HIRE BIKES   NEWS   CONTACT",
      "",
      "STUNT BIKE FLIES INTO CROWD AT THE SUMMER SHOW",
      "",
      POSTED_EN,
      "",
      ...body,
      "",
      "Share:  Facebook · Instagram · WhatsApp · Copy link",
      "",
      "3 COMMENTS",
      "Rachel D. — So glad you're all OK.",
    ];
    const page = readJournalPostPage(lines);
    expect(page?.title).toBe("STUNT BIKE FLIES INTO CROWD AT THE SUMMER SHOW");
    expect(page?.stamp).toBe("11 August 2026");
    expect(page?.lines.join("\n")).not.toMatch(/COMMENTS|Rachel D\./u);
    // Without the fields the plain posting line is not enough.
    expect(readJournalPostPage(lines.map((line) => (line === POSTED_EN ? "Posted on 11 August 2026 by Megan Thorne, shop manager" : line)))).toBeNull();
  });
});
