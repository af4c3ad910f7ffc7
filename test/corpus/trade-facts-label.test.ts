import { describe, expect, it } from "vitest";
import { isFactsLabelNote } from "../../src/corpus/trade-facts-label.ts";
import { readJournalPostPage } from "../../src/corpus/journal-post-page.ts";

describe("isFactsLabelNote: a post's labelled note of where its facts come from", () => {
  it.each([
    ["Facts from: Wythenbury and Coldbrook NHS Trust, Health and Safety Executive, staff we spoke to", true],
    ["Information from: the county council and the fire service", true],
    ["*Figures supplied by: the fire service*", true],
    ["Факты: ГУ МЧС, администрация города", true],
    ["Сведения предоставили: полиция, мэрия", true],
    ["Информация от: охотнадзора и полиции", true],
    // A sentence, a label of another kind, a long paragraph.
    ["Facts from: the council says the road reopens at noon.", false],
    ["Факты: пожар начался в 12:00.", false],
    ["Opening hours: Wed–Sat 10am–4pm", false],
    ["Facts about the fire came out slowly", false],
    [`Данные: ${"полиция, мэрия, очевидцы, соседи, ".repeat(8)}мы сами`, false],
  ])("%s → %s", (line, expected) => {
    expect(isFactsLabelNote(line)).toBe(expected);
  });

  const page = (head: string[], note: string, paragraphs: string[], share: string): string[] => [...head, note, "", ...paragraphs.flatMap((text) => [text, ""]), share, "", "FOOTER"];
  it.each([
    [
      "English",
      ["THE SOAP CO.", "Journal > Around town", "", "When the magnet won: the cylinder in the scanner", "Posted 17 April 2026 by Nell Garroway, founder · 5 min read"],
      "Facts from: the NHS trust, the Health and Safety Executive, staff we spoke to",
      [
        "Every month we send a box of our unscented bars up to the imaging department. When the radiographers told us what happened, we asked to write it up.",
        "At 10.38am on Tuesday a steel oxygen cylinder was pulled into the MRI scanner as a porter pushed a wheelchair into the room.",
        "Two people were injured and nobody died. The scanner is out of action for at least six weeks, and 164 appointments have been postponed.",
      ],
      "Share: Facebook · Pinterest",
    ],
    [
      "Russian",
      ["# Мыловарня", "[Главная](#) · [Журнал](#)", "", "## Баллон в томографе: что случилось в больнице", "17 апреля 2026 · Автор: Нелли Гаврилова"],
      "Факты: областная больница, трудовая инспекция, сотрудники отделения",
      [
        "Каждый месяц мы отправляем в отделение лучевой диагностики коробку нашего мыла без запаха. Когда рентгенологи рассказали нам, что случилось, мы решили написать об этом.",
        "Во вторник в 10:38 стальной кислородный баллон затянуло в томограф: санитар вкатил в кабинет кресло-каталку с баллоном на спинке.",
        "Пострадали два человека, погибших нет. Томограф не будет работать минимум шесть недель, перенесены 164 записи.",
      ],
      "Поделиться: ВКонтакте · Telegram",
    ],
  ])("keeps the note out of the post the journal reader takes (%s)", (_, head, note, paragraphs, share) => {
    const text = readJournalPostPage(page(head, note, paragraphs, share))?.lines.join("\n");
    expect(text).not.toContain(note);
    expect(text).toContain(paragraphs[0]);
  });
});
