/**
 * A shop's or small firm's own site (a tackle shop's, a car hire's, a riding school's, a hearing centre's, a cheese dairy's) showing
 * one post of its blog or news column: the site's head above it (its name, contacts, menu, banners, a booking form, price lists,
 * bestsellers), then the post's crumb row opened by the home page ("Home › Journal › Shop news", "Home > River Report > Local
 * news", «Главная › Блог › Новости города», «Главная / Новости / Новости центра»), its headline (plain or a Markdown heading), its
 * posting line with its day ("Posted Monday 16 June 2031 by Rob Tranter, owner · 4 comments", "Posted by …, Yard Manager · Friday
 * 11 April 2031", «🗓 29 августа 2031 · ✍️ Марина …, менеджер пункта проката», «*16 октября 2029 · Автор: … · Просмотров: 412*»),
 * and the post, which ends at its share row ("Share this post: Facebook · X · Email", «**Поделиться:** ВКонтакте · Telegram») or
 * at the tags row over it. The post holds most of the page's prose, and the page is the firm's own: its head states a name that
 * its last lines repeat (see `headSiteName`). The headline is the title, the posting line's day the date, that name the outlet;
 * the head, the crumb, the headline, the posting line and everything from the share or tags row down (comments, related posts,
 * price lists, forms, the footer) go. The crumb row may also open with the post's section or draw arrows ("Journal > Local news",
 * «Главная → Новости → Происшествия», a rule under it: `isCrumbTrail`); a sources line and a row of share buttons under the posting
 * line are passed over (`afterPostingExtras`); a post whose share row of links is gone ends at the rule under it
 * (`ruleClosingPost`); the head's name is read wide (`headSiteName`). Pure.
 */
import { headSiteName } from "./head-site-name.ts";
import { afterCrumbTrail, isCrumbTrail } from "./page-crumb-trail.ts";
import { afterPostingExtras } from "./page-posting-extras.ts";
import { ruleClosingPost } from "./page-rule-end.ts";
import { firstFilled, PROSE_LINE_CHARS, proseOf } from "./prose-section.ts";

/** A headline: maybe a Markdown heading's marks, then its text; group 1. */
const HEADLINE = /^(?:#{1,3}\s+)?(\S.{9,199})$/u;
/** A day in a posting line: a day, its month and year, or a month, its day and year, or digits. */
const POSTED_DAY = /\d{1,2}\s+\p{L}{3,}\.?,?\s+\d{4}|\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}/u;
/** The share row closing a post, by its label ("Share:", "Share this post:", «Поделиться:»), or the tags row over it. */
const CLOSING_ROW = /^(?:share(?:\s+this(?:\s+(?:post|story|article|page))?)?|поделиться(?:\s+(?:новостью|записью|статьёй))?|tags|теги|метки)\s*:/iu;
/** Pictographs, emphasis marks and quotes' marks opening a line. */
const LINE_MARKS = /^(?:[\p{Extended_Pictographic}\u2600-\u27BF]\uFE0F?\s*|[*_]+)+/u;
/** Longest posting line (characters). */
const MAX_POSTING_CHARS = 200;
/** Least prose the post holds (characters in long lines), and its least share of the page's. */
const MIN_POST_PROSE = 1000;
const MIN_POST_SHARE = 0.6;

/** What the reader gives: the post's lines, its headline, its posting day as written and the site's name. */
export interface CrumbSharePost {
  lines: string[];
  title: string;
  stamp: string;
  site: string;
}

/** The day a posting line gives, as written, when `stampDate` reads it; or null. */
function postedDay(line: string, stampDate: (text: string) => string | null): string | null {
  if (line.length > MAX_POSTING_CHARS) return null;
  const day = POSTED_DAY.exec(line)?.[0];
  return day !== undefined && stampDate(day) !== null ? day : null;
}

/**
 * Reads a site's page whose post stands between its crumb row and its share row (see the module's note); null when the page is
 * not one. `isRule` tells a rule, `stampDate` reads a day.
 */
export function readCrumbSharePost(lines: readonly string[], isRule: (line: string) => boolean, stampDate: (text: string) => string | null): CrumbSharePost | null {
  for (let crumb = 1; crumb < lines.length; crumb++) {
    const line = (lines[crumb] ?? "").trim();
    // (Cheap test first: a part's mark stands in the line. A trail may open with its section and draw arrows, see `isCrumbTrail`;
    // a rule under it is passed over.)
    if (!/\s[>›»/→]\s/u.test(line) || !isCrumbTrail(line)) continue;
    const headlineAt = afterCrumbTrail(lines, crumb, isRule);
    const title = HEADLINE.exec((lines[headlineAt] ?? "").trim())?.[1]?.trim();
    if (headlineAt < 0 || title === undefined || !/\p{Ll}/u.test(title) || /[.:;]$/u.test(title)) return null;
    const postingAt = firstFilled(lines, headlineAt + 1, lines.length);
    const stamp = postedDay((lines[postingAt] ?? "").trim(), stampDate);
    if (postingAt < 0 || stamp === null) return null;
    // (A sources line and a row of share buttons under the posting line are passed over: see `afterPostingExtras`.)
    let first = afterPostingExtras(lines, postingAt + 1);
    if (first >= 0 && isRule((lines[first] ?? "").trim())) first = firstFilled(lines, first + 1, lines.length);
    if (first < 0 || (lines[first] ?? "").trim().length < PROSE_LINE_CHARS) return null;
    let end = first + 1;
    while (end < lines.length && !CLOSING_ROW.test((lines[end] ?? "").trim().replace(LINE_MARKS, ""))) end++;
    // (A share row made of links is gone before the page is read: the rule under the post ends it, see `ruleClosingPost`.)
    if (end === lines.length) end = ruleClosingPost(lines, first, isRule);
    if (end < 0) return null;
    const post = proseOf(lines, first, end);
    if (post < MIN_POST_PROSE || post < MIN_POST_SHARE * proseOf(lines, 0, lines.length)) return null;
    const site = headSiteName(lines, crumb, true);
    if (site === null) return null;
    return { lines: lines.map((text, i) => (i >= first && i < end ? text : "")), title, stamp, site };
  }
  return null;
}
