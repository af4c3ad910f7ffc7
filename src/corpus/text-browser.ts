/**
 * A text-only browser's page dump (Lynx, `lynx -dump`): links numbered in brackets before their text ("[4]Город"), the
 * page's `<link>` headers at its top ("#[1]RSS-лента раздела…"), form controls ("Поиск: ____ (BUTTON) Найти") and a
 * "References" list of the links' URLs at its end. None of it is the article's words.
 */

/** A link's number before its text ("[12]Telegram"), or a picture's after it ("[3][IMG: …]"). */
const LINK_MARKER = /\[\d{1,4}\](?=\S)/gu;

/** The list closing a dump: "References" alone on its line. */
const REFERENCES_HEADER = /^\s*(?:references|ссылки)\s*$/iu;

/** A line of that list: a number and a URL ("  12. https://t.me/share/url?url=…"). */
const REFERENCE_LINE = /^\s*\d{1,4}\.\s+(?:https?|ftp|mailto|file):\S*$/iu;

/** Fewest URL lines under "References" that make the text a dump. */
const MIN_REFERENCES = 3;

/** A page's `<link>` header at the top of a dump ("#[1]RSS-лента", "#[2]alternate"). */
const LINK_HEADER = /^\s*#\[\d{1,4}\]/u;

/** A form control or field: "(BUTTON) Найти", "(RADIO) …", "____________________". */
const FORM_CONTROL = /\((?:BUTTON|SUBMIT|RADIO|CHECKBOX|OPTION|NO LABEL)\)|_{4,}/u;

/** A line with at least this many links is a link row (a menu): its links become "·"-separated parts. */
const MIN_LINKS_IN_ROW = 3;

/** A picture's placeholder inside a line ("[IMG: логотип]", "[IMG]"). */
const INLINE_IMAGE = /\[IMG(?::[^\]]{0,120})?\]\s*/gu;

/**
 * The lines of a text-only browser's dump without its links' numbers, `<link>` headers, form lines, inline picture
 * placeholders and closing "References" list; menus keep their items apart with " · ". Text that does not end with such a
 * list (`MIN_REFERENCES` URL lines) is no dump and is returned as it is. Pure.
 */
export function withoutTextBrowserMarkup(lines: readonly string[]): string[] {
  const header = lines.findIndex((line, i) => REFERENCES_HEADER.test(line) && isReferenceList(lines.slice(i + 1)));
  if (header < 0) return [...lines];
  return lines
    .slice(0, header)
    .filter((line) => !LINK_HEADER.test(line) && !FORM_CONTROL.test(line))
    .map((line) => {
      const withoutImages = line.replace(INLINE_IMAGE, "");
      const links = withoutImages.match(LINK_MARKER)?.length ?? 0;
      if (links < MIN_LINKS_IN_ROW) return withoutImages.replace(LINK_MARKER, "");
      // "[3]ВЕСТНИК [4]Город [5]Происшествия" → "ВЕСТНИК · Город · Происшествия".
      return withoutImages.replace(/^(\s*)\[\d{1,4}\](?=\S)/u, "$1").replace(/\s*\[\d{1,4}\](?=\S)/gu, " · ");
    });
}

/** Whether lines are a references list: URL lines (blank lines between them allowed), at least `MIN_REFERENCES`, nothing else. */
function isReferenceList(lines: readonly string[]): boolean {
  const filled = lines.filter((line) => line.trim() !== "");
  return filled.length >= MIN_REFERENCES && filled.every((line) => REFERENCE_LINE.test(line));
}
