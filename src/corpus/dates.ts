/**
 * Dates as the pages write them, read into `YYYY-MM-DD`: one parser for the cleaner's stamps and
 * fields, a feed's item dates and a running header's day.
 */

/** Month names and their usual abbreviations, English and Russian (genitive), case-folded → 1–12. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12, января: 1, февраля: 2, марта: 3, апреля: 4, мая: 5, июня: 6, июля: 7, августа: 8,
  сентября: 9, октября: 10, ноября: 11, декабря: 12, янв: 1, фев: 2, февр: 2, мар: 3, апр: 4, июн: 6, июл: 7, авг: 8,
  сен: 9, сент: 9, окт: 10, ноя: 11, нояб: 11, дек: 12,
};

/** An English weekday, written out or cut short, before a date that starts with its day. */
const LEADING_WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?=\d)/iu;

/** Months in Roman numerals, as a day-first date may write them ("19.VIII.2028"). */
const ROMAN_MONTHS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

/**
 * A date written at the start of `value` as `YYYY-MM-DD`, `YYYY/MM/DD`, `DD.MM.YYYY`, `DD/MM/YYYY`,
 * `DD-MM-YYYY` (day first, as everywhere but the United States), `DD.VIII.YYYY` (a Roman month), `DD.MM.YY`, `12 January 2022`, `January 12th,
 * 2022`, `12 января 2022` or `31 янв. ’27` (an English weekday may come before a day: "Tue, 12 Apr
 * 2033"), as `YYYY-MM-DD` (a two-digit year is of this century); else null. With `whole`, at most a short tail (a time, "г.") may follow the date.
 */
export function normalizeDate(value: unknown, whole = false): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== "string") return null;
  // A weekday before a day-first date ("Tue, 12 Apr 2033 20:40:00 +0300", as RSS and e-mail write it).
  const text = value.trim().replace(LEADING_WEEKDAY, "");
  const patterns: [RegExp, (m: RegExpExecArray) => [string, string, string]][] = [
    [/^(\d{4})[-/](\d{1,2})[-/](\d{1,2})/, (m) => [m[1] ?? "", m[2] ?? "", m[3] ?? ""]],
    [/^(\d{1,2})([./-])(\d{1,2})\2(\d{4})/, (m) => [m[4] ?? "", m[3] ?? "", m[1] ?? ""]],
    [/^(\d{1,2})\.([IVX]{1,4})\.(\d{4})/, (m) => [m[3] ?? "", String(ROMAN_MONTHS.indexOf(m[2] ?? "") + 1), m[1] ?? ""]],
    [/^(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])/, (m) => [`20${m[3] ?? ""}`, m[2] ?? "", m[1] ?? ""]],
    [/^(\d{1,2})(?:st|nd|rd|th)?\s+(\p{L}+)\.?,?\s+(\d{4})/u, (m) => [m[3] ?? "", String(MONTHS[(m[2] ?? "").toLowerCase()] ?? 0), m[1] ?? ""]],
    [/^(\d{1,2})\s+(\p{L}+)\.?,?\s+[’'](\d{2})(?!\d)/u, (m) => [`20${m[3] ?? ""}`, String(MONTHS[(m[2] ?? "").toLowerCase()] ?? 0), m[1] ?? ""]],
    [/^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/u, (m) => [m[3] ?? "", String(MONTHS[(m[1] ?? "").toLowerCase()] ?? 0), m[2] ?? ""]],
  ];
  for (const [pattern, parts] of patterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    if (whole && text.length - match[0].length > 12) return null;
    const [year, month, day] = parts(match).map(Number) as [number, number, number];
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  }
  return null;
}
