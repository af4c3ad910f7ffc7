import { describe, expect, it } from "vitest";
import { withoutClosingSourcesNote } from "../../src/corpus/studio-closing-sources-note.ts";
import { readJournalPostPage } from "../../src/corpus/journal-post-page.ts";

describe("withoutClosingSourcesNote: a post's note of its sources set as its last line", () => {
  it.each([
    [["Stay safe out there.", "", "*Information from the county council, the fire service and the hospital trust*", ""], ["Stay safe out there.", "", ""]],
    [["Берегите себя.", "", "*По данным управления здравоохранения, администрации и прокуратуры*"], ["Берегите себя.", ""]],
    [["Берегите себя.", "По информации ГИБДД и мэрии", ""], ["Берегите себя.", ""]],
    // A sentence opening the same way, a note not at the end, a post without one.
    [["Берегите себя.", "", "По данным МЧС, пожар начался в 12:00."], ["Берегите себя.", "", "По данным МЧС, пожар начался в 12:00."]],
    [["Information from the police", "", "Stay safe out there."], ["Information from the police", "", "Stay safe out there."]],
    [["Stay safe out there.", ""], ["Stay safe out there.", ""]],
  ])("%j → %j", (lines, expected) => {
    expect(withoutClosingSourcesNote(lines)).toEqual(expected);
  });

  const page = (head: string[], paragraphs: string[], note: string, tags: string): string[] => [...head, "", ...paragraphs.flatMap((text) => [text, ""]), note, "", tags, "", "FOOTER"];
  it.each([
    [
      "English",
      ["THE BOARD ROOM", "Home | Blog", "", "## Black ice: what happened in town at the weekend", "12 December 2028 · Author: Dasha Klim"],
      [
        "We usually write about new decks and contests here. This week the biggest story in town is the ice, and it hit us directly.",
        "Freezing rain fell overnight on Saturday and by morning the temperature had dropped to minus eight. Pavements, stops and steps turned into a rink.",
        "By Monday evening 1,186 people had gone to the town's injury units, about four times a normal weekend. Seventy-four were admitted.",
      ],
      "*Information from the health department, the council and the police*",
      "Tags: #ice #news",
    ],
    [
      "Russian",
      ["# СКЕЙТШОП", "[Главная](#) · [Блог](#)", "", "## Гололёд: травмпункты переполнены", "12 декабря 2028 · Автор: Даша Климова"],
      [
        "Обычно в этом блоге мы пишем про новые деки и контесты. Но на этой неделе главная новость города — лёд, и нас она задела напрямую.",
        "В ночь на субботу прошёл ледяной дождь, а к утру температура упала до −8 градусов. Тротуары, остановки и ступени превратились в каток.",
        "С утра субботы до вечера понедельника в травмпункты обратились 1 186 человек. Это примерно в четыре раза больше, чем в обычные выходные.",
      ],
      "*По данным управления здравоохранения, администрации и прокуратуры*",
      "Теги: #гололёд #новости",
    ],
  ])("keeps the note out of the post the journal reader takes (%s)", (_, head, paragraphs, note, tags) => {
    const text = readJournalPostPage(page(head, paragraphs, note, tags))?.lines.join("\n");
    expect(text).toContain(paragraphs[2]);
    expect(text).not.toContain(note.replace(/\*/gu, ""));
  });
});
