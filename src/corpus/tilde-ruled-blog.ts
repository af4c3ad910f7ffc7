/**
 * A small firm's plain-text site (a courier's, a cleaner's, a removals firm's) whose blog post is fenced between two rules of
 * tildes drawn across the page: under the opening rule the blog's name in capitals, maybe with a tagline after a dash ("THE
 * SATCHEL – notes from the saddle", «ЗАПИСКИ ДИСПЕТЧЕРА — новости службы»), maybe a filing line ("Filed under: Around Town · 5 min
 * read", «Рубрика: Город · 3 мин»), the post's headline alone over its prose, the prose down to the closing rule. The post holds
 * most of the page's prose. The headline is the title (the blog's name is no headline), and the site's name opening the page's
 * first line (before a bar: "Acme Couriers | Same-day bikes") the outlet when a footer line opens with it or its copyright repeats
 * it; the head (counters, zones, forms), the blog's name, the filing line and everything under the closing rule (teasers of older
 * posts, job ads, the footer) go. Pure.
 */
import { firstFilled, PROSE_LINE_CHARS, proseOf } from "./prose-section.ts";

/** The least run of tildes that draws a rule across the page. */
const RULE_TILDES = "~~~~~~~~~~";
/** A rule of tildes alone on its line. */
const TILDE_RULE = /^~{10,}$/u;
/** The blog's name in capitals, maybe a tagline after a dash; the name has three capitals and no lower-case letter. */
const BLOG_NAME = /^(?=[^\p{Ll}]*?\p{Lu}{3})[^\p{Ll}–—-]{3,50}?(?:\s+[–—-]\s+\S.{0,60})?$/u;
/** A filing line under the blog's name. */
const FILING_LINE = /^(?:filed under|posted in|categor(?:y|ies)|рубрик[аи]|в рубрике)\s*:/iu;
/** Longest headline (characters). */
const MAX_HEADLINE_CHARS = 150;
/** Least prose the post holds (characters in long lines), and its least share of the page's. */
const MIN_POST_PROSE = 1000;
const MIN_POST_SHARE = 0.6;
/** Filled lines at the page's end looked at for the site's name. */
const FOOTER_LINES = 6;

/** What the reader gives: the post's lines, its headline and the site's name (or null). */
export interface TildeRuledBlog {
  lines: string[];
  title: string;
  site: string | null;
}

/** Whether a line (as written) is a rule of tildes. Cheap: its first characters first. */
function isTildeRule(line: string): boolean {
  return line.startsWith(RULE_TILDES) && TILDE_RULE.test(line.trim());
}

/** The name opening the page's first line (before a bar) when a footer line opens with it or its copyright repeats it; or null. */
function siteName(lines: readonly string[]): string | null {
  const at = firstFilled(lines, 0, lines.length);
  const name = ((lines[at] ?? "").trim().split(" | ")[0] ?? "").trim();
  if (name.length < 3 || name.length > 60) return null;
  const lower = name.toLowerCase();
  for (let i = lines.length - 1, seen = 0; i > at && seen < FOOTER_LINES; i--) {
    const line = (lines[i] ?? "").trim().toLowerCase();
    if (line === "") continue;
    seen++;
    if (line.startsWith(`${lower} `) || ((line.includes("©") || line.includes("(c)")) && line.includes(lower))) return name;
  }
  return null;
}

/** Reads a plain-text site's blog post fenced between rules of tildes (see the module's note); null when the page is not one. */
export function readTildeRuledBlog(lines: readonly string[]): TildeRuledBlog | null {
  for (let open = 0; open < lines.length; open++) {
    // (Cheap test first: a line opened by a run of tildes.)
    if (!isTildeRule(lines[open] ?? "")) continue;
    const nameAt = firstFilled(lines, open + 1, lines.length);
    if (nameAt < 0 || !BLOG_NAME.test((lines[nameAt] ?? "").trim())) continue;
    let headline = firstFilled(lines, nameAt + 1, lines.length);
    if (FILING_LINE.test((lines[headline] ?? "").trim())) headline = firstFilled(lines, headline + 1, lines.length);
    const title = (lines[headline] ?? "").trim();
    if (headline < 0 || title.length > MAX_HEADLINE_CHARS || !/\p{Ll}/u.test(title) || /[.,;:!…]$/u.test(title)) return null;
    const first = firstFilled(lines, headline + 1, lines.length);
    if ((lines[first] ?? "").trim().length < PROSE_LINE_CHARS) return null;
    let close = -1;
    for (let i = first; i < lines.length && close < 0; i++) if (isTildeRule(lines[i] ?? "")) close = i;
    if (close < 0) return null;
    const post = proseOf(lines, first, close);
    if (post < MIN_POST_PROSE || post < MIN_POST_SHARE * proseOf(lines, 0, lines.length)) return null;
    return { lines: lines.map((line, i) => (i <= headline || i >= close ? "" : line)), title, site: siteName(lines) };
  }
  return null;
}
