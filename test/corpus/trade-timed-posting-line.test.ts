import { describe, expect, it } from "vitest";
import { timedPostingDay } from "../../src/corpus/trade-timed-posting-line.ts";
import { readJournalPostPage } from "../../src/corpus/journal-post-page.ts";
import { postPage } from "../helpers/post-page.ts";

describe("timedPostingDay: a posting line whose day carries the time it was posted", () => {
  it.each([
    ["Posted Sunday 14 March 2027, 6.40pm  |  by Sanjay Holt  |  with information from North Aldershire Police and Wickham Dray Parish Council", "14 March 2027"],
    ["Published 3 May 2031 at 09:15 · By Jo Pike, owner · 4 min read", "3 May 2031"],
    ["Posted on March 14, 2027, 6:40 p.m. | by Ann Lee | Category: Village", "March 14, 2027"],
    ["Опубликовано 14 марта 2027, 18:40 · Автор: Сергей Холтов · по данным МЧС", "14 марта 2027"],
    ["🗓 12.10.2031 в 09:30 | Текст: Анна Лыкова | 👁 1 204", "12.10.2031"],
    // No time after the day (the plain readers' lines), no author, a sentence, another part that is no field.
    ["Posted Sunday 14 March 2027 | by Sanjay Holt", null],
    ["Posted Sunday 14 March 2027, 6.40pm | Village news", null],
    ["On 14 March 2027, 6.40pm | by the time police arrived the driver had gone", null],
    ["14 марта 2027, 18:40 · Автор: Сергей Холтов · Мы открыты как обычно, ждём всех.", null],
    ["Опубликовано 14 марта 2027, 18:40", null],
  ])("%s → %s", (line, expected) => {
    expect(timedPostingDay(line)).toBe(expected);
  });

  const page = (head: string[], headline: string, posting: string, paragraphs: string[], share: string): string[] =>
    postPage(head, headline, posting, paragraphs, [share, "", "OPENING HOURS", "Tue-Fri 8.30am-5.30pm"]);
  it.each([
    [
      "English",
      ["HOLT'S KEYS & REPAIRS", "[ Home ]  [ Key Cutting ]  [ Kiosk News ]", "Kiosk News  >  Village"],
      "Digger rampage on The Square: what happened on Saturday night",
      "Posted Sunday 14 March 2027, 6.40pm  |  by Sanjay Holt  |  with information from the police",
      [
        "Lots of you have asked if we are OK. We are. Plenty of our neighbours were not so lucky, so here is what we know.",
        "In the early hours of Sunday a 14-tonne tracked excavator was taken from the housing development on the edge of the village and driven into The Square.",
        "For roughly twenty minutes the driver swung the bucket and drove the machine into whatever was in the way. Twelve parked cars were damaged.",
      ],
      "Share this post:  [Facebook]  [WhatsApp]",
      "14 March 2027",
    ],
    [
      "Russian",
      ["# Мастерская ключей «Бородка»", "[Главная](#) · [Новости](#)", "Новости › Город"],
      "## Экскаватор на площади: что случилось в ночь на воскресенье",
      "Опубликовано 14 марта 2027, 18:40 · Автор: Сергей Холтов · по данным полиции",
      [
        "Многие спрашивали, всё ли у нас в порядке. С нами всё хорошо, а вот соседям повезло меньше, поэтому рассказываем, что известно.",
        "Ночью со стройки на окраине угнали гусеничный экскаватор весом 14 тонн, и угонщик доехал на нём до центральной площади.",
        "Около двадцати минут он крушил ковшом всё вокруг: пострадали двенадцать машин, витрина почты и автобусная остановка.",
        "Угонщика задержали через час в канаве у фермы, а на площади до сих пор работают инженеры: они проверяют здание почты.",
      ],
      "Поделиться: ВКонтакте · Telegram",
      "14 марта 2027",
    ],
  ])("reads the post under such a line, its day the date (%s)", (_, head, headline, posting, paragraphs, share, day) => {
    const post = readJournalPostPage(page(head, headline, posting, paragraphs, share));
    expect(post?.stamp).toBe(day);
    const text = post?.lines.join("\n") ?? "";
    expect(text).not.toContain(posting);
    expect(text).not.toContain("OPENING HOURS");
    expect(text).toContain(paragraphs[2]);
  });
});
