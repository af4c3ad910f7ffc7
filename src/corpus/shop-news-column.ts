/**
 * A small business's own site in Markdown (a florist's, a fitness club's, a clinic's, a bicycle rental's) whose sections between
 * rules are its standing listings (a catalogue, prices, a class schedule: list items with a price or opening with a time) and its
 * news column («## Новости лавки», "## Club news", «### Новости проката») holding one item: its heading right under the column's
 * heading (a heading of a lower level, or a bold line, maybe opened by its day: «**12.08.2034 · Маршрут закрыт**»), maybe an
 * emphasized stamp line under it, and its text down to the rule closing it (a rule with more of its text under it does not). The item's heading is the title, its stamp the date, the
 * site's name (a level-1 heading or a bold name opening the page, its pictographs and tagline cut) the outlet. The head, the
 * listings, the column's heading and everything after the item's closing rule (advice columns, the footer) go; a notice quoted
 * in the head stays unless it is an offer (it names a price), a promotion or the shop's standing hours. More column names, dated headings, bold names with
 * their town and stamps without their year: see `shop-column-heading.ts`. A name in a level-2 heading, feed columns, headings
 * opened by a day and a dash, stamps opened by a posting label, further dated items and the head's counters: see
 * `shop-column-variants.ts`. News columns dated after a dot and headings opened by a day and a colon: see `news-column-days.ts`.
 */
import { isHeadHoursNote } from "./head-hours-note.ts";
import { isOwnBlogColumn } from "./own-blog-column.ts";
import { firstFilled } from "./prose-section.ts";
import { copyrightYear } from "./footer-copyright.ts";
import { boldNameWithTown, dotStamp, isBlogColumn, isHeadPromotion, stampWithYear, withoutOpeningDay } from "./shop-column-heading.ts";
import { colonDayHeadingStamp, datedNewsColumnStamp } from "./news-column-days.ts";
import { dashDayHeading, isFeedColumn, isFurtherDatedItem, isHeadCounter, postingStamp, secondLevelSiteName } from "./shop-column-variants.ts";

/** A Markdown heading; group 1 is its marks, group 2 its text. */
const HEADING = /^(#{1,4})\s+(.+?)\s*#*$/u;
/** A bold name opening the page, maybe after pictographs; group 1 is the name. */
const BOLD_SITE_NAME = /^(?:[\p{Extended_Pictographic}\u2600-\u27BF]\uFE0F?\s*)*\*\*([^*]{2,80})\*\*$/u;
/** A news column's heading (pictographs cut). */
const NEWS_COLUMN = /^(?:(?:our|latest|club|shop)\s+)?(?:news|blog|новости|блог)(?:\s+\p{L}+){0,2}$/iu;
/** An item's heading in bold alone on its line; group 1 is its text. */
const BOLD_HEADING = /^\*\*([^*]{10,200})\*\*$/u;
/** An emphasized stamp line; group 1 is its text. */
const EMPHASIS_STAMP = /^[*_]{1,2}([^*_]{4,100})[*_]{1,2}$/u;
/** Pictographs opening a name or heading ("🌷 Цветочная лавка …", "⚠️ Вход …"). */
const LEADING_PICTOGRAPHS = /^(?:[\p{Extended_Pictographic}\u2600-\u27BF][\uFE0F\u200D]*\s*)+/u;
/** A tagline or town after the site's name ("— семейная клиника в …", "· Светлозатонск"). */
const NAME_TAGLINE = /\s+[—–|·]\s.*$/u;
/** A listing's item: a list line naming a price or opening with a time. */
const LIST_ITEM = /^[-*•]\s/u;
const PRICE = /\d\s*(?:₽|руб|р\.)|[£$€]\s?\d/u;
const ITEM_TIME = /^[-*•]\s+\d{1,2}[:.]\d{2}\s*[—–-]/u;
/** How many listing items the sections above the column must hold. */
const MIN_LISTING_ITEMS = 3;
/** The shortest paragraph (characters) that shows the item's text has begun (in its first or second paragraph). */
const MIN_TEXT_CHARS = 150;

/** What the reader gives: the item's lines (a quoted notice first), its heading, its stamp's day as written and the site's name. */
export interface ShopNewsColumn {
  lines: string[];
  title: string;
  /** The item's day as written, or null. */
  stamp: string | null;
  site: string;
}

/** The site's name in the page's first line (a level-1 heading or a bold name), its pictographs, tagline and bare quotes cut; or null. */
function siteName(first: string): string | null {
  const heading = HEADING.exec(first);
  // (Or a bold name with its town after it: see `boldNameWithTown`.)
  const name = heading ? (heading[1] === "#" ? heading[2] : undefined) : (BOLD_SITE_NAME.exec(first)?.[1] ?? boldNameWithTown(first) ?? undefined);
  if (name === undefined) return null;
  const site = name.replace(LEADING_PICTOGRAPHS, "").replace(NAME_TAGLINE, "").trim();
  // (A name only in quotes loses them: "# «МастерОк» — ремонт техники" → «МастерОк».)
  const bare = /^«[^«»]+»$/u.test(site) ? site.slice(1, -1) : site;
  return bare.length >= 2 ? bare : null;
}

/** The part of a stamp that reads as a day, each part set apart by "·" or "|" in turn; or null. */
function stampDay(text: string, stampDate: (text: string) => string | null): string | null {
  for (const part of text.split(/\s+[·|]\s+/u)) if (stampDate(part.trim()) !== null) return part.trim();
  return null;
}

/** Whether lines `from`..`to` (exclusive) hold a listing: enough list items with a price or opening with a time. */
function hasListing(lines: readonly string[], from: number, to: number): boolean {
  let items = 0;
  for (let i = from; i < to; i++) {
    const line = (lines[i] ?? "").trim();
    if (LIST_ITEM.test(line) && (PRICE.test(line) || ITEM_TIME.test(line)) && ++items >= MIN_LISTING_ITEMS) return true;
  }
  return false;
}

/** A paragraph of the item's text: long, closed by a sentence's end, no copyright in it. */
const TEXT_PARAGRAPH = /^[^©]{150,}[.!?…»"”]$/u;

/**
 * Whether the lines from `from` (right under a rule) go on with the item's text: no heading opens them and a paragraph of text
 * stands among them before the next rule (a rule inside the item, not the one closing it).
 */
function continuesText(lines: readonly string[], from: number, isRule: (line: string) => boolean): boolean {
  const at = firstFilled(lines, from, lines.length);
  if (at < 0 || (lines[at] ?? "").trim().startsWith("#")) return false;
  for (let j = at; j < lines.length; j++) {
    const line = (lines[j] ?? "").trim();
    if (isRule(line) || line.startsWith("#")) return false;
    if (TEXT_PARAGRAPH.test(line)) return true;
  }
  return false;
}

/**
 * Reads a business's site page whose news column holds one item (see the module's note); null when the page is not one. `isRule`
 * tells a rule, `stampDate` reads a day.
 */
export function readShopNewsColumn(lines: readonly string[], isRule: (line: string) => boolean, stampDate: (text: string) => string | null): ShopNewsColumn | null {
  const top = firstFilled(lines, 0, lines.length);
  const first = (lines[top] ?? "").trim();
  // (Cheap test first: the page opens with a heading mark or a bold name.)
  if (top < 0 || (!first.startsWith("#") && !first.includes("**"))) return null;
  // (Or the site's name in a level-2 heading its copyright repeats: see `secondLevelSiteName`.)
  const site = siteName(first) ?? secondLevelSiteName(lines, first);
  if (site === null) return null;
  for (let i = top + 1; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (!line.startsWith("##")) continue;
    const column = HEADING.exec(line);
    const level = column?.[1]?.length ?? 0;
    const columnName = (column?.[2] ?? "").replace(LEADING_PICTOGRAPHS, "");
    // (A column named as the shop's blog or notes counts too, maybe dated after a dot: see `isBlogColumn`; or with a possessive: see `isOwnBlogColumn`.)
    // (Or a news column dated after a dot: see `datedNewsColumnStamp`.)
    const datedColumn = datedNewsColumnStamp(columnName, (name) => NEWS_COLUMN.test(name), stampDate);
    if (level < 2 || level > 3 || !(NEWS_COLUMN.test(columnName) || isBlogColumn(columnName) || isFeedColumn(columnName) || isOwnBlogColumn(columnName) || datedColumn !== null)) continue;
    const itemAt = firstFilled(lines, i + 1, lines.length);
    const itemLine = (lines[itemAt] ?? "").trim();
    const itemHeading = HEADING.exec(itemLine);
    let title: string | undefined;
    let stamp: string | null = null;
    if (itemHeading && (itemHeading[1]?.length ?? 0) > level) {
      // (A heading opened by its day, or under a column's heading dated after a dot, is dated by it: see `dotStamp`.)
      // (Or opened by its day and a dash, maybe without its year: see `dashDayHeading`.)
      const dashed = dashDayHeading(itemHeading[2] ?? "", lines, stampDate);
      title = dashed?.title ?? withoutOpeningDay(itemHeading[2] ?? "", stampDate);
      // (Or opened by its day and a colon, or under a news column dated after a dot: see `news-column-days.ts`.)
      stamp =
        dashed?.stamp ??
        dotStamp(itemHeading[2] ?? "", stampDate, true) ??
        (isBlogColumn(columnName) ? dotStamp(columnName, stampDate, false) : null) ??
        datedColumn ??
        colonDayHeadingStamp(itemHeading[2] ?? "", lines, stampDate);
    }    else {
      const bold = BOLD_HEADING.exec(itemLine)?.[1];
      const parts = bold?.split(/\s+·\s+/u) ?? [];
      stamp = parts.length > 1 ? stampDay(parts[0] ?? "", stampDate) : null;
      title = stamp === null ? bold : parts.slice(1).join(" · ");
    }
    if (title === undefined || !hasListing(lines, top + 1, i)) return null;
    let from = firstFilled(lines, itemAt + 1, lines.length);
    const emphasized = EMPHASIS_STAMP.exec((lines[from] ?? "").trim())?.[1];
    // (A stamp without its year takes the copyright's: see `stampWithYear`.)
    const underStamp = stamp === null && emphasized !== undefined ? (stampDay(emphasized, stampDate) ?? stampWithYear(emphasized, copyrightYear(lines), stampDate)) : null;
    // (A stamp opened by its posting label goes too, dated or not: see `postingStamp`.)
    const posted = underStamp === null && emphasized !== undefined ? postingStamp(emphasized, lines, stampDate) : null;
    if (underStamp !== null || posted !== null) {
      stamp = underStamp ?? stamp ?? posted?.day ?? null;
      from = firstFilled(lines, from + 1, lines.length);
    }
    const second = firstFilled(lines, from + 1, lines.length);
    if ((lines[from] ?? "").trim().length < MIN_TEXT_CHARS && (lines[second] ?? "").trim().length < MIN_TEXT_CHARS) return null;
    const out: string[] = [];
    for (let j = top + 1; j < i; j++) {
      const head = (lines[j] ?? "").trim();
      // (Nor is the shop's standing opening hours, nor a line of the head's counters: see `isHeadHoursNote`, `isHeadCounter`.)
      if (head.startsWith(">") && !PRICE.test(head) && !isHeadPromotion(head) && !isHeadHoursNote(head) && !isHeadCounter(head)) out.push(head, "");
    }
    // (A further item of the column under it ends it: see `isFurtherDatedItem`.)
    const itemLevel = itemHeading?.[1]?.length ?? level + 1;
    for (let j = from; j < lines.length && !(isRule((lines[j] ?? "").trim()) && !continuesText(lines, j + 1, isRule)) && !isFurtherDatedItem((lines[j] ?? "").trim(), itemLevel); j++) out.push(lines[j] ?? "");
    return { lines: out, title: title.replace(LEADING_PICTOGRAPHS, "").trim(), stamp, site };
  }
  return null;
}
