/**
 * A business's plain-text site whose sections open with a label in capitals between runs of tildes ("~~~ WHAT WE CHARGE ~~~", "~~~
 * FROM THE VAN: TOM'S BLOG ~~~", «~~~ БЛОГ МАСТЕРСКОЙ ~~~»), one of them its blog or news showing one post: the entry's row of
 * parts between bars with its day in one of them ("Entry 41 | Community | written Tuesday night, 14.08.2029", «Запись 12 |
 * Новости | 14.08.2029»), the post's headline alone on its line, then its text down to its row of bracketed links ("[ Previous
 * entry: … ]   [ All entries ]", «[ Предыдущая запись ]»). The headline is the title, the entry row's day the date and the name in
 * capitals opening the page ("TREVANION LOCK & KEY") the outlet; the site's
 * head, its price lists and other labelled sections above, the blog's label, the entry row, and the links with everything under
 * them (areas served, reviews' score, the footer) go. Pure.
 */
import { firstFilled } from "./prose-section.ts";

/** A section's label in capitals between runs of tildes; group 1 is the label. */
const TILDE_LABEL = /^~{3,}\s+([^\p{Ll}~]{3,80}?)\s+~{3,}$/u;
/** A label naming a blog or news. */
const BLOG_LABEL = /(?<!\p{L})(?:BLOG|NEWS|DIARY|JOURNAL|БЛОГ\p{Lu}*|НОВОСТИ|ДНЕВНИК|ЗАПИСКИ)(?!\p{L})/u;
/** An entry's row: two parts or more set apart by bars. */
const ENTRY_ROW = /^[^|]{2,60}(?:\s\|\s+[^|]{2,60}){1,4}$/u;
/** A row of bracketed links closing the post ("[ Previous entry: … ]   [ All entries ]"). */
const LINK_ROW = /^\[[^\]]{1,80}\](?:\s*\[[^\]]{1,80}\])*$/u;
/** The shortest and longest headline (characters). */
const MIN_HEADLINE_CHARS = 10;
const MAX_HEADLINE_CHARS = 200;
/** The shortest paragraph (characters) that shows the post's text has begun under its headline. */
const MIN_TEXT_CHARS = 100;

/** The longest name in capitals opening the page (characters). */
const MAX_NAME_CHARS = 60;

/** What the reader gives: the post's lines, its headline, its entry row's day as written (or null) and the site's name in capitals (or null). */
export interface TildeLabelBlog {
  lines: string[];
  title: string;
  stamp: string | null;
  site: string | null;
}

/** The day in an entry row's parts, whole or after its last comma ("written Tuesday night, 14.08.2029" → "14.08.2029"), or null. */
function entryDay(row: string, isDay: (text: string) => boolean): string | null {
  for (const part of row.split(/\s+\|\s+/u)) {
    const text = part.trim();
    if (isDay(text)) return text;
    const tail = text.slice(text.lastIndexOf(",") + 1).trim();
    if (tail !== text && isDay(tail)) return tail;
  }
  return null;
}

/**
 * Reads a plain-text site's blog post under its label between tildes (see the module's note); null when the page is not one.
 * `isDay` tells a day.
 */
export function readTildeLabelBlog(lines: readonly string[], isDay: (text: string) => boolean): TildeLabelBlog | null {
  // (Cheap test first: a line opening with tildes.)
  let label = -1;
  for (let i = 0; i < lines.length && label < 0; i++) {
    const line = lines[i] ?? "";
    if (line.charCodeAt(0) !== 126 || line.charCodeAt(1) !== 126) continue;
    const name = TILDE_LABEL.exec(line.trim())?.[1];
    if (name !== undefined && BLOG_LABEL.test(name)) label = i;
  }
  if (label < 0) return null;
  let at = firstFilled(lines, label + 1, lines.length);
  let stamp: string | null = null;
  const row = (lines[at] ?? "").trim();
  if (ENTRY_ROW.test(row)) {
    stamp = entryDay(row, isDay);
    at = firstFilled(lines, at + 1, lines.length);
  }
  const title = (lines[at] ?? "").trim();
  if (title.length < MIN_HEADLINE_CHARS || title.length > MAX_HEADLINE_CHARS || /[.,;:!]$/u.test(title) || !/\p{Ll}/u.test(title)) return null;
  const from = firstFilled(lines, at + 1, lines.length);
  if (from < 0 || (lines[from] ?? "").trim().length < MIN_TEXT_CHARS) return null;
  let to = from;
  while (to < lines.length && !LINK_ROW.test((lines[to] ?? "").trim()) && !TILDE_LABEL.test((lines[to] ?? "").trim())) to++;
  // (Without its closing links or another label, the post's end is not known: another format's.)
  if (to >= lines.length) return null;
  const name = (lines[firstFilled(lines, 0, label)] ?? "").trim();
  const site = name.length <= MAX_NAME_CHARS && /\p{Lu}/u.test(name) && !/\p{Ll}/u.test(name) ? name : null;
  return { lines: lines.slice(from, to), title, stamp, site };
}
