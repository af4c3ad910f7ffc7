/**
 * A shop's standing opening hours quoted in its site's head ("> Open Mon–Fri 9:00–18:00, Sat 10:00–15:00. Artwork to
 * orders@…", «> Работаем пн–пт 9:00–19:00, сб 10:00–15:00. Макеты принимаем на …»): a span of weekdays over a span of hours, no
 * day of a month in it and no warning's "!" or sign. Such a line is the head's furniture, not a notice: a notice of changed hours
 * names its day («До 5 марта работаем …») or warns («Внимание! …») and stays.
 */

/** A span of weekdays (abbreviated or whole) over a span of hours ("Mon–Fri 9:00–18:00", «пн–пт 9:00–19:00»). */
const WEEKDAY_HOURS =
  /(?<!\p{L})(?:пн|вт|ср|чт|пт|сб|вс|mon|tue|wed|thu|fri|sat|sun)\p{L}{0,6}\.?\s*[–—-]\s*(?:пн|вт|ср|чт|пт|сб|вс|mon|tue|wed|thu|fri|sat|sun)\p{L}{0,6}\.?,?\s+(?:с\s+|from\s+)?\d{1,2}[:.]\d{2}\s*(?:[–—-]|до|to)\s*\d{1,2}[:.]\d{2}/iu;
/** A day of a month («5 марта», "3 March", "March 3"). */
const MONTH_DAY =
  /\d{1,2}\s+(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?<!\p{L})(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\s+\d{1,2}(?!\d)/iu;
/** A warning: an exclamation mark or a warning's sign. */
const WARNING = /[!⚠❗]/u;

/** Whether a quoted line of a page's head gives its standing opening hours (see the module's note). Pure. */
export function isHeadHoursNote(line: string): boolean {
  return WEEKDAY_HOURS.test(line) && !MONTH_DAY.test(line) && !WARNING.test(line);
}
