/**
 * An organisation's page cut by rules into blocks, one of which carries its news item (a zoo's, a cinema chain's, a society's, a
 * charity's, a national park's, a grid company's, a leisure centre's, a developer's, a club's, a community's, a tourist centre's
 * page): the site's head (its name, its menu, its status line), the page's widgets (an adoption box, a showtimes table, a season
 * calendar, a donations counter with the bank details, an outages table, a mushroom forecast, a repeater table, routes' status),
 * the item's block, more widgets (feeding times, a class timetable and prices, a photo report, more news) and the footer, each
 * between rules. The item's block holds most of the page's text; its head is a news label ("News", "CLUB NEWS", "NEWS > Zoo news
 * > Statements", «Новости», «Новости стройки», «Пресс-релиз») over the headline (or over its day and the headline on one line:
 * «16.05.2035 · Заявление компании …»), or the headline over its stamp line naming the news section («*Новости общества · 4
 * ноября 2033*»), or the item is headed by a short banner block between rules of its own ("INCIDENT STATEMENT" over its headline
 * and its issue line, "STATEMENT ON …" over "Issued by …", or the headline alone). The headline is the title, the stamp dates it;
 * every other block is the page's furniture.
 */

import { filledLines } from "./filled-lines.ts";

/** Least share of the page's text in the item's block. */
const MIN_ITEM_SHARE = 0.6;
/** Least text of the item's block (characters). */
const MIN_ITEM_CHARS = 1500;
/** How many filled lines from the top of the item's block a news label may stand at. */
const MAX_LINES_TO_LABEL = 12;
/** Longest news label (characters). */
const MAX_LABEL_CHARS = 60;
/** Longest headline (characters). */
const MAX_HEADLINE_CHARS = 200;
/** Longest stamp line (characters). */
const MAX_STAMP_CHARS = 100;
/** Most words of a posting line's word and its issuer before its date. */
const MAX_ISSUER_WORDS = 8;
/** Most filled lines of a banner block above the item. */
const MAX_BANNER_LINES = 4;
/** Longest masthead (characters). */
const MAX_MASTHEAD_CHARS = 80;
/** Characters a rule line can open with (a cheap test before `isRule`). */
const RULE_STARTS = new Set(["-", "=", "*", "_", "~", "─", "━", "═", "—", "."]);

/**
 * A news label over a page's item: "News", "CLUB NEWS", "Zoo news", «Новости», «Новости суда», «Новости стройки», «Пресс-релиз»,
 * "Press release", or a breadcrumb through the news section ("NEWS  >  Zoo news  >  Statements").
 */
const NEWS_LABEL = /^(?:(?:\p{L}+\s+)?news|новости(?:\s+\p{L}+){0,2}|пресс-релиз|press release)$|^news\s*[>›»/]\s*[^>›»/]{1,40}(?:\s*[>›»/]\s*[^>›»/]{1,40}){0,3}$/iu;

/** The news section's word in a stamp line («Новости фонда · 5 февраля 2032», "Zoo news · 19 July 2030"). */
const NEWS_WORD = /(?<!\p{L})(?:news|новости)(?!\p{L})/iu;

/** A posting line's opening word ("Posted Saturday, …", «Опубликовано 09.03.2025»). */
const POSTED = /^(?:posted|published|updated|issued|опубликован\p{L}*|обновлен\p{L}*)(?!\p{L})/iu;

/** A line's words without Markdown's heading and emphasis marks and without emoji. */
function plain(line: string): string {
  return line
    .trim()
    .replace(/^#{1,6}\s+/u, "")
    .replace(/\*\*|__/gu, "")
    .replace(/^[*_](.*)[*_]$/u, "$1")
    .replace(/[\p{Extended_Pictographic}\uFE0F]/gu, "")
    .replace(/\s{2,}/gu, " ")
    .trim();
}

/** Whether `line` has a headline's shape: short, not a sentence's end, not a posting line. */
function isHeadline(line: string): boolean {
  return !POSTED.test(line) && line.length >= 12 && line.length <= MAX_HEADLINE_CHARS && !/[.;,:]$/u.test(line);
}

/**
 * The date text of a stamp line: the line itself, a part of it between dots or bars («Новости общества · 4 ноября 2033»), or the
 * end of a posting line after its word and its issuer ("Published Friday 19 July 2030, 11:30", "Issued by the Trust, Monday 13
 * April 2037, 17:30").
 */
function stampOf(line: string, isStamp: (text: string) => boolean): string | null {
  if (line.length > MAX_STAMP_CHARS) return null;
  if (isStamp(line)) return line;
  const parts = line.split(/\s*[·|]\s*/u);
  for (const part of parts) if (part !== "" && isStamp(part)) return part;
  if (!POSTED.test(line)) return null;
  const words = line.split(" ");
  for (let k = 1; k < words.length && k <= MAX_ISSUER_WORDS; k++) {
    const rest = words.slice(k).join(" ").replace(/^[,:]\s*/u, "");
    if (/^\p{L}*\d|^\p{Lu}\p{Ll}+,?\s+\d/u.test(rest) && isStamp(rest)) return rest;
    const comma = rest.indexOf(", ");
    if (comma > 0 && /\d/u.test(rest.slice(comma)) && isStamp(rest.slice(comma + 2))) return rest.slice(comma + 2);
  }
  return null;
}

/**
 * The site's name in a page's opening line, when the line is the name alone in bold or in capitals ("**Туристский информационный
 * центр …**", "KELBECK & ASKERDALE AMATEUR RADIO SOCIETY"), or the name in bold before its place or tagline after a "·" or a "—"
 * ("**АО «Приозёрные электрические сети»** — филиал …"); `null` for any other line.
 */
export function mastheadName(line: string): string | null {
  const text = line.trim();
  const bold = /^\*\*([^*]{3,80})\*\*(?:\s+[·—]\s.*)?$/u.exec(text);
  const name = bold ? plain(bold[1] ?? "") : /^[^\p{Ll}]{4,}$/u.test(text) && /\p{Lu}{3}/u.test(text) ? plain(text) : null;
  return name !== null && name.length <= MAX_MASTHEAD_CHARS && !/\d/u.test(name) ? name : null;
}

/** The item's head found at the top of its block: how many filled lines it takes, its headline and its stamp. */
interface ItemHead {
  taken: number;
  title: string;
  stamp: string | null;
}

/** The head of the item's block (a news label over the headline, or the headline over its stamp line), or `null`. */
function blockHead(top: readonly string[], isStamp: (text: string) => boolean, labels: boolean): ItemHead | null {
  const labelled = labels && NEWS_LABEL.test(top[0] ?? "");
  let k = labelled ? 1 : 0;
  let stamp: string | null = null;
  let headline = top[k] ?? "";
  // (A headline after its day: "16.05.2035 · Заявление компании о происшествии".)
  const dayFirst = /^(.{6,30}?)\s+·\s+(.+)$/u.exec(headline);
  if (dayFirst && isStamp(dayFirst[1] ?? "") && isHeadline(dayFirst[2] ?? "")) {
    stamp = dayFirst[1] ?? null;
    headline = dayFirst[2] ?? "";
  } else if (labelled) {
    // (Or a stamp line between the label and the headline: «### Пресс-релиз» over «**11.12.2032 · 16:45**».)
    stamp = stampOf(headline, isStamp);
    if (stamp !== null) headline = top[++k] ?? "";
  }
  if (!isHeadline(headline) || stampOf(headline, isStamp) !== null) return null;
  k++;
  if (stamp === null) {
    const stampLine = top[k] ?? "";
    stamp = stampOf(stampLine, isStamp);
    // (Without a label, the stamp line names the news section: «Новости общества · 4 ноября 2033»; or, as a last resort, it is a
    // posting line: "Issued by Castleway Leisure Trust, Monday 13 April 2037, 17:30".)
    if (!labelled && (stamp === null || !(NEWS_WORD.test(stampLine) || (labels && POSTED.test(stampLine))))) return null;
    if (stamp !== null) k++;
  }
  return { taken: k, title: headline, stamp };
}

/** A banner's label in capitals of one to three words ("INCIDENT STATEMENT", "NOTICE") or a reference alone ("PSN-31-07"). */
const BANNER_LABEL = /^(?:[^\p{Ll}\s]+(?:\s+[^\p{Ll}\s]+){0,2}|\S+)$/u;
/** A field line of a banner ("Category: URGENT - owner action required", «Категория: …»). */
const FIELD_LINE = /^\p{L}[\p{L} ]{0,24}:\s/u;

/**
 * The head of a short banner block right above the item's block: its headline (the longest line that is no stamp, no label, no
 * field; or its only line) and its stamp; a posting line's day without its year takes the year of another line of the banner
 * ("Issued by the Chief Executive's office, Sunday 10 August, 18:30" under "… Saturday 9 August 2031"). `null` unless the
 * banner has a stamp or is a headline alone.
 */
function bannerHead(banner: readonly string[], isStamp: (text: string) => boolean): ItemHead | null {
  if (banner.length === 0 || banner.length > MAX_BANNER_LINES || banner.some((line) => line.length > MAX_HEADLINE_CHARS)) return null;
  const year = /\b(?:19|20)\d{2}\b/u.exec(banner.join(" "))?.[0];
  const stamps = banner.map((line) => stampOf(line, isStamp) ?? (year !== undefined && POSTED.test(line) ? stampOf(line.replace(/(\d{1,2}\s+\p{L}{3,})(?=,|$)/u, `$1 ${year}`), isStamp) : null));
  const stamp = stamps.find((found) => found !== null) ?? null;
  const named = banner.filter((line, k) => stamps[k] === null && !POSTED.test(line) && !FIELD_LINE.test(line) && (banner.length === 1 || !BANNER_LABEL.test(line)) && isHeadline(line));
  if (named.length === 0 || (stamp === null && banner.length > 1)) return null;
  const title = named.reduce((longest, line) => (line.length > longest.length ? line : longest));
  return { taken: 0, title, stamp };
}

/**
 * Where a sectioned page's item is: its headline, its stamp, the indices of its head's lines (label, headline, stamp) and its
 * block's first line and the line past its last (`from`, `to`).
 */
export interface SectionedHeadline {
  title: string;
  stamp: string | null;
  head: number[];
  from: number;
  to: number;
}

/**
 * Finds the head of the news item's block on a page cut by rules (see the module's note): the block holds `MIN_ITEM_SHARE` of the
 * page's text or more, and opens with a news label over the headline or with the headline over a stamp line naming the news
 * section, or a banner block of its own stands right above it (see `bannerHead`; only the stamp line naming the news section
 * when `labels` is false). `null` unless the page has a rule or more and such a head is found. `isRule`
 * tells a rule line, `isStamp` a date. Pure.
 */
export function findSectionedHeadline(
  lines: readonly string[],
  isRule: (line: string) => boolean,
  isStamp: (text: string) => boolean,
  labels = true,
): SectionedHeadline | null {
  // (A cheap test first: a rule line or more; the footer's rule may be gone with the footer.)
  const rules: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.length >= 3 && RULE_STARTS.has(line.charAt(0)) && isRule(line.trim())) rules.push(i);
  }
  if (rules.length === 0) return null;
  const bounds = [-1, ...rules, lines.length];
  let total = 0;
  let best = { from: 0, to: 0, chars: -1 };
  for (let b = 0; b + 1 < bounds.length; b++) {
    const from = (bounds[b] ?? 0) + 1;
    const to = bounds[b + 1] ?? lines.length;
    let chars = 0;
    for (let i = from; i < to; i++) chars += (lines[i] ?? "").trim().length;
    total += chars;
    if (chars > best.chars) best = { from, to, chars };
  }
  if (best.chars < MIN_ITEM_CHARS || best.chars < MIN_ITEM_SHARE * total) return null;
  // (Or a banner block of its own right above the item's block, under the site's head: "STATEMENT ON …" over "Issued by …".)
  const blockAt = bounds.indexOf(best.from - 1);
  const bannerHeadFound = (): ItemHead | null => {
    if (!labels || blockAt < 2) return null;
    const banner = filledLines(lines.slice((bounds[blockAt - 1] ?? 0) + 1, best.from - 1), MAX_BANNER_LINES + 1).map((entry) => plain(entry.text));
    return bannerHead(banner, isStamp);
  };
  let filled = filledLines(lines.slice(best.from, best.to), MAX_LINES_TO_LABEL);
  // (A news label further down the block: the site's head above it shares the item's block when no rule parts them.)
  const label = labels ? filled.findIndex((entry, k) => k > 0 && entry.text.length <= MAX_LABEL_CHARS && NEWS_LABEL.test(plain(entry.text))) : -1;
  const from = label > 0 && !blockHead(filled.slice(0, 4).map((entry) => plain(entry.text)), isStamp, labels) ? best.from + (filled[label]?.i ?? 0) : best.from;
  filled = filledLines(lines.slice(from, best.to), 4);
  const head = blockHead(filled.map((entry) => plain(entry.text)), isStamp, labels) ?? (from === best.from ? bannerHeadFound() : null);
  if (!head) return null;
  return { title: head.title, stamp: head.stamp, head: filled.slice(0, head.taken).map((entry) => from + entry.i), from, to: best.to };
}
