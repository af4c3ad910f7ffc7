import { describe, expect, it } from "vitest";
import { readStampedPostPage } from "../../src/corpus/stamped-post-page.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

const dateOf = (text: string): string | null => (/^18\.09\.2036$|^17 June 2031$/u.test(text) ? "2031-06-17" : null);

describe("readStampedPostPage", () => {
  it("takes a blog's post under its section label: heading, stamp, copyright's owner; the head and the listings after it go", () => {
    const lines = [
      "**JO MARSH** · wedding photographer · Dalesford",
      "Portfolio · Packages · Blog · Book a date",
      "---",
      "## Blog",
      "### About Saturday at the Old Mill",
      "*17 June 2031 · Personal*",
      "The balcony gave way at 6.40pm.",
      "Jo",
      "---",
      "**Other posts:** Love story by the lake (2 June)",
      "---",
      "## Packages and prices for 2031",
      "**Classic** — £900",
      "---",
      "© 2019–2031 Jo Marsh. All pictures are copyright.",
    ];
    expect(readStampedPostPage(lines, isRule, dateOf)).toEqual({
      lines: ["The balcony gave way at 6.40pm.", "Jo", "---", "---", "---", "© 2019–2031 Jo Marsh. All pictures are copyright."],
      title: "About Saturday at the Old Mill",
      stamp: "17 June 2031",
      owner: "Jo Marsh",
    });
  });

  it("keeps a venue's notice before its address to the public and drops its bill and ticket prices after it", () => {
    const lines = [
      "# ЦИРК «ЗАРЯ» · Луговск",
      "Афиша · Билеты и цены · Контакты",
      "---",
      "## ❗ Уведомление для владельцев автомобилей",
      "Заявления принимают с 18 по 30 сентября.",
      "---",
      "## Обращение дирекции цирка",
      "*18.09.2036 · Пресс-служба цирка*",
      "Утром из вольера ушла слониха.",
      "---",
      "## Афиша: программа «Огни»",
      "- **Пт, 19 сентября** — 18:30",
      "## Билеты и цены",
      "- Ложа — 2 500 ₽",
      "---",
      "© 2036 Цирк «Заря», Луговск. Все права защищены.",
    ];
    const post = readStampedPostPage(lines, isRule, dateOf);
    expect(post?.title).toBe("Обращение дирекции цирка");
    expect(post?.stamp).toBe("18.09.2036");
    expect(post?.owner).toBe("Цирк «Заря»");
    expect(post?.lines).toEqual([
      "Уведомление для владельцев автомобилей",
      "Заявления принимают с 18 по 30 сентября.",
      "---",
      "Утром из вольера ушла слониха.",
      "---",
      "---",
      "© 2036 Цирк «Заря», Луговск. Все права защищены.",
    ]);
  });

  it("reads no page without an emphasized stamp under a heading, a head over a rule or a copyright line", () => {
    expect(readStampedPostPage(["---", "## News", "Text."], isRule, dateOf)).toBeNull();
    expect(readStampedPostPage(["## News", "*17 June 2031*", "Text.", "© 2031 Jo Marsh"], isRule, dateOf)).toBeNull();
    expect(readStampedPostPage(["Site", "---", "## News", "*17 June 2031*", "Text."], isRule, dateOf)).toBeNull();
  });
});
