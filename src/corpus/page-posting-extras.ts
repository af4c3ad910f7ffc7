/**
 * The lines a site's posting line may carry under it before the post begins: the post's sources ("Sources: Kelsworth Courier,
 * the police and our own members", «Источники: ГУ МЧС, администрация города, очевидцы», «По данным МЧС и мэрии») and a row of
 * share buttons in brackets ("[ f Share ]  [ X Post ]  [ WhatsApp ]  [ Email ]", «[ ВКонтакте ] [ Telegram ]»). Both belong to
 * the posting line — who the post leans on, where to pass it on — and neither is a sentence of the post; a reader that took the
 * first line under the posting line for the post's first paragraph found a short line there and gave the page up. Pure.
 */

/** A sources line: its label, a colon (or «по данным»), then the names. */
const SOURCES_LINE = /^[*_]*(?:sources?|источники?|по\s+данным)(?!\p{L})[*_]*\s*:?[*_]*\s+\S.{0,200}$/iu;
/** A button in brackets: a word or two of at most 20 characters, maybe a letter or a pictograph before it. */
const BUTTON = /\[\s*[^\][]{1,20}\s*\]/gu;
/** Longest line read as the posting line's note (characters). */
const MAX_NOTE_CHARS = 240;

/** Whether a line (trimmed) is a row of buttons in brackets and nothing else: three at least. */
export function isButtonRow(line: string): boolean {
  const buttons = line.match(BUTTON) ?? [];
  return buttons.length >= 3 && line.replace(BUTTON, "").trim() === "";
}

/** Whether a line (trimmed) is a posting line's sources line (see the module's note). */
export function isSourcesLine(line: string): boolean {
  return line.length <= MAX_NOTE_CHARS && !/[.!?]$/u.test(line) && SOURCES_LINE.test(line);
}

/** The index of the first filled line from `from` that is neither a sources line nor a button row under a posting line; -1 when none. */
export function afterPostingExtras(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (line === "" || isSourcesLine(line) || isButtonRow(line)) continue;
    return i;
  }
  return -1;
}
