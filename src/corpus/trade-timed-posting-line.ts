/**
 * A post's posting line on a business's own site whose day carries the time it was posted, its author and notes in further parts
 * set apart by "|" or "·" ("Posted Sunday 14 March 2027, 6.40pm | by Sanjay Holt | with information from North Aldershire Police",
 * "Published 3 May 2031 at 09:15 · By Jo Pike, owner · 4 min read", «Опубликовано 14 марта 2027, 18:40 · Автор: Сергей Холтов ·
 * по данным МЧС», «12.10.2031 в 09:30 | Текст: Анна Лыкова»). A blog engine stamps a post so when it keeps the hour: the plain
 * posting line ("Posted Sunday 14 March 2027 by …") and the rows of fields (`postingFieldsDay`) want the day alone in its part, so
 * the time hides the line from them, and the page's head, its opening hours and its price lists stayed in the text. The first
 * part is the day (maybe labelled and after its weekday, in words or in digits) with its time after a comma or "at"/«в»; one
 * other part names the author ("by …", «Автор: …», «Текст: …»); the rest may be the post's note of its sources (`isSourcesNote`),
 * a labelled field, a reading time or a counter, and nothing else. The day is the post's date and the line its head. Pure.
 */

import { LEADING_PICTOGRAPHS } from "./pictographs.ts";
import { AUTHOR_PART, COUNTER_PART, DAY, DAY_LABEL, FIELD_PART, WEEKDAY, postingParts } from "./posting-parts.ts";
import { isSourcesNote } from "./sources-note.ts";

/** A time of day after the day: ", 6.40pm", " at 09:15", «, 18:40», « в 9:30». */
const TIME = String.raw`(?:,\s*|\s+)(?:at\s+|в\s+)?\d{1,2}[.:]\d{2}(?:\s*(?:[ap]\.?m\.?))?`;
/** The first part: a day with its time; group 1 is the day as written, without its label, weekday and time. */
const TIMED_DAY = new RegExp(
  String.raw`^(?:${DAY_LABEL})?(?:${WEEKDAY})?${DAY}${TIME}$`,
  "iu",
);
/** Longest posting line (characters). */
const MAX_LINE_CHARS = 240;

/** The day of a posting line whose day carries its time (see the module's note), as written; null otherwise. */
export function timedPostingDay(line: string): string | null {
  const parts = postingParts(line, MAX_LINE_CHARS);
  if (parts === null || parts.length < 2) return null;
  const day = TIMED_DAY.exec((parts[0] ?? "").replace(LEADING_PICTOGRAPHS, "").trim())?.[1];
  if (day === undefined) return null;
  let author = false;
  for (const part of parts.slice(1)) {
    const bare = part.replace(LEADING_PICTOGRAPHS, "").trim();
    if (!author && AUTHOR_PART.test(bare)) author = true;
    else if (!isSourcesNote(bare) && !FIELD_PART.test(bare) && !COUNTER_PART.test(part) && !COUNTER_PART.test(bare)) return null;
  }
  return author ? day : null;
}
