/**
 * A post's posting line on a business's own site that gives only the day and the post's reading time or counters, no author
 * («🗓 14.07.2026 · ⏱ 4 мин», «12 марта 2031 · 👁 1 204 · 💬 3», "📅 14 July 2026 · ⏱ 4 min", "3 May 2031 | 5 min read | 2
 * comments"): a kitchen maker's or a shop's blog engine stamps its posts so when the writer signs at the post's end («*Текст: …*»,
 * "Words: …") or not at all. The readers of posting lines want an author in the line or over it (`bylineDay`, `postingFieldsDay`,
 * `bylineOverDay`), so the page's head (its menu list, its offers) stayed in the text and the site went unnamed. The day comes
 * first, in words or in digits, maybe after a pictograph; every other part is a reading time or a counter (a pictograph before a
 * number, maybe with its unit), at least one of them. Saying so little of a post, the line is taken only with the post closed by
 * its share row (`fielded`). The day is the post's date and the line its head. Pure.
 */

import { LEADING_PICTOGRAPHS } from "./pictographs.ts";
import { COUNTER_PART, DAY } from "./posting-parts.ts";

/** A day in words or in digits; group 1 is the day as written. */
const DAY_ALONE = new RegExp(String.raw`^${DAY}$`, "iu");
/** Longest posting line (characters). */
const MAX_LINE_CHARS = 120;

/** The day of a posting line of a day and counters alone (see the module's note), as written; null otherwise. */
export function dayCounterDay(line: string): string | null {
  const text = line.trim().replace(/[*_]+/gu, "").trim();
  if (text.length > MAX_LINE_CHARS) return null;
  const parts = text.split(/\s+[·|]\s+/u).map((part) => part.trim());
  if (parts.length < 2) return null;
  const day = DAY_ALONE.exec((parts[0] ?? "").replace(LEADING_PICTOGRAPHS, "").trim())?.[1];
  return day !== undefined && parts.slice(1).every((part) => COUNTER_PART.test(part)) ? day : null;
}
