/**
 * A business's own plain-text page (an optician's, a bowling alley's) whose news or blog section is boxed under its label between
 * two dashed rules ("FROM OUR BLOG · Eye health", "LATEST FROM THE LANES", «НОВОСТИ МАГАЗИНА»), below the site's head, menu,
 * banners, booking form and price lists. The post's headline stands in the box under the label, or, under a box holding the
 * label alone, after the section's teasers (other items' one-line headlines) and a sub-label (">> COMMUNITY NEWS"), alone over the
 * post's prose. The headline is the title; everything above it (head, forms, price lists, the box, the teasers) is furniture. The
 * post holds most of the page's prose.
 */
import { PROSE_LINE_CHARS, RULE_DASHES } from "./prose-section.ts";

/** A section's label in capitals naming news or a blog, a category after a dot aside; a quotation's marks before it aside. */
const NEWS_LABEL = /^(?:>+\s*)?(?=[^\p{Ll}]*\b(?:BLOG|NEWS|LATEST|UPDATES)\b|[^\p{Ll}]*(?:НОВОСТИ|БЛОГ))[^\p{Ll}]{3,60}?(?:\s+·\s+[^·]{1,40})?$/u;
/** A sub-label of the section ("COMMUNITY NEWS", ">> CLUB NEWS"): capitals only. */
const SUB_LABEL = /^(?:>+\s*)?[^\p{Ll}]*\p{Lu}{3}[^\p{Ll}]*$/u;
/** A headline or a teaser is at most this long. */
const MAX_HEADLINE_CHARS = 150;
/** Most blocks of teasers and sub-labels between the box and the headline. */
const MAX_TEASER_BLOCKS = 4;
/** Share of the page's prose the post holds at least, and the least prose it holds (characters in long lines). */
const MIN_POST_SHARE = 0.6;
const MIN_POST_PROSE = 1000;

/** What a news box page gives: its lines without the head, the box and the teasers, and the post's headline. */
export interface NewsBoxPage {
  lines: string[];
  title: string;
}

/** Whether a trimmed line may be a headline or a teaser: short, with lower-case letters, closed by no sentence's end. */
function isHeadlineLike(line: string): boolean {
  return line.length > 0 && line.length <= MAX_HEADLINE_CHARS && /\p{Ll}/u.test(line) && !/[.,;:!…]$/u.test(line);
}

/** The filled lines of the block opening at `at` (down to a blank line), as indexes. */
function blockAt(lines: readonly string[], at: number): number[] {
  const block: number[] = [];
  for (let i = at; i < lines.length && (lines[i] ?? "").trim() !== ""; i++) block.push(i);
  return block;
}

/** Characters of prose in lines `from`..`to` (exclusive). */
function proseOf(lines: readonly string[], from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) if ((lines[i] ?? "").length >= PROSE_LINE_CHARS) sum += (lines[i] ?? "").length;
  return sum;
}

/** Reads a news box page (see the module's note): `null` unless a news label is boxed between dashed rules over a headlined post. */
export function readNewsBoxPage(lines: readonly string[], isRule: (line: string) => boolean): NewsBoxPage | null {
  // (Cheap test first: a dashed rule's line, then the label's under it.)
  let open = -1;
  for (let i = 0; i + 1 < lines.length && open < 0; i++) {
    if (!(lines[i] ?? "").startsWith(RULE_DASHES) || !isRule(lines[i] ?? "")) continue;
    if (NEWS_LABEL.test((lines[i + 1] ?? "").trim())) open = i;
  }
  if (open < 0) return null;
  let close = -1;
  for (let i = open + 2; i <= open + 3 && i < lines.length; i++) if ((lines[i] ?? "").startsWith(RULE_DASHES) && isRule(lines[i] ?? "")) close = i;
  if (close < 0) return null;
  // (The headline: the box's line under the label, else the lone line over the prose after the teasers and sub-labels.)
  let headline = close === open + 3 ? open + 2 : -1;
  if (headline >= 0 && !isHeadlineLike((lines[headline] ?? "").trim())) return null;
  let at = close + 1;
  if (headline < 0) {
    for (let blocks = 0; blocks <= MAX_TEASER_BLOCKS && headline < 0; blocks++) {
      while (at < lines.length && (lines[at] ?? "").trim() === "") at++;
      const block = blockAt(lines, at);
      if (block.length === 0) return null;
      const texts = block.map((i) => (lines[i] ?? "").trim());
      let next = (block[block.length - 1] ?? at) + 1;
      while (next < lines.length && (lines[next] ?? "").trim() === "") next++;
      if (texts.length === 1 && isHeadlineLike(texts[0] ?? "") && (lines[next] ?? "").trim().length >= PROSE_LINE_CHARS) headline = at;
      else if (!texts.every((text) => isHeadlineLike(text) || SUB_LABEL.test(text))) return null;
      at = next;
    }
    if (headline < 0) return null;
  }
  // (The post holds most of the page's prose, down to the next dashed rule.)
  const top = Math.max(headline, close);
  let end = lines.length;
  for (let i = top + 1; i < lines.length; i++) {
    if ((lines[i] ?? "").startsWith(RULE_DASHES) && isRule(lines[i] ?? "")) {
      end = i;
      break;
    }
  }
  const post = proseOf(lines, top + 1, end);
  if (post < MIN_POST_PROSE || post < MIN_POST_SHARE * proseOf(lines, 0, lines.length)) return null;
  // (The rows under the post's closing rule go when none of them is prose: the page's offers, hours, sign-up form and footer.)
  const footer = end < lines.length && proseOf(lines, end + 1, lines.length) === 0;
  return { lines: lines.map((line, i) => (i <= top || (footer && i >= end) ? "" : line)), title: (lines[headline] ?? "").trim() };
}
