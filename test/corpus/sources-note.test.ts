import { describe, expect, it } from "vitest";
import { isSourcesNote } from "../../src/corpus/sources-note.ts";
import { readJournalPostPage } from "../../src/corpus/journal-post-page.ts";

describe("isSourcesNote: a post's note of whom it asked, written as a phrase", () => {
  it.each([
    ["Information from Dalesmoor Police, Dalesmoor County Council, the Sallow Rivers Trust and our own staff", true],
    ["With information from HM Coastguard and the harbour master", true],
    ["*Based on information from the fire service*", true],
    ["По данным МЧС, администрации города и наших сотрудников", true],
    ["По информации ГИБДД и мэрии", true],
    // A sentence opening the same way, a filing field with its label, a long paragraph.
    ["Information from the police says the road will reopen at noon.", false],
    ["По данным МЧС, пожар начался в 12:00.", false],
    ["Sources: HM Coastguard, Brinscombe Town Council", false],
    ["The information from the council came late", false],
    [`По данным ${"очевидцев, соседей и прохожих, ".repeat(8)}всё было так`, false],
  ])("%s → %s", (line, expected) => {
    expect(isSourcesNote(line)).toBe(expected);
  });

  const post = (head: string[], note: string, paragraphs: string[], share: string): string[] => [...head, "", note, "", ...paragraphs.flatMap((text) => [text, ""]), share, "", "FOOTER"];
  it.each([
    [
      "English",
      ["THE YARD", "Home | News", "", "Mayflies on the bridge: what happened", "Posted on 5 June 2036 by Claire Dunmore, Yard Manager"],
      "Information from Dalesmoor Police and our own staff",
      [
        "Many of you saw the blue lights on Tuesday night and messaged to ask if the horses are all right. They are, and here is what happened.",
        "At about 8.45pm a huge swarm of mayflies settled on the stone bridge, and within minutes the road was as slippery as black ice.",
        "In all, 13 vehicles were involved and nine people were injured. The bridge was closed until 2.30am while council sweepers cleared it and a gritter spread sand.",
      ],
      "Share this: Facebook | X",
    ],
    [
      "Russian",
      ["# Мастерская", "[Главная](#) · [Журнал](#)", "", "## Ёлка на площади упала: что видели сами", "28 декабря 2032 · Автор: Дарья Сомова"],
      "По данным МЧС, администрации города и наших сотрудников",
      [
        "Наша мастерская стоит прямо на площади, и в воскресенье вечером всё произошло у нас на глазах. Собрали в одном месте то, что известно точно.",
        "Около 18:50 главная городская ёлка высотой 21 метр накренилась и упала в сторону ярмарочных домиков. На площади было около 300 человек.",
        "Пострадали пять человек, погибших нет. Следственный комитет возбудил уголовное дело по статье 238 УК РФ, директора подрядчика допросили.",
      ],
      "Поделиться: ВКонтакте · Telegram",
    ],
  ])("keeps the note out of the post the journal reader takes (%s)", (_, head, note, paragraphs, share) => {
    const text = readJournalPostPage(post(head, note, paragraphs, share))?.lines.join("\n");
    expect(text).not.toContain(note);
    expect(text).toContain(paragraphs[0]);
  });
});
