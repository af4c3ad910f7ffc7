/**
 * A school's, club's or shop's plain-text site whose post stands under a dashed rule drawn across the page, opened by a label line:
 * who it is from in capitals, then parts set apart by middle dots or bars, one of them its posting day ("FROM THE SCHOOL · posted
 * Tuesday 7 November 2023 · Category: Community", «ОТ ПРАВЛЕНИЯ · опубликовано 7 ноября 2023 · Рубрика: Клуб»); the post's
 * headline alone on the next filled line, its text down to the next dashed rule. The post holds most of the page's prose. The
 * headline is the title, the posting day the date, the site's name in capitals opening the page the outlet when its copyright
 * repeats it (see `copyrightSiteName`); the head, the fees or price tables, the label, everything under the closing rule (term
 * dates, the footer) go. Pure.
 */
import { copyrightSiteName } from "./copyright-site-name.ts";
import { firstFilled, PROSE_LINE_CHARS, proseOf, RULE_DASHES } from "./prose-section.ts";

/** A label in capitals of two words or more, then parts after a middle dot or a bar; group 1 is the parts. */
const POSTED_LABEL = /^\p{Lu}[^\p{Ll}·|]{2,40}?\s+[·|]\s+(\S.{5,120})$/u;
/** A posting part: its word, then its day; group 1 is the day. */
const POSTING_PART = /^(?:posted|published|опубликовано|размещено)(?:\s+on)?\s+(\S.{4,40})$/iu;
/** Longest headline (characters). */
const MAX_HEADLINE_CHARS = 150;
/** Least prose the post holds (characters in long lines), and its least share of the page's. */
const MIN_POST_PROSE = 1000;
const MIN_POST_SHARE = 0.6;

/** What the reader gives: the post's lines, its headline, its posting day as written and the site's name (or null). */
export interface PostedLabelPost {
  lines: string[];
  title: string;
  stamp: string;
  site: string | null;
}

/** Whether a line (as written) is a dashed rule. Cheap: its first characters first. */
function isDashedRule(line: string, isRule: (line: string) => boolean): boolean {
  return line.startsWith(RULE_DASHES) && isRule(line.trim());
}

/** The posting day among a label's parts, as written, when `stampDate` reads it; or null. */
function postingDay(parts: string, stampDate: (text: string) => string | null): string | null {
  for (const part of parts.split(/\s+[·|]\s+/u)) {
    const day = POSTING_PART.exec(part.trim())?.[1]?.trim();
    if (day !== undefined && stampDate(day) !== null) return day;
  }
  return null;
}

/**
 * Reads a plain-text site's post under its posted label (see the module's note); null when the page is not one. `isRule` tells a
 * rule, `stampDate` reads a day.
 */
export function readPostedLabelPost(lines: readonly string[], isRule: (line: string) => boolean, stampDate: (text: string) => string | null): PostedLabelPost | null {
  for (let open = 0; open + 1 < lines.length; open++) {
    const label = lines[open + 1] ?? "";
    // (Cheap test first: a dashed rule over a line opened by two capitals with a middle dot or a bar in it.)
    if (!(lines[open] ?? "").startsWith(RULE_DASHES) || !/^\s*\p{Lu}{2}/u.test(label) || !(label.includes("·") || label.includes("|"))) continue;
    if (!isDashedRule(lines[open] ?? "", isRule)) continue;
    const parts = POSTED_LABEL.exec(label.trim())?.[1];
    const stamp = parts === undefined ? null : postingDay(parts, stampDate);
    if (stamp === null) continue;
    const headline = firstFilled(lines, open + 2, lines.length);
    const title = (lines[headline] ?? "").trim();
    if (headline < 0 || title.length > MAX_HEADLINE_CHARS || !/\p{Ll}/u.test(title) || /[.,;:!…]$/u.test(title)) return null;
    let close = -1;
    for (let i = headline + 1; i < lines.length && close < 0; i++) if (isDashedRule(lines[i] ?? "", isRule)) close = i;
    if (close < 0) return null;
    const post = proseOf(lines, headline + 1, close);
    if (post < MIN_POST_PROSE || post < MIN_POST_SHARE * proseOf(lines, 0, lines.length)) return null;
    if (!lines.slice(headline + 1, close).some((line) => line.trim().length >= PROSE_LINE_CHARS)) return null;
    return { lines: lines.map((line, i) => (i <= headline || i >= close ? "" : line)), title, stamp, site: copyrightSiteName(lines) };
  }
  return null;
}
