/**
 * A web page clipped into a notes app (Obsidian, Joplin, Logseq): Markdown with front matter, the clipper's callout over the
 * page ("> [!info] Clipped from the Granger Falls Ledger web edition. 3 images not saved."), the note-taker's own section
 * ("## My notes" with its to-dos and tags). The callout names the page's outlet; neither is the story's words.
 */

/** A callout's first line: its type in brackets, a fold mark, its text ("> [!info] Clipped from…", "> [!note]- Мои пометки"). */
const CALLOUT_HEAD = /^>\s*\[![\w-]+\][+-]?(?:\s+(.*))?$/u;
/** What a clipper's callout says of the page's origin; group 1 is the outlet ("Clipped from the Granger Falls Ledger web edition"). */
const CLIPPED_FROM =
  /(?<!\p{L})(?:[Cc]lipped|[Ss]aved|[Cc]aptured) from (?:the )?(\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){0,5})(?:'s)?(?:\s+(?:web edition|website|web site|site|e-edition|print edition|app|homepage))?\b|(?:[Сс]охранено|[Сс]копировано|[Вв]ырезано) (?:с сайта|из) [«"“]?([^»"”.,]{2,60})/u;
/** The heading of a note-taker's own section ("## My notes", "## Notes to self", «## Мои заметки», «## Заметки»). */
const OWN_NOTES_HEADING = /^#{1,6}\s+(?:my notes|notes to self|personal notes|my comments|to-?dos?|мои заметки|мои пометки|заметки(?: для себя)?|личные заметки)\s*:?$/iu;
/** A line that ends a note's section: another heading or a rule. */
const SECTION_END = /^(?:#{1,6}\s|-{3,}$|\*{3,}$|_{3,}$)/u;

/** A clipped note read: its lines without the clipper's callouts and the note-taker's sections, the outlet a callout names. */
export interface ClippingNote {
  lines: string[];
  outlet: string | null;
}

/**
 * Lines without callouts (a callout's head, see `CALLOUT_HEAD`, and the quoted lines going on under it) and without the
 * note-taker's own sections (see `OWN_NOTES_HEADING`, up to the next heading or rule); the outlet a clipper's callout names
 * (see `CLIPPED_FROM`), or null. Pure.
 */
export function readClippingNote(lines: readonly string[]): ClippingNote {
  const out: string[] = [];
  let outlet: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    const callout = CALLOUT_HEAD.exec(line);
    if (callout) {
      let text = callout[1] ?? "";
      while (i + 1 < lines.length && /^>/u.test((lines[i + 1] ?? "").trim())) text += ` ${(lines[++i] ?? "").trim().replace(/^>\s*/u, "")}`;
      const from = CLIPPED_FROM.exec(text);
      outlet ??= (from?.[1] ?? from?.[2])?.trim() ?? null;
      continue;
    }
    if (OWN_NOTES_HEADING.test(line)) {
      while (i + 1 < lines.length && !SECTION_END.test((lines[i + 1] ?? "").trim())) i++;
      continue;
    }
    out.push(lines[i] ?? "");
  }
  return { lines: out, outlet };
}
