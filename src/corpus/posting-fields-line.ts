/**
 * A post's posting line on a business's own site written as a row of fields, each part between "·" or "|" either the day, the
 * author or a labelled field of the post, in any order:
 * - the day, maybe after its weekday or under its label, in words or in digits ("Friday 11 June 2032", "Published 9 February
 *   2026", «**15.02.2034**», «**Дата публикации:** 04.03.2032»);
 * - the author, after "by", "posted by" or an author's label ("posted by Tess Marchetti (owner)", "By Martin Healey, Director",
 *   «Автор: Денис Голованов, администратор клуба»);
 * - the post's other fields under their labels ("filed under: Community, Shop news", "Category: Local News", «Источники: МЧС,
 *   администрация города»), a counter or a reading time ("3 comments", «👁 1 132», "5 min read").
 * A blog engine writes such a row under the post's headline; the readers of one-shape posting lines (`bylineDay`,
 * `authorFirstDay`) miss it when the day carries a label or is written in digits, or the author's part has no role after a comma.
 * The row may open with the post's bare category ("Community · …", `isLeadingCategoryPart`) and name its sources as a phrase
 * («по сообщениям ОМВД …», `isSourcesPart`).
 * The row must hold a day, an author and at least one more field, and nothing else: a sentence split by a dot is none. Like any
 * line of fields, it says less of a post than a byline does, so the reader that takes it wants the post closed by its share row.
 * Emphasis marks and pictographs opening a part do not count. The day is the post's date and the line its head, not its text.
 * Pure.
 */

import { LEADING_PICTOGRAPHS } from "./pictographs.ts";
import { AUTHOR_PART, COUNTER_PART, DAY, DAY_LABEL, FIELD_PART, WEEKDAY, postingParts } from "./posting-parts.ts";
import { isLeadingCategoryPart } from "./counter-category-part.ts";
import { isSourcesPart } from "./counter-sources-part.ts";

/** A day, maybe labelled and after its weekday, in words or in digits; group 1 is the day as written. */
const DAY_PART = new RegExp(String.raw`^(?:${DAY_LABEL})?(?:${WEEKDAY})?${DAY}$`, "iu");
/** Longest posting line (characters). */
const MAX_LINE_CHARS = 240;

/** The day of a posting line written as a row of fields (see the module's note), as written without its label and weekday; null otherwise. */
export function postingFieldsDay(line: string): string | null {
  const raw = postingParts(line, MAX_LINE_CHARS);
  if (raw === null || raw.length < 3) return null;
  let day: string | null = null;
  let author = false;
  for (const [index, part] of raw.entries()) {
    const bare = part.replace(LEADING_PICTOGRAPHS, "").trim();
    const stamp = DAY_PART.exec(bare)?.[1];
    if (stamp !== undefined && day === null) day = stamp;
    else if (AUTHOR_PART.test(bare) && !author) author = true;
    // (A counter keeps its pictograph: «👁 1 132».)
    // (The row may open with the post's bare category, `isLeadingCategoryPart`, and name its sources as a phrase, `isSourcesPart`.)
    else if (!FIELD_PART.test(bare) && !COUNTER_PART.test(part) && !COUNTER_PART.test(bare) && !isLeadingCategoryPart(bare, index) && !isSourcesPart(bare)) return null;
  }
  return author ? day : null;
}
