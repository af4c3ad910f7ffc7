/**
 * A post's posting line that names its author first, after a plain "By" or an author's label, with the author's role after a
 * comma, then the day, then the post's reading time or counters ("By Imogen Vasse, founder · 4 March 2031 · 5 min read", «Автор:
 * Ольга Дёмина, руководитель студии · 13 ноября 2031 · 4 мин чтения», «Текст: Анна Шестакова, управляющая лавкой | 11 ноября 2030
 * | 👁 1 284»). A shop's or a studio's journal signs its posts so as often as it opens them with the day; the name with its role
 * is what makes the line a byline rather than a sentence beginning with "By", and the reading time or counter after the day what
 * makes it a blog engine's post head: a newspaper's byline, its section after the day ("By Hannah Pryce, co-owner · 12 March 2026
 * · Local news"), is left alone. The line is taken right under a headline written in sentence case ("When
 * the dome came down: our weekend at the club", «Медиакуб упал на лёд: что известно»): a line in capitals over it may as well be a
 * section's label as the post's headline, and is left to the readers of pages set in capitals. Emphasis marks and pictographs
 * opening a part do not count. The day is the post's date and the line its head, not its text. Pure.
 */

import { LEADING_PICTOGRAPHS } from "./pictographs.ts";

/** The author first: "By", «Автор:», «Текст:», then a name of two or three capitalised words, a comma and the role. */
const AUTHOR_FIRST = /^(?:[Bb]y|(?:[Aa]uthor|[Аа]втор|[Тт]екст)\s*:)\s+\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2},\s+\p{L}/u;
/** A weekday opening a day ("Tuesday ", «вторник, »). */
const WEEKDAY = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье),?\s+`;
/** A day in words, maybe after its weekday; group 1 is the day. */
const DAY = new RegExp(String.raw`^(?:${WEEKDAY})?(\d{1,2}\s+\p{L}{3,}\.?\s+\d{4}|\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4})(?:\s*г\.)?$`, "iu");
/** A reading time or a counter after the day: "5 min read", «4 мин чтения», «👁 1 284», "3 comments". */
const BESIDE_DAY = /^(?:\d+\s+min(?:ute)?s?\s+read|\d+\s+мин\.?\s+чтения|время чтения:?\s*\d+\s*мин\.?|[\p{Extended_Pictographic}]\uFE0F?\s*[\d\s]+(?:\s+\p{L}+)?|\d[\d\s]*\s+(?:comments?|views|reads|просмотр\p{L}*|комментари\p{L}*))$/iu;
/** Longest posting line (characters). */
const MAX_LINE_CHARS = 240;

/**
 * The day of a posting line naming its author first under its headline `above` (see the module's note), as written without its
 * weekday; null otherwise.
 */
export function authorFirstDay(line: string, above: string): string | null {
  const text = line.trim();
  const headline = above.trim().replace(/^#{1,6}\s+/u, "").replace(/^[*_]+|[*_]+$/gu, "").trim();
  if (text.length > MAX_LINE_CHARS || !/\p{Ll}/u.test(headline) || /[.;,:!]$/u.test(headline)) return null;
  const raw = text
    .replace(/[*_]+/gu, "")
    .split(/\s+[·|]\s+/u)
    .map((part) => part.trim());
  const parts = raw.map((part) => part.replace(LEADING_PICTOGRAPHS, "").trim());
  if (parts.length < 2 || !AUTHOR_FIRST.test(parts[0] ?? "")) return null;
  const day = DAY.exec(parts[1] ?? "")?.[1];
  // (A counter keeps its pictograph: «👁 1 284».)
  const rest = raw.slice(2);
  return day !== undefined && rest.length > 0 && rest.every((part) => BESIDE_DAY.test(part)) ? day : null;
}
