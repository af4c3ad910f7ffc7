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
 * The row must hold a day, an author and at least one more field, and nothing else: a sentence split by a dot is none. Like any
 * line of fields, it says less of a post than a byline does, so the reader that takes it wants the post closed by its share row.
 * Emphasis marks and pictographs opening a part do not count. The day is the post's date and the line its head, not its text.
 * Pure.
 */

import { LEADING_PICTOGRAPHS } from "./pictographs.ts";

/** A weekday opening a day ("Friday ", «пятница, »). */
const WEEKDAY = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье),?\s+`;
/** A day's label ("Published", "Posted on", "Date:", «Дата публикации:», «Опубликовано:»). */
const DAY_LABEL = String.raw`(?:(?:published|posted|updated)(?:\s+on)?\s*:?|date\s*:|дата(?:\s+публикации)?\s*:|опубликовано\s*:?)\s*`;
/** A day, maybe labelled and after its weekday, in words or in digits; group 1 is the day as written. */
const DAY_PART = new RegExp(
  String.raw`^(?:${DAY_LABEL})?(?:${WEEKDAY})?(\d{1,2}\s+\p{L}{3,}\.?\s+\d{4}|\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{4})(?:\s*г\.)?$`,
  "iu",
);
/** The author's part: "by", "posted by", "written by" or a label, then a capitalised name. */
const AUTHOR_PART = /^(?:(?:[Pp]osted|[Ww]ritten|[Ww]ords|[Pp]ublished)\s+by|[Bb]y|[Aa]uthor\s*:|[Аа]втор\s*:|[Тт]екст\s*:|[Оо]публиковал[аи]?)\s+\p{Lu}\p{Ll}/u;
/** A field under its label: one to three words, a colon, a value ("filed under: Community", «Источники: МЧС»). */
const FIELD_PART = /^\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,2}\s*:\s+\S/u;
/** A counter or a reading time: "3 comments", «👁 1 132», "5 min read", «4 мин чтения». */
const COUNTER_PART =
  /^(?:\d+\s+min(?:ute)?s?\s+read|\d+\s+мин\.?\s+чтения|[\p{Extended_Pictographic}]\uFE0F?\s*[\d\s]+|\d[\d\s]*\s+(?:comments?|views|reads|просмотр\p{L}*|комментари\p{L}*))$/iu;
/** Longest posting line (characters). */
const MAX_LINE_CHARS = 240;

/** The day of a posting line written as a row of fields (see the module's note), as written without its label and weekday; null otherwise. */
export function postingFieldsDay(line: string): string | null {
  const text = line.trim();
  if (text.length > MAX_LINE_CHARS) return null;
  const raw = text
    .replace(/[*_]+/gu, "")
    .split(/\s+[·|]\s+/u)
    .map((part) => part.trim());
  if (raw.length < 3) return null;
  let day: string | null = null;
  let author = false;
  for (const part of raw) {
    const bare = part.replace(LEADING_PICTOGRAPHS, "").trim();
    const stamp = DAY_PART.exec(bare)?.[1];
    if (stamp !== undefined && day === null) day = stamp;
    else if (AUTHOR_PART.test(bare) && !author) author = true;
    // (A counter keeps its pictograph: «👁 1 132».)
    else if (!FIELD_PART.test(bare) && !COUNTER_PART.test(part) && !COUNTER_PART.test(bare)) return null;
  }
  return author ? day : null;
}
