import { describe, expect, it } from "vitest";
import { readClippingNote } from "../../src/corpus/clipping-note.ts";

describe("readClippingNote", () => {
  it("drops an English clipper's callout (it names the outlet) and the note-taker's section", () => {
    const lines = [
      "> [!info] Clipped from the Granger Falls Ledger web edition. 3 images not saved.",
      "",
      "## My notes",
      "- compare with the 2029 case",
      "- [ ] set a reminder",
      "",
      "---",
      "# Two dead as coaster car derails",
      "Two people were killed.",
    ];
    expect(readClippingNote(lines)).toEqual({ lines: ["", "---", "# Two dead as coaster car derails", "Two people were killed."], outlet: "Granger Falls Ledger" });
  });

  it("drops a Russian note's callout over several lines and its own notes", () => {
    const lines = ["> [!note]- Сохранено с сайта «Онежье ТВ»", "> две картинки не сохранились", "## Мои заметки", "позвонить в МЧС", "# Снегоходы провалились под лёд", "Двое погибли."];
    expect(readClippingNote(lines)).toEqual({ lines: ["# Снегоходы провалились под лёд", "Двое погибли."], outlet: "Онежье ТВ" });
  });

  it("keeps a story's quotation and its notes section of another name", () => {
    const lines = ["> The pipe split at dawn, the director said.", "## Notes", "The pipe was laid in 1911."];
    expect(readClippingNote(lines)).toEqual({ lines, outlet: null });
  });
});
