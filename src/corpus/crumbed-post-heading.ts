/**
 * A shop's or firm's blog post whose page opens with the site's name as its first heading («# ✏️ Канцтовары «Скрепка»», "# 🐾
 * Hollyfield Kennels"), then the site's head — tagline, address and hours, cart, catalogue, a promotion — down to a breadcrumb
 * («Главная › Блог › Новости Ольховецка», "Home › News › Local"), under which the post's own headline stands as a heading with
 * its stamp right below («## Грязевой вулкан залил трассу …» over «📅 10.07.2026 · ✍️ …»). The first heading is the site's
 * name, not the story's headline: it names the outlet, and everything from it down to the breadcrumb is the site's head.
 */

/** A Markdown heading's level marks. */
const HEADING = /^#{1,3}\s+/u;
/** Most words of a site's name in its first heading. */
const MAX_NAME_WORDS = 4;
/** Most filled lines of the site's head between its name and the breadcrumb. */
const MAX_HEAD_LINES = 12;
/** A line longer than this (characters) is a paragraph, not the site's head. */
const MAX_HEAD_LINE_CHARS = 200;

/** Where a site's head runs (`start` to `end`, exclusive: the breadcrumb's next line) and the site's name in its first heading. */
export interface CrumbedPostHead {
  start: number;
  end: number;
  site: string;
}

/** A heading's words without its marks and leading pictographs. */
function headingText(line: string): string {
  return line.replace(HEADING, "").replace(/^[\p{Extended_Pictographic}\uFE0F\s]+/u, "").replace(/\*\*/gu, "").trim();
}

/**
 * The site's head over a crumbed post (see the module's doc): the first filled line is a heading of at most `MAX_NAME_WORDS` words
 * without a stop; within `MAX_HEAD_LINES` filled lines below, none a paragraph, a breadcrumb (`isCrumb`) stands; the next filled line
 * is a heading, and the filled line right under it (a blank line between them allowed) is a dated stamp (`isStamp`). Null when the
 * page is not one. Pure.
 */
export function readCrumbedPostHead(lines: readonly string[], isCrumb: (line: string) => boolean, isStamp: (line: string) => boolean): CrumbedPostHead | null {
  const filled = lines.flatMap((line, i) => (line.trim() === "" ? [] : [i]));
  const start = filled[0];
  if (start === undefined || !HEADING.test(lines[start] ?? "")) return null;
  const site = headingText(lines[start] ?? "");
  if (site === "" || site.split(/\s+/u).length > MAX_NAME_WORDS || /[.!?:;,…]$/u.test(site)) return null;
  for (let k = 1; k < filled.length && k <= MAX_HEAD_LINES + 1; k++) {
    const line = lines[filled[k] ?? 0] ?? "";
    if (line.length > MAX_HEAD_LINE_CHARS) return null;
    if (!isCrumb(line.trim())) continue;
    const heading = filled[k + 1];
    const stamp = filled[k + 2];
    if (heading === undefined || stamp === undefined || !HEADING.test(lines[heading] ?? "") || stamp - heading > 2) return null;
    return isStamp(lines[stamp] ?? "") ? { start, end: (filled[k] ?? 0) + 1, site } : null;
  }
  return null;
}
