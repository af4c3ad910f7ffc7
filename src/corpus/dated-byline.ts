/**
 * A post's posting line in three shapes a journal reader's plain pattern misses, its parts set apart by "·" or "|":
 * - the day first (a weekday may open it), then the author's name with the author's role after a comma ("Wednesday 17 September
 *   2025 · Clare Rudd, Funeral Director · News", «20 мая 2031 г. · Светлана Гурьева, управляющая салона · по данным МЧС»);
 * - "Posted by" the author first, the day after ("Posted by Kerenza Polglase, owner · Tuesday 26 August 2031 · 5 min read",
 *   «Опубликовал Степан Зуев, пчеловод · 15 июля 2031»);
 * - the day first, then the post's fields, one of them naming the author under its label («**10 февраля 2025** · Текст: Марина
 *   Белоусова, управляющая магазином · 👁 4 812», «11 ноября 2030 · Рубрика: Новости лавки · Текст: Анна Шестакова», "3 May 2031 ·
 *   Author: Jo Pike"). Such a line of fields says less of a post than a byline does: the reader that takes it also wants the
 *   post closed by its share row (`fielded`).
 * Emphasis marks anywhere in the line and pictographs opening a part do not count; a label's value is a name, with its capital
 * («Текст: пресс-служба …» is no author's). The day is the post's date and the line its head, not its text. Pure.
 */

import { LEADING_PICTOGRAPHS } from "./pictographs.ts";

/** A weekday opening a day ("Tuesday ", «вторник, »). */
const WEEKDAY = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье),?\s+`;
/** A day written in words: day, month, year, or month, day, year; group 1 is the day without its weekday. */
const DAY_PART = new RegExp(String.raw`^(?:${WEEKDAY})?(\d{1,2}\s+\p{L}{3,}\.?\s+\d{4}|\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4})(?:\s*г\.)?$`, "iu");
/** The author first, after "Posted by" («Опубликовал …»). */
const POSTED_BY = /^(?:[Pp]osted\s+by|[Pp]ublished\s+by|[Оо]публиковал[аи]?)\s+\p{Lu}/u;
/** A name of two or three capitalised words, then a comma and the author's role: "Clare Rudd, Funeral Director". */
const NAME_WITH_ROLE = /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2},\s+\p{L}/u;
/** The author's field: its label, a colon and a name («Текст: Анна …», "Author: Jo Pike"). */
const AUTHOR_FIELD = /^(?:[Aa]uthor|[Tt]ext|[Ww]ords|[Аа]втор|[Тт]екст)\s*:\s+\p{Lu}/u;
/** Longest posting line (characters). */
const MAX_LINE_CHARS = 240;

/** What a posting line gives: its day as written (without its weekday), and whether the line is one of fields (see the module's note). */
export interface BylineDay {
  day: string;
  fielded: boolean;
}

/** The line's parts between "·" or "|", without emphasis marks and leading pictographs. */
function partsOf(line: string): string[] {
  return line
    .replace(/[*_]+/gu, "")
    .split(/\s+[·|]\s+/u)
    .map((part) => part.trim().replace(LEADING_PICTOGRAPHS, "").trim());
}

/** The day and shape of a post's posting line (see the module's note); null when the line is none of the three shapes. */
export function bylineDay(line: string): BylineDay | null {
  const text = line.trim();
  if (text.length > MAX_LINE_CHARS) return null;
  const parts = partsOf(text);
  if (parts.length < 2) return null;
  const first = parts[0] ?? "";
  if (POSTED_BY.test(first)) {
    const day = parts.slice(1).map((part) => DAY_PART.exec(part)?.[1]).find((found) => found !== undefined);
    return day === undefined ? null : { day, fielded: false };
  }
  const day = DAY_PART.exec(first)?.[1];
  if (day === undefined) return null;
  if (NAME_WITH_ROLE.test(parts[1] ?? "")) return { day, fielded: false };
  return parts.slice(1).some((part) => AUTHOR_FIELD.test(part)) ? { day, fielded: true } : null;
}
