/**
 * A club's or small business's own site in Markdown whose news column comes first, under the site's head («## Новости клуба",
 * "## Club news"), its one item under a heading of a lower level, and whose standing listings come after it, each section between
 * rules (a training timetable, a price list: list items naming a time or a price). The item's heading is the title, its text down
 * to the rule closing it the story. A later section told in sentences (an announcement to members) stays without its heading; the
 * head, the listings and the footer under the last rule go.
 */
import { firstFilled, proseOf, toldInSentences } from "./prose-section.ts";
import { footerCopyrightLine } from "./footer-copyright.ts";

/** What the reader gives: the page's lines without its furniture, the item's heading and the site's name its footer repeats (or null). */
export interface NewsFirstSite {
  lines: string[];
  title: string;
  site: string | null;
}

/** A Markdown heading; group 1 is its marks, group 2 its text. */
const HEADING = /^(#{1,4})\s+(.+?)\s*#*$/u;
/** A news column's heading, maybe of the club, the shop, the studio. */
const NEWS_COLUMN = /^(?:(?:our|latest|club|shop|studio|school)\s+)?(?:news|blog|новости|блог)(?:\s+\p{L}+){0,2}$/iu;
/** A list item or a Markdown heading: no line of a section told in sentences. */
const LIST_OR_HEADING = /^(?:[-*•]|#{1,6})\s/u;
/** A listing's item: a list line naming a time or a price. */
const LISTING_ITEM = /^[-*•]\s.*(?:\d{1,2}[:.]\d{2}|\d\s*(?:₽|руб)|[£$€]\s?\d)/u;
/** Least items of a listing. */
const MIN_LISTING_ITEMS = 3;
/** Least prose (characters in lines of 120 or more, see `proseOf`) of the item. */
const MIN_ITEM_PROSE = 600;

/** A town or a tagline after the site's name in its heading. */
const NAME_TAGLINE = /\s+[—–|·]\s.*$/u;

/** The site's name in the heading `top` when a copyright line among the last lines repeats it, or null. */
function copyrightedSiteName(lines: readonly string[], top: number): string | null {
  const name = (HEADING.exec(lines[top] ?? "")?.[2] ?? "").replace(NAME_TAGLINE, "").trim();
  if (name.length < 3) return null;
  return footerCopyrightLine(lines, (line) => line.includes(name), top) === null ? null : name;
}

/** Listing items in lines `from`..`to` (exclusive). */
function listingItems(lines: readonly string[], from: number, to: number): number {
  let items = 0;
  for (let i = from; i < to; i++) if (LISTING_ITEM.test((lines[i] ?? "").trim())) items++;
  return items;
}

/**
 * Reads a site whose news column comes before its listings (see the module's note); null unless the page opens with a level-1
 * heading, its first section's heading names the news, an item's heading and text stand under it and a listing follows. `isRule`
 * tells a rule.
 */
export function readNewsFirstSite(lines: readonly string[], isRule: (line: string) => boolean): NewsFirstSite | null {
  const top = firstFilled(lines, 0, lines.length);
  // (Cheap test first: the page opens with a level-1 heading.)
  if (top < 0 || !(lines[top] ?? "").startsWith("# ")) return null;
  const column = lines.findIndex((line, i) => i > top && line.startsWith("## "));
  if (column < 0 || !NEWS_COLUMN.test(HEADING.exec(lines[column] ?? "")?.[2] ?? "")) return null;
  const itemAt = firstFilled(lines, column + 1, lines.length);
  const item = HEADING.exec(lines[itemAt] ?? "");
  if (!item || (item[1]?.length ?? 0) <= 2) return null;
  const rules: number[] = [];
  for (let i = itemAt + 1; i < lines.length; i++) if (isRule((lines[i] ?? "").trim())) rules.push(i);
  const close = rules[0] ?? -1;
  if (close < 0 || proseOf(lines, itemAt + 1, close) < MIN_ITEM_PROSE) return null;
  const out = lines.slice(itemAt + 1, close);
  let listing = false;
  for (let k = 0; k + 1 < rules.length; k++) {
    const from = firstFilled(lines, (rules[k] ?? 0) + 1, rules[k + 1] ?? 0);
    if (from < 0) continue;
    const body = HEADING.test(lines[from] ?? "") ? from + 1 : from;
    if (listingItems(lines, body, rules[k + 1] ?? 0) >= MIN_LISTING_ITEMS) listing = true;
    else if (toldInSentences(lines, body, rules[k + 1] ?? 0, (line) => LIST_OR_HEADING.test(line.trim()))) out.push("", ...lines.slice(body, rules[k + 1] ?? 0));
  }
  return listing ? { lines: out, title: item[2] ?? "", site: copyrightedSiteName(lines, top) } : null;
}
