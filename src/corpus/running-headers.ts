import { MONTHS, normalizeDate } from "./dates.ts";
import { isEntryHead } from "./incident-log.ts";

/**
 * Running headers and footers: lines a paged source repeats on every page with only their numbers
 * changed (a teletext page's header "P104  KMTV TEXT 104   Thu 10 Nov  18:42:19" and its
 * subpage row "KINGSMERE NEWS   2/5", a PDF's "Annual report 2031 · page 3 of 12"). They are the
 * pages' furniture, not the article's words.
 */

/** Fewest times a line must recur (its numbers aside) to be a running header. */
const MIN_REPEATS = 3;
/** Longest running header (characters). */
const MAX_HEADER_CHARS = 100;
/** A word of three letters or more: a header names something, a bare time or count ("5:10 p.m.") is a live blog's stamp. */
const WORD = /\p{L}{3,}/u;
/** Names of months and weekdays, full or short: a date alone ("23 апреля, 18:40", "Sat 14 June") is a live blog's stamp, not a header. */
const CALENDAR_WORD =
  /(?<!\p{L})(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр|янв|фев|мар|апр|авг|сен|окт|ноя|дек|понедельник|вторник|сред|четверг|пятниц|суббот|воскресень)\p{L}*/giu;
/** A line that ends a sentence (prose), or a label that opens what follows ("[00:21] КОРРЕСПОНДЕНТ (за кадром):"), however often it recurs. */
const SENTENCE_END = /[.!?…:]["'»”)]*$/u;
/** A subpage counter at the end of a page's title row in capitals, after a wide gap ("TRAVEL: KINGSMERE RAPID TRAM         1/1"). */
const SUBPAGE_COUNTER = /^([^\p{Ll}]*\p{Lu}[^\p{Ll}]*?\S)\s{3,}\d{1,2}\/\d{1,2}$/u;

/** Month names of `MONTHS`, longest first. */
const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");
/** A day with its month in a line ("12 марта", "March 12", "12.03.2025"). */
const DAY_AND_MONTH = new RegExp(String.raw`\d{1,2}\s+(?:${MONTH_NAMES})(?!\p{L})|(?<!\p{L})(?:${MONTH_NAMES})\.?\s+\d{1,2}(?!\d)|\d{1,2}[./]\d{1,2}[./]\d{2,4}`, "giu");

/**
 * A line's shape: its numbers as "#", its spaces as one, and the days with their months it names as they are (a page's header
 * repeats its day; the heads of dated updates, «Обновление № 3 · 12 марта 2025 г.», name a day each).
 */
function shape(line: string): string {
  const text = line.trim();
  const days = (text.match(DAY_AND_MONTH) ?? []).map((day) => day.toLowerCase().replace(/\s+/gu, " "));
  return `${text.replace(/\d+/gu, "#").replace(/\s+/gu, " ")}${days.length > 0 ? ` @${days.join("|")}` : ""}`;
}

/** A fediverse account's full handle ("@calderbrookecho@newsie.example"): a line with it is a post's head, whose text follows. */
const FEDIVERSE_HANDLE = /(?:^|\s)@[\w.-]+@(?:[\w-]+\.)+\p{L}{2,}(?:\s|$)/u;

/** A record card's number field: a label, a colon and a number alone ("DOC #:      418822", «Рег. №: 4471»): each card has its own. */
const NUMBER_FIELD = /^[^:]{1,30}:\s+\d[\d\s/-]*$/u;

/** Whether a line may be a running header: short, with a number and a word, not a sentence, not a post's or a log entry's head, not a card's number field. */
function mayBeHeader(line: string): boolean {
  const text = line.trim();
  return (
    text.length <= MAX_HEADER_CHARS &&
    /\d/u.test(text) &&
    WORD.test(text.replace(CALENDAR_WORD, "")) &&
    !SENTENCE_END.test(text) &&
    !FEDIVERSE_HANDLE.test(text) &&
    !isEntryHead(text) &&
    !(text.includes(":") && NUMBER_FIELD.test(text))
  );
}

/**
 * Lines without running headers and footers: a line with a number and a word that recurs at least
 * `MIN_REPEATS` times with only its numbers changed (not the day it names) goes wherever it stands, and so does a rubric in
 * capitals that recurs alone between blank lines (see `repeatedRubrics`); a page's title row
 * loses its subpage counter ("1/1") after a wide gap. Pure.
 */
export function withoutRunningHeaders(lines: readonly string[]): string[] {
  const isHeader = runningHeaderTest(lines);
  const rubrics = repeatedRubrics(lines);
  return lines.filter((line) => !isHeader(line) && !rubrics.has(line.trim())).map((line) => line.replace(SUBPAGE_COUNTER, "$1"));
}

/** A paper's rubric in capitals alone on its line: one to three words, no digit, no stop («ЗДОРОВЬЕ», "LOCAL NEWS"). */
const RUBRIC = /^\p{Lu}[\p{Lu}'’-]*(?:\s\p{Lu}[\p{Lu}'’-]*){0,2}$/u;

/**
 * The rubrics a paged source repeats at the top of each page («ЗДОРОВЬЕ» over page 4 and page 5): a rubric (see `RUBRIC`)
 * that stands between blank lines at least twice.
 */
function repeatedRubrics(lines: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (!RUBRIC.test(line) || (lines[i - 1] ?? "").trim() !== "" || (lines[i + 1] ?? "").trim() !== "") continue;
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count >= 2).map(([line]) => line));
}

/** Whether a line of `lines` is a running header: it may be one and its shape recurs `MIN_REPEATS` times. */
function runningHeaderTest(lines: readonly string[]): (line: string) => boolean {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (!mayBeHeader(line)) continue;
    const key = shape(line);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return (line) => mayBeHeader(line) && (counts.get(shape(line)) ?? 0) >= MIN_REPEATS;
}

/** A weekday, a day and a month without a year in a header ("Thu 10 Nov", «чт 10 нояб»). */
const WEEKDAY_DAY_MONTH = /\b(mon|tue|wed|thu|fri|sat|sun)\w*\.?,?\s+(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b/iu;
/** A copyright year ("(c) KMTV 2033", "© 2033 …", "Copyright 2033"). */
const COPYRIGHT_YEAR = /(?:\(c\)|©|copyright)\D{0,60}?\b((?:19|20)\d{2})\b/iu;
const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

/**
 * The date of a paged source whose running header gives a weekday, a day and a month but no year
 * ("P104  KMTV TEXT 104   Thu 10 Nov  18:42:07"), as `YYYY-MM-DD`: the year is the one its
 * copyright line names, when that year puts the day on that weekday; else null. Reads the first
 * running header (see `withoutRunningHeaders`). Pure.
 */
export function runningHeaderDate(lines: readonly string[]): string | null {
  const isHeader = runningHeaderTest(lines);
  const header = lines.find((line) => isHeader(line) && WEEKDAY_DAY_MONTH.test(line));
  const stamp = header === undefined ? null : WEEKDAY_DAY_MONTH.exec(header);
  const year = lines.map((line) => COPYRIGHT_YEAR.exec(line)?.[1]).find((found) => found !== undefined);
  if (!stamp || year === undefined) return null;
  const date = normalizeDate(`${stamp[2]} ${stamp[3]} ${year}`);
  // The year is the header's only if it puts the day on the header's weekday (and the day exists).
  const day = date === null ? null : new Date(`${date}T00:00:00Z`);
  if (date === null || day === null || day.toISOString().slice(0, 10) !== date || WEEKDAYS[day.getUTCDay()] !== (stamp[1] ?? "").toLowerCase()) return null;
  return date;
}
