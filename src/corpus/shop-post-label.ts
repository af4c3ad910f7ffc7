/**
 * A shop's or tradesman's plain-text site (a camping shop's, a caterer's, a jeweller's, a bike workshop's: its name, menu, address,
 * price lists and offers) carrying one post under a label in capitals: the blog's or the notice's name, then after an arrow, a dot,
 * a dash or a bar its crumb, its day or the blog's name ("TRAIL LOG  ›  Club news  ›  Posted by Gemma", "KITCHEN NOTES · Saturday
 * 18 October 2025", "SHOP NOTICE — Tuesday 25 November 2031", «БЛОГ МАСТЕРСКОЙ · 12 марта 2025»), under a rule (or alone in its
 * opened box when it names the day). The post's headline is the first filled line under the label (inside the label's box or under
 * it), a filing line may follow it ("Filed under: Shop news"), and the post runs down to the next rule, holding most of the
 * page's prose. The headline is the title, the label's day the date, the site's name opening the page the outlet; the head, the
 * price lists, the label, the filing line and the picture's caption go, and so do the rows under the post's closing rule when none
 * of them is prose.
 */
import { firstFilled, PROSE_LINE_CHARS, proseOf } from "./prose-section.ts";

/** A label in capitals, then its crumb, day or blog's name after an arrow, a dot, a dash or a bar; group 1 is what follows. */
const POST_LABEL = /^[\p{Lu}][\p{Lu}\d&'’ ]{2,40}?\s+[›»·—–|]\s+(\S.{1,120})$/u;
/** What tells a label a post's: a crumb's arrow, or a blog's, a news column's or a notice's name. */
const POST_LABEL_WORD = /[›»]|\b(?:blog|news|notes?|log|journal|diary|notice)\b|блог|новост|заметк|объявлени|дневник/iu;
/** A filing line under a post's headline. */
const FILING_LINE = /^(?:filed under|posted in|tags|categor(?:y|ies)|рубрик[аи]|разделы?|метки|теги)\s*:/iu;
/** A picture's caption standing alone in brackets or parentheses. */
const CAPTION_LINE = /^(?:\((?:pictured|photo|picture|image|фото|на фото)\b[^)]*\)|\[(?:pictured|photo|picture|image|фото|на фото)\b[^\]]*\])$/iu;
/** Longest headline (characters), and longest site's name. */
const MAX_HEADLINE_CHARS = 150;
const MAX_SITE_CHARS = 60;
/** Least prose the post holds (characters in long lines), and its least share of the page's. */
const MIN_POST_PROSE = 1000;
const MIN_POST_SHARE = 0.6;

/** What the reader gives: the post's lines, its headline, its label's day (or null) and the site's name opening the page (or null). */
export interface ShopPostLabel {
  lines: string[];
  title: string;
  date: string | null;
  site: string | null;
}

/** Whether a trimmed line reads as a headline: short, with lower-case letters, closed by no sentence's end. */
function isHeadlineLike(line: string): boolean {
  return line.length > 0 && line.length <= MAX_HEADLINE_CHARS && /\p{Ll}/u.test(line) && !/[.,;:!…]$/u.test(line);
}

/**
 * The name opening the page, cut before a dot or a bar that adds its town ("CRUX SHED BOULDERING  ·  REDMARSH") or a dash that adds
 * its trade ("HOLLINS & MARSH — Estate Agents · Lettings", «МАСТЕРСКАЯ «ШОВ» — ремонт одежды»), in capitals turned into a name by
 * `capitalsAsName`, when it reads as a name; or null.
 */
function siteName(opening: string, capitalsAsName: (name: string) => string): string | null {
  const line = (opening.split(/\s+[·|—–]\s+/u)[0] ?? "").trim();
  if (line.length < 3 || line.length > MAX_SITE_CHARS || /[.!?:,;\d]/u.test(line) || !/^\p{Lu}/u.test(line) || !/\s/u.test(line)) return null;
  return /\p{Ll}/u.test(line) ? line : capitalsAsName(line);
}

/**
 * Reads a shop's page whose post sits under a label in capitals (see the module's note); null when the page is not one. `isRule`
 * tells a rule, `stampDate` reads a day, `capitalsAsName` turns a name in capitals into a name.
 */
export function readShopPostLabel(
  lines: readonly string[],
  isRule: (line: string) => boolean,
  stampDate: (text: string) => string | null,
  capitalsAsName: (name: string) => string,
): ShopPostLabel | null {
  for (let at = 1; at < lines.length; at++) {
    const label = lines[at] ?? "";
    // (Cheap test first: a line opened by three capitals, then the label's shape.)
    if (!/^\p{Lu}{3}/u.test(label)) continue;
    const tail = POST_LABEL.exec(label)?.[1];
    if (tail === undefined || !POST_LABEL_WORD.test(label)) continue;
    const stamp = tail
      .split(/\s+[›»·—–|]\s+/u)
      .map((part) => stampDate(part.trim()))
      .find((date) => date !== null);
    const above = (lines[at - 1] ?? "").trim() === "" ? "" : (lines[at - 1] ?? "").trim();
    // (The page's head above the label holds no prose: its name, menu, address and price lists.)
    if ((!(above !== "" && isRule(above)) && stamp === undefined) || proseOf(lines, 0, at) > 0) continue;
    let headline = firstFilled(lines, at + 1, lines.length);
    if (headline >= 0 && isRule((lines[headline] ?? "").trim())) headline = firstFilled(lines, headline + 1, lines.length);
    const title = (lines[headline] ?? "").trim().replace(/^#+\s+/u, "");
    if (headline < 0 || !isHeadlineLike(title)) return null;
    let first = firstFilled(lines, headline + 1, lines.length);
    const filing = first >= 0 && FILING_LINE.test((lines[first] ?? "").trim()) ? first : -1;
    if (filing >= 0 || (first >= 0 && isRule((lines[first] ?? "").trim()))) first = firstFilled(lines, first + 1, lines.length);
    if (first < 0 || (lines[first] ?? "").trim().length < PROSE_LINE_CHARS) return null;
    let end = lines.length;
    for (let i = first; i < lines.length && end === lines.length; i++) if (isRule((lines[i] ?? "").trim())) end = i;
    const post = proseOf(lines, first, end);
    if (post < MIN_POST_PROSE || post < MIN_POST_SHARE * proseOf(lines, 0, lines.length)) return null;
    const footer = proseOf(lines, end, lines.length) === 0;
    return {
      lines: lines.map((line, i) => (i < first || (footer && i >= end) || (i < end && (CAPTION_LINE.test(line.trim()) || FILING_LINE.test(line.trim()))) ? "" : line)),
      title,
      date: stamp ?? null,
      site: siteName((lines[firstFilled(lines, 0, at)] ?? "").trim(), capitalsAsName),
    };
  }
  return null;
}
