/**
 * A tradesman's or small firm's plain-text page (a plumber's, a builder's, a locksmith's) whose blog section is boxed between two
 * dashed rules holding the blog's label in capitals with the post's crumb after an arrow ("THE QUARRELL BLOG  ›  Around Town",
 * «БЛОГ МАСТЕРСКОЙ › Новости района») over the post's day and author ("Tuesday 10 June 2031 · by Dave Quarrell", «10 июня 2031 ·
 * автор: Иван»), below the site's head, menu and boxed price lists. The post's headline is the first line under the box, alone
 * over its prose, and the post runs down to the next dashed rule. The headline is the title (the crumb is no headline), the box's
 * day the date, the site's name in capitals opening the page the outlet; the head, the price boxes and the blog's box go, and so
 * do the rows under the post's closing rule (a reviews' bar, the footer) when none of them is prose.
 */
import { firstFilled, PROSE_LINE_CHARS, proseOf, RULE_DASHES } from "./prose-section.ts";

/** The blog's label in capitals (a news column's, a journal's) with a crumb after an arrow; group 1 is the crumb. */
const CRUMBED_LABEL = /^(?=[^\p{Ll}]*(?:\b(?:BLOG|NEWS|JOURNAL|DIARY)\b|БЛОГ|НОВОСТИ|ЖУРНАЛ))[^\p{Ll}›»]{3,60}?\s+[›»]\s+(\S.{0,59})$/u;
/** Longest headline (characters). */
const MAX_HEADLINE_CHARS = 150;
/** Least prose the post holds (characters in long lines), and its least share of the page's. */
const MIN_POST_PROSE = 1000;
const MIN_POST_SHARE = 0.6;

/** What the reader gives: the post's lines, its headline, its day as written and the site's name in capitals (or null). */
export interface CrumbedBlogBox {
  lines: string[];
  title: string;
  stamp: string;
  site: string | null;
}

/** Whether a trimmed line is a dashed rule. */
function isDashedRule(line: string, isRule: (line: string) => boolean): boolean {
  return line.startsWith(RULE_DASHES) && isRule(line);
}

/** Whether a trimmed line reads as a headline: short, with lower-case letters, closed by no sentence's end. */
function isHeadlineLike(line: string): boolean {
  return line.length > 0 && line.length <= MAX_HEADLINE_CHARS && /\p{Ll}/u.test(line) && !/[.,;:!…]$/u.test(line);
}

/**
 * Reads a page whose blog post sits under a crumbed box (see the module's note); null when the page is not one. `isRule` tells a
 * rule, `stampDate` reads a day.
 */
export function readCrumbedBlogBox(lines: readonly string[], isRule: (line: string) => boolean, stampDate: (text: string) => string | null): CrumbedBlogBox | null {
  for (let open = 0; open + 3 < lines.length; open++) {
    // (Cheap test first: a dashed rule's line, then an arrow in the line under it.)
    if (!(lines[open] ?? "").startsWith(RULE_DASHES)) continue;
    const under = lines[open + 1] ?? "";
    if (!(under.includes("›") || under.includes("»")) || !isDashedRule((lines[open] ?? "").trim(), isRule) || !CRUMBED_LABEL.test(under.trim())) continue;
    if (!isDashedRule((lines[open + 3] ?? "").trim(), isRule)) return null;
    const stamp = (lines[open + 2] ?? "")
      .trim()
      .split(/\s+[·|]\s+/u)
      .map((part) => part.trim())
      .find((part) => stampDate(part) !== null);
    if (stamp === undefined) return null;
    const headline = firstFilled(lines, open + 4, lines.length);
    const title = (lines[headline] ?? "").trim();
    const first = firstFilled(lines, headline + 1, lines.length);
    if (headline < 0 || !isHeadlineLike(title) || (lines[first] ?? "").trim().length < PROSE_LINE_CHARS) return null;
    let end = lines.length;
    for (let i = first; i < lines.length && end === lines.length; i++) if (isDashedRule((lines[i] ?? "").trim(), isRule)) end = i;
    const post = proseOf(lines, first, end);
    if (post < MIN_POST_PROSE || post < MIN_POST_SHARE * proseOf(lines, 0, lines.length)) return null;
    const footer = proseOf(lines, end, lines.length) === 0;
    const top = (lines[firstFilled(lines, 0, open)] ?? "").trim();
    const site = top.split(/\s+/u).length >= 2 && /\p{Lu}{3}/u.test(top) && !/\p{Ll}/u.test(top) ? top : null;
    return { lines: lines.map((line, i) => (i <= headline || (footer && i >= end) ? "" : line)), title, stamp, site };
  }
  return null;
}
