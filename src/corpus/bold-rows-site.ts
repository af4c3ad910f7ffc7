/**
 * A small business's Markdown site (a photo studio's, a rehearsal room's, a rental's) that opens with its name in bold and a tagline
 * after a dash ("📷 **Studio Lumen** — hire halls in the town centre", «📷 **Фотостудия «Светотень»** — аренда залов в центре …»)
 * and lists its standing offers as rows opened by a bold name and priced ("**Loft hall** — 60 m², brick walls, £45/hour", «**Зал
 * «Лофт»** — 60 м², … 1 800 ₽/час») instead of list items. Read as a shop's news column (see `readShopNewsColumn`) with the name
 * taken without its tagline and the priced rows taken as the listing's items: the column's item heading is the title, its stamp the
 * date, the name the outlet; the head, the halls and everything after the item's closing rule go.
 */
import type { BusinessPage } from "./business-pages.ts";
import { firstFilled } from "./prose-section.ts";
import { readShopNewsColumn } from "./shop-news-column.ts";

/** The site's name in bold, maybe after pictographs, a dash and a tagline after it; group 1 is the bold name with its pictographs. */
const BOLD_NAME_TAGLINE = /^((?:[\p{Extended_Pictographic}\u2600-\u27BF]\uFE0F?\s*)*\*\*[^*]{2,80}\*\*)\s+[—–]\s+\S.*$/u;
/** A row opened by a bold name, a dash and what it offers. */
const BOLD_ROW = /^\*\*[^*]{2,60}\*\*\s+[—–-]\s+\S/u;
/** A price in a row. */
const PRICE = /\d\s*(?:₽|руб|р\.)|[£$€]\s?\d/u;
/** A line at least this long is prose. */
const PROSE_LINE_CHARS = 150;
/** Fewest priced rows of the listing. */
const MIN_ROWS = 3;

/**
 * Reads the page with its name's tagline cut and its priced bold rows made list items (see the module's note); null when the page
 * opens with no bold name and tagline, holds too few priced rows or is no shop's news column then. `isRule` tells a rule,
 * `stampDate` reads a day.
 */
export function readBoldRowsSite(lines: readonly string[], isRule: (line: string) => boolean, stampDate: (text: string) => string | null): BusinessPage | null {
  const top = firstFilled(lines, 0, lines.length);
  const first = (lines[top] ?? "").trim();
  // (Cheap test first: bold marks in the page's first line.)
  if (top < 0 || !first.includes("**")) return null;
  const name = BOLD_NAME_TAGLINE.exec(first)?.[1];
  if (name === undefined) return null;
  // (Only rows above the page's first paragraph of prose are the listing's: the story's own bold rows stay as written.)
  const prose = lines.findIndex((line) => line.length >= PROSE_LINE_CHARS);
  let rows = 0;
  const read = lines.map((line, i) => {
    if (i === top) return name;
    const row = line.trim();
    if ((prose >= 0 && i >= prose) || !row.startsWith("**") || !BOLD_ROW.test(row) || !PRICE.test(row)) return line;
    rows++;
    return `- ${row}`;
  });
  if (rows < MIN_ROWS) return null;
  const column = readShopNewsColumn(read, isRule, stampDate);
  if (!column) return null;
  return { lines: column.lines, title: column.title, date: column.stamp === null ? null : stampDate(column.stamp), outlet: column.site };
}
