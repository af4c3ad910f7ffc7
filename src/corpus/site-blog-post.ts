/**
 * A small business's own site in Markdown (a clinic, a roofer, a garage): the site's name opens the page (a level-1 heading or a
 * bold name at the start of the first line), its contacts and menu follow, then sections under level-2 headings between rules
 * (services and prices, …), one of which is the business's blog or articles column («## Блог компании», "## From our blog")
 * holding one post under a level-3 heading right below the column's heading. The post's heading is the title and the site's name
 * the outlet; an emphasized stamp line under the heading dates the post and goes. The head, the sections before the column and
 * the column's heading go; the post runs down to the next level-2 or level-3 heading, and from there the site's later sections
 * (offers of the month, how to find us, the footer) go to the page's end. A notice quoted in the head (`> ⚠ …`) stays: it is the
 * business's word on the event. The page must carry a price list before the column (list items with a price after a dash). The post's counter line ("Views: 2,417 · Category: …") goes.
 */

import { LEADING_PICTOGRAPHS } from "./pictographs.ts";

/** A section's heading, level 2; group 1 is its text. */
const SECTION_HEADING = /^##\s+(\S.{1,60})$/u;
/** A post's heading, level 3; group 1 is its text. */
const POST_HEADING = /^###\s+(\S.{5,200})$/u;
/** A heading of level 2 or 3 (a later section of the site). */
const SITE_HEADING = /^#{2,3}\s/u;
/** The site's name: a level-1 heading, or the bold name opening the first line; group 1 or 2. */
const SITE_NAME = /^(?:#\s+(.{2,80})|\*\*([^*]{2,60})\*\*(?:\s*[—–·|-]\s.*)?)$/u;
/** A tagline after the site's name in its heading ("# «МастерОк» — ремонт техники"). */
const NAME_TAGLINE = /\s+[—–|]\s.*$/u;
/** A stamp in emphasis, alone on its line; group 1 is its text. */
const EMPHASIS_STAMP = /^[*_]([^*_]{6,120})[*_]$/u;
/** Words before a stamp's day ("Запись от", "Posted on"). */
const STAMP_WORDS = /^[^\d]*?(?=\d)/u;
/** A post's counter line: views first, maybe its category and tags after. */
const COUNTER_LINE = /^(?:просмотров|просмотры|views)\s*:\s*\d[\d\s\u00A0,.]*(?:·.*)?$/iu;
/** A price list's item: a list line whose name is followed by a dash and a price ("- Первичный приём — 900", "- Gutter repair – from £85"). */
const PRICE_ITEM = /^[-*•]\s+\S.*\s[—–-]\s+(?:от\s+|from\s+)?[£$€]?\d[\d\s\u00A0]*(?:[.,]\d+)?(?:\s*(?:₽|руб\.?|р\.|£|\$|€)|$)/u;
/** How many price items the sections before the blog's column must hold: the page is a business's site with its price list. */
const MIN_PRICE_ITEMS = 3;
/** The shortest paragraph (characters) that shows the post's text has begun under its heading. */
const MIN_TEXT_CHARS = 200;
/** How many lines under the post's heading its text must begin within. */
const MAX_LINES_TO_TEXT = 4;

/** What the reader gives: the page's lines without the site's furniture, the post's heading, its stamp and the site's name. */
export interface SiteBlogPost {
  lines: string[];
  title: string;
  /** The stamp's text under the heading, or null. */
  stamp: string | null;
  site: string;
}

/**
 * Reads a business's site page carrying one blog post (see the module's note); null when the page is not one. `stampDate` reads a
 * day.
 */
export function readSiteBlogPost(lines: readonly string[], stampDate: (text: string) => string | null): SiteBlogPost | null {
  const top = lines.findIndex((line) => line.trim() !== "");
  const first = (lines[top] ?? "").trim();
  // (Cheap test first: the page opens with a heading mark or a bold name.)
  if (top < 0 || (first.charCodeAt(0) !== 35 && !first.startsWith("**"))) return null;
  const siteMatch = SITE_NAME.exec(first);
  const siteText = siteMatch?.[1] ?? siteMatch?.[2];
  if (siteText === undefined || siteText.startsWith("#")) return null;
  let site = siteText.replace(LEADING_PICTOGRAPHS, "").replace(NAME_TAGLINE, "").trim();
  if (/^«[^«»]+»$/u.test(site)) site = site.slice(1, -1);
  for (let i = top + 1; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (line.charCodeAt(0) !== 35 || !SECTION_HEADING.test(line)) continue;
    let postAt = i + 1;
    while (postAt < lines.length && (lines[postAt] ?? "").trim() === "") postAt++;
    const heading = POST_HEADING.exec((lines[postAt] ?? "").trim())?.[1];
    if (heading === undefined) continue;
    let from = postAt + 1;
    while (from < lines.length && (lines[from] ?? "").trim() === "") from++;
    const stamp = EMPHASIS_STAMP.exec((lines[from] ?? "").trim())?.[1] ?? null;
    const stampDay = stamp === null ? null : readStampDay(stamp, stampDate);
    if (stampDay !== null) from++;
    if (!textBegins(lines, from) || !hasPriceList(lines, top + 1, i)) continue;
    const out: string[] = [];
    for (let j = top + 1; j < i; j++) {
      const line = lines[j] ?? "";
      if (line.trim().startsWith(">")) out.push(line, "");
    }
    for (let j = from; j < lines.length; j++) {
      const line = lines[j] ?? "";
      const trimmed = line.trim();
      if (trimmed.charCodeAt(0) === 35 && SITE_HEADING.test(trimmed)) break;
      if (COUNTER_LINE.test(trimmed)) continue;
      out.push(line);
    }
    return { lines: out, title: heading.replace(LEADING_PICTOGRAPHS, "").trim(), stamp: stampDay, site };
  }
  return null;
}

/** The part of a stamp that reads as a day (each "·" part in turn, the words before its digits left out), or null. */
function readStampDay(stamp: string, stampDate: (text: string) => string | null): string | null {
  for (const part of stamp.split(/\s+[·|•]\s+/u)) {
    const day = part.trim().replace(STAMP_WORDS, "");
    if (day !== "" && stampDate(day) !== null) return day;
  }
  return null;
}

/** Whether a paragraph of text begins within a few lines from `from`. */
function textBegins(lines: readonly string[], from: number): boolean {
  for (let j = from; j < lines.length && j < from + MAX_LINES_TO_TEXT; j++) {
    if ((lines[j] ?? "").trim().length >= MIN_TEXT_CHARS) return true;
  }
  return false;
}

/** Whether lines `from` to `to` (excluded) hold a price list (enough list items with a price after a dash). */
function hasPriceList(lines: readonly string[], from: number, to: number): boolean {
  let items = 0;
  for (let j = from; j < to; j++) {
    const line = (lines[j] ?? "").trim();
    if (line.length < 200 && PRICE_ITEM.test(line) && ++items >= MIN_PRICE_ITEMS) return true;
  }
  return false;
}
