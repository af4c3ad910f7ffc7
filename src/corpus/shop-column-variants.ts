/**
 * Still more ways a business's Markdown site shapes its news column (see `readShopNewsColumn`): the site's name in a level-2
 * heading opening the page when its copyright repeats it («## 🎈 Аниматоры «Конфетти» · Ольховатск» over «© 2019 Аниматоры
 * «Конфетти»»); a column named as the site's own news or feed («### 📰 Наши новости», «## Из нашей ленты», "## From our feed");
 * an item's heading opened by its day and a dash, maybe without its year («### 19.09 — Пожар на заводе: как мы работаем»); a
 * stamp opened by its posting label («_Пост от 11 февраля · рубрика «Жизнь города»_», «*Размещено 6 марта 2026 г.*», "_Posted on
 * 3 May_"); a further item of the column under the story's (a heading of its level opened by its day), which ends the story; and a
 * quoted line of the head that is the site's counters, not a notice («> Отремонтировано устройств с 2012 года: **23 417** ·
 * Средний срок ремонта: **2 дня**»). A day without its year takes the last year of a copyright's span («© 2012–2025»): a
 * copyright of one year may be the year the site was made. Pure.
 */
import { copyrightSpanYear, footerCopyrightLine } from "./footer-copyright.ts";

/** A level-2 heading; group 1 is its text. */
const SECOND_LEVEL = /^##\s+(.+?)\s*#*$/u;
/** Pictographs opening a name or heading. */
const LEADING_PICTOGRAPHS = /^(?:[\p{Extended_Pictographic}\u2600-\u27BF][\uFE0F\u200D]*\s*)+/u;
/** A tagline or town after the site's name («· Ольховатск», "— party entertainers"). */
const NAME_TAGLINE = /\s+[—–|·]\s.*$/u;
/** A column named as the site's own news or feed. */
const FEED_COLUMN = /^(?:наши\s+новости|последние\s+новости|из\s+(?:нашей\s+)?ленты|наша\s+лента|from\s+our\s+(?:feed|news)|our\s+feed)$/iu;
/** An item's heading opened by its day (its year maybe left out) and a dash; group 1 is the day, group 2 the heading. */
const DASH_DAY_HEADING = /^(\d{1,2}\.\d{2}(?:\.\d{4})?)\s+[—–-]\s+(\S.*)$/u;
/** A heading of levels 2 to 4; group 1 is its marks, group 2 its text. */
const HEADING = /^(#{2,4})\s+(.+?)\s*#*$/u;
/** A posting label opening a stamp's day («Пост от», «Размещено», "Posted on"). */
const POSTING_LABEL = /^(?:пост|запись|новость|опубликовано|размещено|posted|published)(?:\s+(?:от|on))?\s+(?=\d)/iu;
/** One counter of the head: a label, a colon and a number (bold or not), short. */
const COUNTER = /^[^:]{3,60}:\s*\*{0,2}\d[\d\s\u00A0.,]*(?:\s*\p{L}{1,8})?\*{0,2}$/u;

/** The site's name in a level-2 heading opening the page (pictographs, tagline and bare quotes cut) that its copyright repeats; or null. */
export function secondLevelSiteName(lines: readonly string[], first: string): string | null {
  const text = SECOND_LEVEL.exec(first)?.[1];
  if (text === undefined) return null;
  const name = text.replace(LEADING_PICTOGRAPHS, "").replace(NAME_TAGLINE, "").trim();
  if (name.length < 3) return null;
  const lower = name.toLowerCase();
  return footerCopyrightLine(lines, (line) => line.toLowerCase().includes(lower)) === null ? null : name;
}

/** Whether a column's heading (pictographs cut) names the site's own news or feed. */
export function isFeedColumn(text: string): boolean {
  return FEED_COLUMN.test(text.trim());
}

/** A day as written, or with `year` added when it lacks one ("19.09" → "19.09.2025", «16 июля» → «16 июля 2025»), if `stampDate` reads it; or null. */
export function dayWithYear(day: string, year: string | null, stampDate: (text: string) => string | null): string | null {
  if (stampDate(day) !== null) return day;
  if (year === null) return null;
  const dated = /^\d{1,2}\.\d{2}$/u.test(day) ? `${day}.${year}` : /^\d{1,2}\s+\p{L}+$/u.test(day) ? `${day} ${year}` : null;
  return dated !== null && stampDate(dated) !== null ? dated : null;
}

/**
 * An item's heading opened by its day and a dash («19.09 — Пожар на заводе»): the heading without it and the day as read (the
 * year of the copyright's span added when it has none); or null.
 */
export function dashDayHeading(text: string, lines: readonly string[], stampDate: (text: string) => string | null): { title: string; stamp: string | null } | null {
  const parts = DASH_DAY_HEADING.exec(text);
  if (!parts) return null;
  return { title: (parts[2] ?? "").trim(), stamp: dayWithYear(parts[1] ?? "", copyrightSpanYear(lines), stampDate) };
}

/**
 * A stamp opened by its posting label, each part set apart by "·" or "|" tried in turn («Пост от 11 февраля · рубрика …»): its day
 * as read (the year of the copyright's span added when it has none: «11 февраля 2031»), null when it has no year to take; or null
 * when the text is no such stamp.
 */
export function postingStamp(text: string, lines: readonly string[], stampDate: (text: string) => string | null): { day: string | null } | null {
  let found = false;
  for (const part of text.split(/\s+[·|]\s+/u)) {
    const trimmed = part.trim();
    if (!POSTING_LABEL.test(trimmed)) continue;
    found = true;
    const day = dayWithYear(trimmed.replace(POSTING_LABEL, "").replace(/\s+г\.?$/u, "").trim(), copyrightSpanYear(lines), stampDate);
    if (day !== null) return { day };
  }
  return found ? { day: null } : null;
}

/** Whether a line is a further item of the column: a heading of `level` or above opened by its day and a dash. */
export function isFurtherDatedItem(line: string, level: number): boolean {
  const heading = HEADING.exec(line);
  return heading !== null && (heading[1]?.length ?? 0) <= level && DASH_DAY_HEADING.test(heading[2] ?? "");
}

/** Whether a quoted line of the page's head is the site's counters: every part between middle dots a label, a colon and a number. */
export function isHeadCounter(line: string): boolean {
  const parts = line.replace(/^>\s*/u, "").split(/\s+·\s+/u);
  return parts.every((part) => COUNTER.test(part.trim()));
}
