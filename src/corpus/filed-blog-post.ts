/**
 * A school's or business's plain-text site showing one post of its blog: the site's name, contacts and standing listings (course
 * dates, prices) above; then the blog's crumb row ("THE STAFFROOM BLOG > Community > Local news", «БЛОГ ШКОЛЫ > Новости»), the
 * post's headline and its filing row ("Posted in: Community | Tags: … | 6 min read", «Рубрика: Новости | Теги: … | 5 мин
 * чтения»); the post ends at its row of bracketed buttons ("[ Share this post ] [ Print ] [ Back to all posts ]"). The headline
 * is the title, the site's name in capitals opening the page the outlet. Everything above the headline, the filing row, and
 * the buttons with all under them (related posts, the footer) go.
 */

/** A filing row: the post's category after its label, then more parts after a bar. */
const FILING_ROW = /^(?:posted in|filed under|categor(?:y|ies)|рубрик[аи]|категори[яи]|раздел)\s*:[^|]{1,60}\|/iu;
/** A crumb row: three parts or more set apart by arrows. */
const CRUMB_ROW = /^[^>›»]{2,40}(?:\s[>›»]\s+[^>›»]{2,40}){2,}$/u;
/** A row of bracketed buttons ("[ Share this post ]   [ Print ]"). */
const BUTTON_ROW = /^\[[^\]]{1,40}\](?:\s*\[[^\]]{1,40}\])+$/u;
/** The shortest and longest headline (characters). */
const MIN_HEADLINE_CHARS = 10;
const MAX_HEADLINE_CHARS = 200;
/** The shortest paragraph (characters) that shows the post's text has begun under its filing row. */
const MIN_TEXT_CHARS = 100;
/** The longest name in capitals (characters). */
const MAX_NAME_CHARS = 80;

/** What the reader gives: the post's lines, its headline and the site's name in capitals opening the page (or null). */
export interface FiledBlogPost {
  lines: string[];
  title: string;
  site: string | null;
}

/** The index of the nearest filled line before `from` (down to 0), or -1. */
function previousFilled(lines: readonly string[], from: number): number {
  for (let i = from - 1; i >= 0; i--) if ((lines[i] ?? "").trim() !== "") return i;
  return -1;
}

/** Reads a site's page showing one blog post under its crumb and filing rows (see the module's note); null when the page is not one. */
export function readFiledBlogPost(lines: readonly string[]): FiledBlogPost | null {
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    // (Cheap test first: a short line with a bar.)
    if (line.length > 200 || !line.includes("|") || !FILING_ROW.test(line)) continue;
    const headlineAt = previousFilled(lines, i);
    const headline = (lines[headlineAt] ?? "").trim();
    if (headline.length < MIN_HEADLINE_CHARS || headline.length > MAX_HEADLINE_CHARS || /[.:;]$/u.test(headline)) return null;
    const crumbAt = previousFilled(lines, headlineAt);
    if (!CRUMB_ROW.test((lines[crumbAt] ?? "").trim())) return null;
    let textAt = i + 1;
    while (textAt < lines.length && (lines[textAt] ?? "").trim() === "") textAt++;
    if ((lines[textAt] ?? "").trim().length < MIN_TEXT_CHARS) return null;
    let end = textAt;
    while (end < lines.length && !BUTTON_ROW.test((lines[end] ?? "").trim())) end++;
    if (end === lines.length) return null;
    const top = previousFilled(lines, crumbAt) < 0 ? -1 : lines.findIndex((line) => line.trim() !== "");
    const first = (lines[top] ?? "").trim();
    const site = first.length <= MAX_NAME_CHARS && first === first.toUpperCase() && first !== first.toLowerCase() ? first : null;
    return { lines: lines.slice(i + 1, end), title: headline, site };
  }
  return null;
}
