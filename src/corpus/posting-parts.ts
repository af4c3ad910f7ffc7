/**
 * The parts of a business site's posting line, set apart by "·" or "|" ("Published 9 February 2026 · By Martin Healey · 5 min
 * read", «15.02.2034 · Автор: Денис Голованов · 👁 1 132»): the day (maybe labelled and after its weekday, in words or in
 * digits), the author, a labelled field, a reading time or a counter. The readers of such lines (`postingFieldsDay`,
 * `timedPostingDay`, `dayCounterDay`) differ in which parts they want and in what order, not in how a part reads. Pure.
 */

/** A day's label ("Published", "Posted on", "Date:", «Дата публикации:», «Опубликовано:»). */
export const DAY_LABEL = String.raw`(?:(?:published|posted|updated)(?:\s+on)?\s*:?|date\s*:|дата(?:\s+публикации)?\s*:|опубликовано\s*:?)\s*`;
/** A weekday opening a day ("Friday ", «пятница, »). */
export const WEEKDAY = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье),?\s+`;
/** A day in words or in digits, captured as written ("14 March 2027", "March 14, 2027", «14.03.2027»), maybe with «г.» after it. */
export const DAY = String.raw`(\d{1,2}\s+\p{L}{3,}\.?\s+\d{4}|\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{4})(?:\s*г\.)?`;
/** The author's part: "by", "posted by", "written by" or a label, then a capitalised name. */
export const AUTHOR_PART =
  /^(?:(?:[Pp]osted|[Ww]ritten|[Ww]ords|[Pp]ublished)\s+by|[Bb]y|[Aa]uthor\s*:|[Аа]втор\s*:|[Тт]екст\s*:|[Оо]публиковал[аи]?)\s+\p{Lu}\p{Ll}/u;
/** A field under its label: one to three words, a colon, a value ("filed under: Community", «Источники: МЧС»). */
export const FIELD_PART = /^\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,2}\s*:\s+\S/u;
/** A reading time or a counter: "5 min read", «4 мин чтения», «⏱ 4 мин», «👁 1 204», "2 comments". */
export const COUNTER_PART =
  /^(?:\d+\s+min(?:ute)?s?(?:\s+read)?|\d+\s+мин\.?(?:\s+чтения)?|время чтения:?\s*\d+\s*мин\.?|[\p{Extended_Pictographic}]\uFE0F?\s*\d[\d\s]*(?:\s+(?:min(?:ute)?s?(?:\s+read)?|мин\.?(?:\s+чтения)?))?|\d[\d\s]*\s+(?:comments?|views|reads|просмотр\p{L}*|комментари\p{L}*))$/iu;

/** A line's parts between "·" and "|", emphasis marks left out; null for a line longer than `maxChars` (a paragraph). */
export function postingParts(line: string, maxChars: number): string[] | null {
  const text = line.trim();
  if (text.length > maxChars) return null;
  return text
    .replace(/[*_]+/gu, "")
    .split(/\s+[·|]\s+/u)
    .map((part) => part.trim());
}
