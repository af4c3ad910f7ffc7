/**
 * A link post on a link aggregator (Reddit) saved from its page: the site's bar and sign-in buttons, the community's
 * name, the post's head ("Posted by u/prairiefire_kt · 9h"), the post's title, the linked site under it ("news ·
 * brayton-ledger.com", the flair first), then votes, awards and the poster's text (which may paste the linked article).
 */

/** A post's head on a link aggregator: the poster's user name and how long ago ("Posted by u/prairiefire_kt · 9h"). */
const POSTED_BY = /^(?:posted by\s+|опубликовал\p{L}*\s+)?u\/[\w-]{2,40}\s*·\s*(?:\d{1,3}\s*(?:[smhdwy]|mo|min|hr|ч|мин|дн?|н|мес)\.?|\d{1,3}\s+\p{L}+\.?\s+(?:ago|назад)|just now|только что)$/iu;
/** The linked site under a post's title, the post's flair before it ("news · brayton-ledger.com"); group 1 is the site. */
const LINKED_SITE = /^(?:[^·|]{1,30}\s*[·|]\s*)?((?:[\p{L}\p{N}-]+\.)+\p{L}{2,})$/u;
/** Most lines of the page's bar above a post's head (the site's name, sign-in buttons, the community's name). */
const MAX_BAR_LINES = 8;

/**
 * The lines of a link post without the page's bar and the post's head (the lines above the head go, see `POSTED_BY`),
 * and the site the post links to, read from the line under the title (that line goes; the title stays, to be read as
 * the headline). Null when no such head opens the text. Pure.
 */
export function readLinkPost(lines: readonly string[]): { lines: string[]; site: string | null } | null {
  const filled = lines.map((line, i) => ({ line, i })).filter(({ line }) => line !== "");
  const head = filled.slice(0, MAX_BAR_LINES + 1).find(({ line }) => POSTED_BY.test(line));
  if (head === undefined) return null;
  const rest = lines.slice(head.i + 1);
  const title = rest.findIndex((line) => line !== "");
  const site = title < 0 ? null : LINKED_SITE.exec(rest[title + 1] ?? "");
  if (site) rest.splice(title + 1, 1);
  return { lines: rest, site: site?.[1] ?? null };
}
