import { describe, expect, it } from "vitest";
import { dayCounterDay } from "../../src/corpus/trade-day-counter-line.ts";
import { readJournalPostPage } from "../../src/corpus/journal-post-page.ts";
import { postPage } from "../helpers/post-page.ts";

describe("dayCounterDay: a posting line of the day and the post's counters alone", () => {
  it.each([
    ["🗓 14.07.2026 · ⏱ 4 мин", "14.07.2026"],
    ["12 марта 2031 · 👁 1 204 · 💬 3", "12 марта 2031"],
    ["📅 14 July 2026 · ⏱ 4 min", "14 July 2026"],
    ["3 May 2031 | 5 min read | 2 comments", "3 May 2031"],
    ["*July 14, 2026 · 6 min read*", "July 14, 2026"],
    // A day alone, a day with an author or a section, a sentence, counters without a day.
    ["14.07.2026", null],
    ["14.07.2026 · Алексей Гусев", null],
    ["3 May 2031 | Local news", null],
    ["On 3 May 2031 · 5 min read", null],
    ["⏱ 4 мин · 👁 1 204", null],
  ])("%s → %s", (line, expected) => {
    expect(dayCounterDay(line)).toBe(expected);
  });

  const page = postPage;
  const cases: [string, string[], string, string, string[], string, string][] = [
    [
      "Russian",
      ["**КУХНИ «ДУБРАВА»** — изготовление и монтаж кухонь", "- Кухни на заказ", "- Столешницы", "- О мастерской", "", "Статьи / Жизнь города"],
      "# «Ракета» налетела на топляк: что известно",
      "🗓 14.07.2026 · ⏱ 4 мин",
      [
        "В субботу на «Ракете» ехал наш сборщик — на монтаж кухни. Он цел, но многие клиенты спрашивают, что случилось и когда мы приедем.",
        "Судно на подводных крыльях отошло от речного вокзала в 9:20, а через двадцать семь минут на полном ходу налетело на почти затонувшее бревно.",
        "Капитан развернул судно к берегу и посадил его на песчаную отмель. Пострадали девять человек, погибших нет, двоих увезли в больницу.",
      ],
      "Поделиться: VK · OK · Telegram",
      "14.07.2026",
    ],
    [
      "English",
      ["**HALDEN KITCHENS** — made-to-measure kitchens", "- Kitchens", "- Worktops", "- About us", "", "Articles / Town life"],
      "# Hydrofoil hits a sunken log: what we know",
      "📅 14 July 2026 · ⏱ 4 min",
      [
        "On Saturday our fitter was on the hydrofoil on his way to install a kitchen. He is fine, but many of you have asked what happened and when we will arrive.",
        "The hydrofoil left the river station at 9.20am and twenty-seven minutes later, at full speed, struck a log floating almost entirely under water.",
        "The captain turned towards the bank and beached the vessel on a sandbar. Nine people were hurt, nobody died, and two were taken to hospital.",
      ],
      "Share: Facebook · X",
      "14 July 2026",
    ],
  ];
  it.each(cases)("reads the post under such a line, closed by its share row (%s)", (_, head, headline, posting, paragraphs, share, day) => {
    const post = readJournalPostPage(page(head, headline, posting, paragraphs, [share, "", "PRICES", "From 22 000 a metre"]));
    expect(post?.stamp).toBe(day);
    const text = post?.lines.join("\n") ?? "";
    expect(text).not.toContain(head[1]);
    expect(text).not.toContain("PRICES");
    expect(text).toContain(paragraphs[2]);
  });
  it.each(cases)("leaves a post that no share row closes (%s)", (_, head, headline, posting, paragraphs) => {
    expect(readJournalPostPage(page(head, headline, posting, paragraphs, ["PRICES", "From 22 000 a metre"]))).toBeNull();
  });
});
