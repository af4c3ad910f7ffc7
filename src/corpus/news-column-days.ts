/**
 * Two more ways a business's Markdown site dates its news column (see `readShopNewsColumn`): the column's own name for its news
 * with the item's day after a middle dot («## Новости магазина · 14 февраля 2031», "## Shop news · 14 February 2031"), and an
 * item's heading opened by its day and a colon, its year left out («### 12 марта: что случилось в школе напротив», "### 12 March:
 * what happened at the school"), the day then taking the last year of the copyright's span («© 2016–2025»). The heading stays
 * whole: its day is part of the headline's words. Pure.
 */
import { copyrightSpanYear } from "./footer-copyright.ts";
import { dayWithYear } from "./shop-column-variants.ts";

/** A column's name and the day after its middle dot; group 1 is the name, group 2 the day. */
const DOTTED_COLUMN = /^(.+?)\s+·\s+(\S.{3,30})$/u;
/** An item's heading opened by a day without its year and a colon; group 1 is the day. */
const COLON_DAY_HEADING = /^(\d{1,2}\s+\p{L}{3,9}|\p{L}{3,9}\s+\d{1,2}):\s+\S/u;
/** An English day written month first ("March 12"); group 1 is the month, group 2 the day. */
const MONTH_FIRST = /^(\p{L}+)\s+(\d{1,2})$/u;

/**
 * The day (as written) a news column's heading carries after a middle dot when the name before it is a news column's
 * (`isNewsColumn` tells one); or null.
 */
export function datedNewsColumnStamp(text: string, isNewsColumn: (name: string) => boolean, stampDate: (text: string) => string | null): string | null {
  // (Cheap test first: a middle dot in the heading.)
  if (!text.includes("·")) return null;
  const parts = DOTTED_COLUMN.exec(text);
  const day = (parts?.[2] ?? "").trim();
  return parts && isNewsColumn((parts[1] ?? "").trim()) && stampDate(day) !== null ? day : null;
}

/**
 * The day (with the copyright span's last year added) opening an item's heading before a colon («12 марта: …»); or null when the
 * heading opens with no such day or the page gives no year.
 */
export function colonDayHeadingStamp(text: string, lines: readonly string[], stampDate: (text: string) => string | null): string | null {
  // (Cheap test first: a digit among the heading's first characters, then the colon.)
  if (!/\d/u.test(text.slice(0, 12))) return null;
  const day = COLON_DAY_HEADING.exec(text)?.[1];
  if (day === undefined) return null;
  const monthFirst = MONTH_FIRST.exec(day);
  return dayWithYear(monthFirst ? `${monthFirst[2]} ${monthFirst[1]}` : day, copyrightSpanYear(lines), stampDate);
}
