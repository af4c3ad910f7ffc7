import { describe, expect, it } from "vitest";
import { isPenAuthorPart, penSignedDay } from "../../src/corpus/counter-pen-signed-line.ts";
import { readJournalPostPage } from "../../src/corpus/journal-post-page.ts";

describe("penSignedDay: a posting line of the day and the writer marked by a pen", () => {
  it.each([
    ["🕒 14.09.2030 · ✍ Денис Шабалин, автоинструктор · По данным МЧС, администрации Ковыльского района и ГИБДД", "14.09.2030"],
    ["14.09.2030 · ✍️ Денис Шабалин", "14.09.2030"],
    ["📅 19.08.2030 · ✍ Dale Pruitt, owner · According to the sheriff's office", "19.08.2030"],
    ["*August 19, 2030 | ✍ Dale Pruitt*", "August 19, 2030"],
    // No pen, a lower-case writer, a fourth part, the day not first, a sentence after the writer.
    ["14.09.2030 · Денис Шабалин, автоинструктор", null],
    ["14.09.2030 · ✍ пресс-служба", null],
    ["📅 10.07.2026 · ✍️ Оксана Белова, управляющая · Источники: МЧС · 💬 3", null],
    ["✍ Денис Шабалин · 14.09.2030", null],
    ["14.09.2030 · ✍ Dale Pruitt · The fire started at noon.", null],
  ])("%s → %s", (line, expected) => {
    expect(penSignedDay(line)).toBe(expected);
  });

  it.each([
    ["✍ Денис Шабалин, автоинструктор", true],
    ["✍️ Anna Kestle", true],
    ["Денис Шабалин", false],
    ["✍ Денис", false],
  ])("isPenAuthorPart(%s) → %s", (part, expected) => {
    expect(isPenAuthorPart(part)).toBe(expected);
  });

  const cases: [string, string, string, string[], string, string][] = [
    [
      "Russian",
      "# Пожар на элеваторе: почему перенесли экзамен",
      "🕒 14.09.2030 · ✍ Денис Шабалин, автоинструктор · По данным МЧС и ГИБДД",
      [
        "Ученики, многие писали мне в четверг вечером — отвечаю всем сразу. Экзаменационный маршрут идёт как раз мимо элеватора, поэтому пожар коснулся и нас.",
        "В четверг около 21:15 загорелся элеватор на улице Элеваторной. Огонь начался в норийной вышке и перекинулся на сушильный цех.",
        "Экзамен в ГИБДД перенесли на 19 сентября, время прежнее. Пропущенные в пятницу занятия отработаем в воскресенье, стоимость прежняя.",
      ],
      "Поделиться: ВКонтакте · Telegram",
      "14.09.2030",
    ],
    [
      "English",
      "# Grain elevator fire: why the driving test moved",
      "🕒 14.09.2030 · ✍ Dan Shaw, driving instructor · According to the fire service",
      [
        "Many of you messaged me on Thursday evening, so here is one answer for everyone. Test route two runs right past the grain elevator.",
        "At about 9.15pm on Thursday the elevator on Mill Lane caught fire. It started in the bucket tower and spread to the drying shed, and thick smoke could be seen for miles.",
        "Thursday's test has moved to 19 September at the same time. Lessons missed on Friday will be made up on Sunday at no extra cost.",
      ],
      "Share: Facebook · X",
      "14.09.2030",
    ],
  ];
  it.each(cases)("reads the post under such a line, closed by its share row (%s)", (_, headline, posting, paragraphs, share, day) => {
    const lines = ["**Driving lessons** — Kovylsk", "Home · Prices · Blog", "", headline, "", posting, "", ...paragraphs.flatMap((p) => [p, ""]), share, "", "PRICES", "90 minutes 1 900"];
    const post = readJournalPostPage(lines);
    expect(post?.stamp).toBe(day);
    const text = post?.lines.join("\n") ?? "";
    expect(text).not.toContain(posting);
    expect(text).not.toContain("PRICES");
    expect(text).toContain(paragraphs[2]);
  });
});
