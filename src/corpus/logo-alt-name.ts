/**
 * The site's name given by the logo that opens a saved Markdown page: the first filled line is an image alone, maybe linked to
 * the home page ("[![Пейнтбольный клуб «Рубеж»](/logo.png)](/)", "![Harbour Lights Bakery](logo.svg)"), and its alt text is the
 * name the picture shows. The markup is stripped before the page's other readers see the line, so a reader looking for the
 * site's name in the page's first line finds nothing there: the alt text is the name when no line of the head states one. A
 * description rather than a name ("Photo of our shop front.", "Логотип") is none: the alt is short, opens with a letter or a
 * quote, ends no sentence, and is not the word "logo" alone. Pure.
 */

/** An image alone on its line, maybe inside a link: `[![alt](src)](href)` or `![alt](src)`; group 1 or 2 is the alt text. */
const LOGO_LINE = /^(?:\[!\[([^\]]+)\]\([^)]*\)\]\([^)]*\)|!\[([^\]]+)\]\([^)]*\))$/u;
/** A word for the picture itself, not a name. */
const PICTURE_WORD = /^(?:logo|logotype|image|picture|photo|banner|логотип|лого|изображение|картинка|фото|баннер)$/iu;
/** Longest name (characters). */
const MAX_NAME_CHARS = 60;

/** The alt text of the logo opening the page's `lines` (see the module's note), or null. */
export function logoAltName(lines: readonly string[]): string | null {
  const first = lines.map((line) => line.trim()).find((line) => line !== "");
  const match = first === undefined ? null : LOGO_LINE.exec(first);
  const alt = (match?.[1] ?? match?.[2] ?? "").trim();
  if (alt === "" || alt.length > MAX_NAME_CHARS || PICTURE_WORD.test(alt)) return null;
  return /^[\p{L}«"]/u.test(alt) && !/[.!?:;,]$/u.test(alt) ? alt : null;
}
