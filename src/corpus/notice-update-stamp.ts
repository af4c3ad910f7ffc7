/**
 * A plain-text page's notice in its head, labelled in capitals with its update stamp naming the weekday but not the year ("RANGE
 * NOTICE - updated Thursday 9 October, 8.15am", «ОБЪЯВЛЕНИЕ — обновлено в четверг, 9 октября, 08:15»): the page is dated by that
 * day in the year of its footer's copyright («© 2025 …», "(c) 2019–2025 …"), when the weekday agrees with the day in that year.
 * Dates a page that gives no other date. Pure.
 */
import { copyrightYear } from "./footer-copyright.ts";

/** A label in capitals, then its update stamp after a dash, a dot or a bar; group 1 is the stamp's weekday, group 2 its day and month. */
const UPDATE_LABEL = /^\p{Lu}[^\p{Ll}]{2,40}?\s+[-—–·|]\s+(?:[Uu]pdated|[Оо]бновлено)\s+(?:on\s+|в\s+|во\s+)?(\p{L}+),?\s+(\d{1,2}\s+\p{L}+)(?:,.*)?$/u;
/** Filled lines at the page's top looked at for the notice. */
const HEAD_LINES = 20;
/** Weekdays (English and Russian, in the accusative too), Sunday first. */
const WEEKDAYS: readonly (readonly string[])[] = [
  ["sunday", "воскресенье"],
  ["monday", "понедельник"],
  ["tuesday", "вторник"],
  ["wednesday", "среда", "среду"],
  ["thursday", "четверг"],
  ["friday", "пятница", "пятницу"],
  ["saturday", "суббота", "субботу"],
];

/** The weekday (0 = Sunday) a name stands for (English or Russian), or -1. Pure. */
export function weekdayOf(name: string): number {
  const lower = name.toLowerCase();
  return WEEKDAYS.findIndex((names) => names.includes(lower));
}

/**
 * The date (ISO) of the head's notice stamped with its weekday and day (see the module's note), in the copyright's year when the
 * weekday agrees; or null. `stampDate` reads a day.
 */
export function noticeUpdateDate(lines: readonly string[], stampDate: (text: string) => string | null): string | null {
  for (let i = 0, seen = 0; i < lines.length && seen < HEAD_LINES; i++) {
    const line = (lines[i] ?? "").trim();
    if (line === "") continue;
    seen++;
    // (Cheap test first: the line names its update.)
    if (!line.includes("pdated") && !line.includes("бновлено")) continue;
    const stamp = UPDATE_LABEL.exec(line);
    const weekday = weekdayOf(stamp?.[1] ?? "");
    if (!stamp || weekday < 0) continue;
    const year = copyrightYear(lines);
    const date = year === null ? null : stampDate(`${stamp[2] ?? ""} ${year}`);
    return date !== null && new Date(`${date}T00:00:00Z`).getUTCDay() === weekday ? date : null;
  }
  return null;
}
