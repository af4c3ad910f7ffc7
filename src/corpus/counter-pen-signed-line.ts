/**
 * A posting line of the day, the writer marked by a pen pictograph rather than a label, and maybe a phrase naming the post's
 * sources («🕒 14.09.2030 · ✍ Денис Шабалин, автоинструктор · По данным МЧС и ГИБДД», "📅 19.08.2030 · ✍ Dale Pruitt, owner ·
 * According to the sheriff's office"): a Markdown blog marks its posting row's parts with icons — a clock or a calendar before
 * the day, a pen before the writer — and the pen says "author" as «Автор:» does. The readers of posting lines want the author
 * under a label or the day in words (`bylineDay`, `postingFieldsDay`), so with the day in digits the row stayed in the text, the
 * page's head with it, and the page went undated. Read here: two or three parts set apart by "·" or "|", in this order — the
 * day in words or in digits (maybe after a pictograph), the pen (U+270D, its variation selector allowed) and a capitalised name
 * of two or three words with maybe its role after a comma, and maybe a sources phrase (`isSourcesPart`). Saying less of a post
 * than a byline, the line is taken only with the post closed by its share row (`fielded`). The day is the post's date and the
 * line its head. Pure.
 */

import { LEADING_PICTOGRAPHS } from "./pictographs.ts";
import { DAY, postingParts } from "./posting-parts.ts";
import { isSourcesPart } from "./counter-sources-part.ts";

/** A day in words or in digits; group 1 is the day as written. */
const DAY_ALONE = new RegExp(String.raw`^${DAY}$`, "iu");
/** The pen, then a name of two or three capitalised words, then the end or a comma and the role. */
const PEN_AUTHOR = /^\u270D\uFE0F?\s*\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.?[\p{Ll}'’-]*){1,2}(?:,\s+\S.*)?$/u;
/** Longest posting line (characters). */
const MAX_LINE_CHARS = 240;

/** Whether `part` (emphasis aside, its pictographs kept) is an author's part marked by a pen. */
export function isPenAuthorPart(part: string): boolean {
  return PEN_AUTHOR.test(part.trim());
}

/** The day of a posting line of the day, the pen-marked writer and maybe a sources phrase (see the module's note), as written; null otherwise. */
export function penSignedDay(line: string): string | null {
  const parts = postingParts(line, MAX_LINE_CHARS);
  if (parts === null || parts.length < 2 || parts.length > 3) return null;
  const day = DAY_ALONE.exec((parts[0] ?? "").replace(LEADING_PICTOGRAPHS, "").trim())?.[1];
  if (day === undefined || !isPenAuthorPart(parts[1] ?? "")) return null;
  return parts.length === 2 || isSourcesPart(parts[2] ?? "") ? day : null;
}
