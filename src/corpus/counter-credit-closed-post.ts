/**
 * A business's own site carrying one post of its blog signed at its end rather than under its headline: the headline stands over
 * the post's first paragraph, and the post closes with its credit line — the writer under a label, the day, maybe where the facts
 * come from («*Текст: Ирина Мухина, управляющая студией · 22 июля 2031 · по данным ГИМС и полиции*», "*Words: Anna Kestle, owner
 * · 24 March 2032 · Sources: Dunmoor Fire and Rescue Service*") — right over the post's share row ("Share:", «📤 Поделиться: …»).
 * The journal reader (`readJournalPostPage`) looks for the posting line under the headline, so such a page kept its head (the
 * site's name, menu, offer banner) and its credit line in the text, and its title was the site's name. Read here: the first
 * credit line (`closingCreditDay`) with a share row the next filled line under it (`isClosingShareRow`); above it, the nearest
 * Markdown heading set higher than every heading between it and the credit line, with a paragraph ending a sentence right under
 * it, is the headline; the head above it holds words, the post between holds `MIN_POST_CHARS` of text. The headline is the title,
 * the credit line's day the date; the head, the credit line and everything from the share row on (the site's listings, reviews,
 * newsletter form, footer) go. Pure.
 */

import { isClosingShareRow } from "./post-share-row.ts";
import { LEADING_PICTOGRAPHS } from "./pictographs.ts";
import { AUTHOR_PART, COUNTER_PART, DAY, FIELD_PART, postingParts } from "./posting-parts.ts";
import { isSourcesPart } from "./counter-sources-part.ts";
import { headingLevel } from "./heading-level.ts";

/** A day in words or in digits; group 1 is the day as written. */
const DAY_ALONE = new RegExp(String.raw`^${DAY}$`, "iu");
/** Longest credit line (characters). */
const MAX_LINE_CHARS = 240;
/** Longest headline (characters). */
const MAX_TITLE_CHARS = 200;
/** Fewest characters of the paragraph right under the headline. */
const MIN_PARAGRAPH_CHARS = 80;
/** Fewest characters of the post's text between its headline and its credit line. */
const MIN_POST_CHARS = 400;

/** What a post signed at its end gives: its lines (without headline and credit line), its headline, the credit line's day, the head's lines. */
export interface CreditClosedPost {
  lines: string[];
  title: string;
  stamp: string;
  head: string[];
}

/**
 * The day of a post's closing credit line, as written: the writer's part under its label first (`AUTHOR_PART`), then the day,
 * then maybe sources (a labelled field or a phrase, `isSourcesPart`) or counters; null otherwise. Pure.
 */
export function closingCreditDay(line: string): string | null {
  const parts = postingParts(line, MAX_LINE_CHARS)?.map((part) => part.replace(LEADING_PICTOGRAPHS, "").trim());
  if (parts === undefined || parts.length < 2 || !AUTHOR_PART.test(parts[0] ?? "")) return null;
  const day = DAY_ALONE.exec(parts[1] ?? "")?.[1];
  if (day === undefined) return null;
  return parts.slice(2).every((part) => FIELD_PART.test(part) || COUNTER_PART.test(part) || isSourcesPart(part)) ? day : null;
}

/** A line without its heading marks, emphasis and leading pictographs. */
function plain(line: string): string {
  return line
    .trim()
    .replace(/^#{1,6}\s+/u, "")
    .replace(/^[*_]+|[*_]+$/gu, "")
    .trim()
    .replace(LEADING_PICTOGRAPHS, "")
    .trim();
}

/** Reads a post signed at its end (see the module's note); null when the page is not one. Pure. */
export function readCreditClosedPost(lines: readonly string[]): CreditClosedPost | null {
  for (let c = 1; c < lines.length; c++) {
    const stamp = closingCreditDay(lines[c] ?? "");
    if (stamp === null) continue;
    let s = c + 1;
    while (s < lines.length && (lines[s] ?? "").trim() === "") s++;
    if (!isClosingShareRow(lines[s] ?? "")) continue;
    // (Walking up, each heading set higher than those under it with a paragraph under it is the headline so far; the first
    // higher one without a paragraph under it, the site's name over its tagline, is the head's.)
    let deepest = 7;
    let top = -1;
    for (let t = c - 1; t > 0; t--) {
      const level = headingLevel(lines[t] ?? "");
      if (level === 0 || level >= deepest) continue;
      deepest = level;
      let n = t + 1;
      while (n < c && (lines[n] ?? "").trim() === "") n++;
      const first = plain(lines[n] ?? "");
      if (headingLevel(lines[n] ?? "") > 0 || !/[.!?…]["»”)]?$/u.test(first) || first.length < MIN_PARAGRAPH_CHARS) break;
      top = t;
    }
    if (top < 0) return null;
    const headline = plain(lines[top] ?? "");
    if (headline === "" || headline.length > MAX_TITLE_CHARS || /[.;,!]$/u.test(headline) || !/\p{Ll}/u.test(headline)) return null;
    if (!lines.slice(0, top).some((line) => line.trim() !== "")) return null;
    const post = lines.slice(top + 1, c);
    if (post.reduce((sum, line) => sum + plain(line).length, 0) < MIN_POST_CHARS) return null;
    return { lines: post, title: headline, stamp, head: lines.slice(0, top) };
  }
  return null;
}
