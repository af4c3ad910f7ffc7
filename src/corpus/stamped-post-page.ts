/**
 * A small site's page carrying one post (a photographer's blog, a venue's address to the public): under the site's head and its
 * first rule, the post's heading in Markdown (`## …`, `### …`) stands right over its stamp in emphasis, the day first
 * («*18.09.2036 · Пресс-служба цирка*», "*17 June 2031 · Personal*"). The heading is the title, the stamp's day the date, the
 * copyright's owner («© 2036 Цирк «Арлекин», Ковылинск.») the outlet. The head above the first rule (the site's name, its menus,
 * its contacts) goes, and so does a section's label standing alone over the post ("## Blog"); after the post, the site's standing
 * sections of listings go: prices, packages, tickets, a show's schedule, a list of other posts, each down to the next rule or
 * section heading. Notices in sections of their own before the post stay (they are the organisation's words), their headings as plain lines.
 * A kind's label opening the heading («Новость: …») goes (see `withoutNewsLabel`), and so do offers' and price lists' sections after
 * the post (see `isOfferHeading`).
 */

import { withoutNewsLabel } from "./news-label.ts";
import { isOfferHeading } from "./offer-section.ts";
import { LEADING_PICTOGRAPHS } from "./pictographs.ts";

/** The most lines the site's head above its first rule may hold, to be taken for a head (it has no story). */
const MAX_HEAD_LINES = 8;
/** A line of the head longer than this (characters) is text, not a head. */
const MAX_HEAD_LINE_CHARS = 200;

/** A post's heading in Markdown, level 2 or 3; group 1 is its text. */
const POST_HEADING = /^#{2,3}\s+(.{3,200})$/u;
/** A stamp in emphasis, alone on its line; group 1 is its text. */
const EMPHASIS_STAMP = /^[*_]([^*_]{6,120})[*_]$/u;
/** A section heading, or a bold label opening a line. */
const SECTION_HEAD = /^(?:#{1,3}\s+|\*\*)/u;
/** A standing section of listings, by its heading: prices, packages, tickets, a show's bill, a schedule, other posts. */
const LISTINGS_HEADING =
  /(?:^|[\s:«"(])(?:prices?|pricing|packages?|tickets?|rates|tariffs?|what'?s on|schedule|timetable|other posts|more posts|more from the blog|цен[аы]|тариф\p{L}*|пакет\p{L}*|билет\p{L}*|афиша|расписани\p{L}*|абонемент\p{L}*|другие записи|ещё записи|еще записи)(?!\p{L})/iu;
/** The copyright line's owner: the name after the sign and its years, to a comma or a full stop; group 1. */
const COPYRIGHT_OWNER = /^(?:©|\(c\))\s*(?:\d{4}(?:\s*[–—-]\s*\d{4})?,?\s+)?([^,.·|]{2,60}?)\s*(?:[,.·|]|$)/iu;

/** What the reader gives: the page's lines without its furniture, the post's heading, stamp and the copyright's owner. */
export interface StampedPost {
  lines: string[];
  title: string;
  /** The stamp's first part, the day ("18.09.2036"). */
  stamp: string;
  owner: string | null;
}

/**
 * Reads a site's page carrying one post under its heading and emphasized stamp (see the module's note); null when the page is not
 * one. `isRule` tells a rule, `stampDate` reads a day.
 */
export function readStampedPostPage(lines: string[], isRule: (line: string) => boolean, stampDate: (text: string) => string | null): StampedPost | null {
  // (Cheap test first: a heading line whose next non-blank line is a stamp in emphasis.)
  let heading = -1;
  let stampLine = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.charCodeAt(0) !== 35 || line.charCodeAt(1) !== 35) continue;
    let next = i + 1;
    while (next < lines.length && (lines[next] ?? "").trim() === "") next++;
    const under = (lines[next] ?? "").trim();
    const first = under.charCodeAt(0);
    if (first !== 42 && first !== 95) continue;
    const stamp = EMPHASIS_STAMP.exec(under)?.[1];
    if (stamp === undefined || !POST_HEADING.test(line.trim())) continue;
    if (stampDate((stamp.split(/\s+[·|•]\s+/u)[0] ?? "").trim()) === null) continue;
    heading = i;
    stampLine = next;
    break;
  }
  if (heading < 0) return null;
  const firstRule = lines.findIndex((line) => isRule(line.trim()));
  if (firstRule < 0 || firstRule > heading) return null;
  const head = lines.slice(0, firstRule).filter((line) => line.trim() !== "");
  if (head.length === 0 || head.length > MAX_HEAD_LINES || head.some((line) => line.length > MAX_HEAD_LINE_CHARS)) return null;
  const ownerLine = lines.findLast((line) => /^(?:©|\(c\))/iu.test(line.trim()));
  if (ownerLine === undefined) return null;
  // (A kind's label opening the heading goes: «Новость: …», see `withoutNewsLabel`.)
  const title = withoutNewsLabel((POST_HEADING.exec((lines[heading] ?? "").trim())?.[1] ?? "").replace(LEADING_PICTOGRAPHS, "").trim());
  const stamp = ((EMPHASIS_STAMP.exec((lines[stampLine] ?? "").trim())?.[1] ?? "").split(/\s+[·|•]\s+/u)[0] ?? "").trim();
  const drop = new Set<number>([heading, stampLine]);
  for (let i = 0; i <= firstRule; i++) drop.add(i);
  // (A section's label alone between the rule and the post: "## Блог".)
  let above = heading - 1;
  while (above > firstRule && (lines[above] ?? "").trim() === "") above--;
  if (above > firstRule && /^#{1,3}\s/u.test((lines[above] ?? "").trim())) {
    let before = above - 1;
    while (before > firstRule && (lines[before] ?? "").trim() === "") before--;
    if (before === firstRule) for (let i = firstRule; i <= above; i++) drop.add(i);
  }
  // (After the post's closing rule, the standing sections of listings, each down to the next rule or section heading.)
  const closing = lines.findIndex((line, i) => i > stampLine && isRule(line.trim()));
  if (closing >= 0) {
    for (let i = closing + 1; i < lines.length; i++) {
      const line = (lines[i] ?? "").trim();
      // (An offer's section goes too: see `isOfferHeading`.)
      if (!SECTION_HEAD.test(line) || !(LISTINGS_HEADING.test(line.replace(/^[#*\s]+/u, "").slice(0, 80)) || isOfferHeading(line))) continue;
      let end = i + 1;
      while (end < lines.length && !isRule((lines[end] ?? "").trim()) && !/^#{1,3}\s/u.test((lines[end] ?? "").trim())) end++;
      for (let k = i; k < end; k++) drop.add(k);
      i = end - 1;
    }
  }
  const owner = COPYRIGHT_OWNER.exec(ownerLine.trim())?.[1]?.trim() ?? null;
  // (A notice's heading before the post stays as its line, its marks gone, so that it is not taken for the page's headline.)
  const out = lines.map((line, i) => (i > firstRule && i < heading && !drop.has(i) && /^#{1,3}\s/u.test(line.trim()) ? line.trim().replace(/^#{1,3}\s+/u, "").replace(LEADING_PICTOGRAPHS, "") : line));
  return { lines: out.filter((_, i) => !drop.has(i)), title, stamp, owner };
}
