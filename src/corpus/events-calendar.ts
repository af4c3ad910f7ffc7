/**
 * A council's or a venue's events calendar whose entries stand between rules, one of them marked cancelled ("*** CANCELLED ***",
 * "** POSTPONED **", «*** ОТМЕНЕНО ***») over its days, its name, its venue and its status, with the organiser's statement further
 * down. The cancelled entry is the page's story: its name (the first line without a digit under its days: "Skylights over the
 * Quays - drone light show") is the title, the statement's issue line ("Issued Sunday 15 September 2024, 09:30") the date. The
 * calendar's other entries (their days, their names, a line or two and their buttons: "[More info]  [Add to calendar]") and the
 * cancelled entry's buttons are the page's furniture.
 */

/** A cancelled entry's mark between stars ("*** CANCELLED ***", «*** ОТМЕНЕНО ***»). */
const CANCELLED_MARK = /^\*{2,}\s*(?:CANCELL?ED|POSTPONED|CALLED OFF|ОТМЕНЕНО|ОТМЕНЁН|ОТМЕНЕН|ПЕРЕНЕСЕНО)\s*\*{2,}$/u;
/** A row of buttons alone ("[More info]  [Add to calendar]", «[Подробнее] [В календарь]»). */
const BUTTON_ROW = /^(?:\[[^\]]{1,40}\]\s*){1,4}$/u;
/** A statement's issue line ("Issued Sunday 15 September 2024, 09:30", «Опубликовано 15 сентября 2024 г.»); group 1 is the stamp. */
const ISSUED_LINE = /^(?:issued|опубликовано|выпущено)\s+(\S.{5,60})$/iu;
/** Most filled lines of another entry of the calendar. */
const MAX_ENTRY_LINES = 6;
/** Longest event name (characters). */
const MAX_NAME_CHARS = 150;

/** What an events calendar gives: its lines without the other entries, the cancelled event's name and the statement's stamp. */
export interface EventsCalendar {
  lines: string[];
  title: string | null;
  /** The stamp of the statement's issue line ("Sunday 15 September 2024, 09:30"), or null without one. */
  issued: string | null;
}

/**
 * Reads an events calendar with a cancelled entry (see the module's note): `null` unless a cancelled mark stands right under a rule.
 * `isRule` tells a rule. Pure.
 */
export function readEventsCalendar(lines: readonly string[], isRule: (line: string) => boolean): EventsCalendar | null {
  const mark = lines.findIndex((line, i) => i > 0 && line.startsWith("**") && CANCELLED_MARK.test(line.trim()) && isRule((lines[i - 1] ?? "").trim()));
  if (mark < 0) return null;
  // The cancelled entry's name: the first filled line without a digit under its days.
  let title: string | null = null;
  for (let k = mark + 2; k < lines.length && k <= mark + 4; k++) {
    const line = (lines[k] ?? "").trim();
    if (line === "" || isRule(line)) break;
    if (!/\d/u.test(line) && line.length <= MAX_NAME_CHARS && !/[.!?:;,]$/u.test(line)) {
      title = line;
      break;
    }
  }
  // The other entries: from a rule to the next, a dated first line and a row of buttons last.
  const drop = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!isRule((lines[i] ?? "").trim()) || i + 1 === mark) continue;
    let end = i + 1;
    while (end < lines.length && !isRule((lines[end] ?? "").trim()) && end - i <= MAX_ENTRY_LINES + 1) end++;
    if (end >= lines.length || !isRule((lines[end] ?? "").trim())) continue;
    const entry = lines.slice(i + 1, end).map((line) => line.trim());
    // (With the rule over it: the rules left frame the cancelled entry.)
    if (entry.length >= 2 && /\d/u.test(entry[0] ?? "") && BUTTON_ROW.test(entry[entry.length - 1] ?? "")) for (let k = i; k < end; k++) drop.add(k);
  }
  // (The cancelled entry's own buttons go too: "[Add to calendar - unavailable]  [Share]".)
  for (let k = mark + 1; k < lines.length && !isRule((lines[k] ?? "").trim()); k++) if (BUTTON_ROW.test((lines[k] ?? "").trim())) drop.add(k);
  const issued = lines.map((line) => ISSUED_LINE.exec(line.trim())?.[1] ?? null).find((stamp, k) => stamp !== null && k > mark) ?? null;
  return { lines: lines.filter((_, k) => !drop.has(k)), title, issued };
}
