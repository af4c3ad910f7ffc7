/**
 * A studio's, workshop's or school's own page (yoga, pottery, dance) that opens with the week's class timetable and carries one
 * post under it: under the site's name, tagline, address and menu, a label names the timetable ("CLASS TIMETABLE · WEEK OF 15
 * DECEMBER 2031", «### Расписание на неделю 16–22 марта 2032», «## Расписание групп»), day lines ("Tuesday 16 December",
 * «**Вторник**», «**Понедельник, среда**») list the classes in rows opened by their times ("• 07:00 Sunrise Vinyasa · 8 spaces
 * left", «- 16:30–17:15 — дети 7–10 лет»), a price line closes it; after a rule the post opens with its head: a label with the
 * post's day ("STUDIO NEWS · Monday 15 December", «### Запись мастерской · 13 марта 2032»), or the news section's heading, the
 * post's headline and its posting line («## Новости школы» / «### Почему отменили занятия» / «*Запись от 19 ноября 2031 года.
 * Автор — …*»). The site's name opening the page is the outlet, the headline (when the post has one) the title, the head's day
 * the date (its year, when it gives none, the timetable's); the page's head, the timetable, the post's head and the rows under the
 * post's closing rule are furniture.
 */

import { LEADING_PICTOGRAPHS } from "./pictographs.ts";

/** A label naming the timetable, its heading's or bold marks aside. */
const TIMETABLE_LABEL = /^(?:#{1,6}\s+)?(?:\*\*)?(?:(?:class|weekly|studio|group|lesson)\s+)?(?:timetable|schedule)\b|^(?:#{1,6}\s+)?(?:\*\*)?расписание(?=\s|$)/iu;
/** A day line of the timetable: a weekday's name opening it, in bold or not. */
const DAY_LINE = /^(?:\*\*)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)(?=[\s,*—–:]|$)/iu;
/** A class's row: its time opening it, after a list's mark or not. */
const CLASS_ROW = /^(?:[-•*·×]\s*)?\d{1,2}[:.]\d{2}(?!\d)/u;
/** A day in a post's head: the day of the month, the month, a year or none ("Monday 15 December", «19 ноября 2031 года»). */
const HEAD_DAY = /(?<!\d)(\d{1,2})\s+(\p{L}{3,})(?:,?\s+(\d{4}))?/u;
/** A year. */
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/u;
/** The timetable's label is looked for among the first this many lines. */
const MAX_HEAD_LINES = 40;
/** Least day lines and class rows of a timetable. */
const MIN_DAYS = 2;
const MIN_ROWS = 3;
/** Most lines of a post's head. */
const MAX_POST_HEAD = 4;
/** A head line is at most this long; a headline has at least this many words. */
const MAX_HEAD_CHARS = 150;
const MIN_HEADLINE_WORDS = 4;
/** A line of prose in the rows under the post's closing rule (which then stay): this long and closed by a sentence's end. */
const PROSE_LINE = /^.{120,}[.!?…»"”]$/u;

/** What a class timetable page gives: its lines without the furniture, the post's headline, its day and the site's name. */
export interface ClassTimetablePage {
  lines: string[];
  title: string | null;
  /** `YYYY-MM-DD`, or null. */
  date: string | null;
  site: string | null;
}

/** A line without its heading's marks and the emphasis around it. */
function plain(line: string): string {
  return line
    .trim()
    .replace(/^#{1,6}\s+/u, "")
    .replace(/^(\*\*|\*|_)(.+)\1$/u, "$2")
    .trim();
}

/**
 * The day a post's head line gives as its stamp (with `year` when it names none), read by `stampDate`: the part after its last dot
 * ("STUDIO NEWS · Monday 15 December"), the whole of a line in emphasis (a posting line) or of a line that is only a day; null
 * when it gives none (a headline naming a day keeps it).
 */
function headDay(raw: string, line: string, year: string | null, stampDate: (text: string) => string | null): string | null {
  const emphasis = /^(\*|_)[^*_].*\1$/u.test(raw.trim());
  const stamp = line.includes(" · ") ? line.slice(line.lastIndexOf(" · ") + 3) : emphasis || stampDate(line) !== null ? line : "";
  const day = HEAD_DAY.exec(stamp);
  if (!day) return null;
  const withYear = day[3] ?? year;
  return withYear === null ? null : stampDate(`${day[1]} ${day[2]} ${withYear}`);
}

/** The site's name opening the page, before a place or a tagline after a dot or a dash; null when it is no name. */
function siteName(line: string): string | null {
  const name = plain(line.replace(/^#{1,6}\s+/u, "").replace(LEADING_PICTOGRAPHS, ""))
    .split(/\s+[·|—–]\s+/u)[0]
    ?.replace(/^\*\*(.+)\*\*$/u, "$1")
    .trim();
  return name !== undefined && name.length >= 3 && name.length <= 80 && /\p{L}/u.test(name) && !/[.!?:]$/u.test(name) ? name : null;
}

/**
 * Reads a class timetable page (see the module's note): `null` unless a timetable's label among the first lines is followed by its
 * day lines and class rows, a rule and a post's head with a day. `isRule` tells a rule, `stampDate` reads a day.
 */
export function readClassTimetablePage(lines: readonly string[], isRule: (line: string) => boolean, stampDate: (text: string) => string | null): ClassTimetablePage | null {
  // (Cheap test first: the label's word in the page's first lines.)
  const label = lines.slice(0, MAX_HEAD_LINES).findIndex((line) => {
    const lower = line.toLowerCase();
    return (lower.includes("timetable") || lower.includes("schedule") || lower.includes("расписание")) && TIMETABLE_LABEL.test(line.trim());
  });
  if (label < 0) return null;
  const rule = lines.findIndex((line, i) => i > label && isRule(line.trim()));
  if (rule < 0) return null;
  let days = 0;
  let rows = 0;
  for (let i = label + 1; i < rule; i++) {
    const line = (lines[i] ?? "").trim();
    if (DAY_LINE.test(line)) days++;
    else if (CLASS_ROW.test(line)) rows++;
  }
  if (days < MIN_DAYS || rows < MIN_ROWS) return null;
  // (The post's head: short lines after the rule, down to the body's first line.)
  const year = YEAR.exec(lines[label] ?? "")?.[0] ?? null;
  const head: number[] = [];
  let date: string | null = null;
  let dated = -1;
  for (let i = rule + 1; i < lines.length && head.length < MAX_POST_HEAD; i++) {
    const line = plain(lines[i] ?? "");
    if (line === "") continue;
    const day = headDay(lines[i] ?? "", line, year, stampDate);
    if (day === null && (line.length > MAX_HEAD_CHARS || /[.,;:!?…]$/u.test(line))) break;
    head.push(i);
    if (day !== null && date === null) {
      date = day;
      dated = i;
    }
  }
  if (date === null) return null;
  const last = head[head.length - 1] ?? rule;
  // (The headline: the last line of the head above the dated one that has words enough, when there is one.)
  let title: string | null = null;
  for (const i of head) if (i < dated && plain(lines[i] ?? "").split(/\s+/u).length >= MIN_HEADLINE_WORDS) title = plain(lines[i] ?? "");
  const drop = new Set<number>();
  for (let i = 0; i <= last; i++) drop.add(i);
  // (The rows under the post's closing rule go when none of them is prose.)
  const close = lines.findIndex((line, i) => i > last && isRule(line.trim()));
  if (close >= 0 && !lines.slice(close + 1).some((line) => PROSE_LINE.test(line.trim()))) for (let i = close; i < lines.length; i++) drop.add(i);
  const top = lines.find((line) => line.trim() !== "") ?? "";
  return { lines: lines.map((line, i) => (drop.has(i) ? "" : line)), title, date, site: siteName(top) };
}
