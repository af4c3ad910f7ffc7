/**
 * A site's update set among its page's blocks (a library's events page, a club's notices) under a banner: the update's headline
 * stands right over its posting line ("Posted by the Library Service team, Monday 12 November 2029, 4:30pm", «Опубликовал
 * пресс-центр, 12 ноября 2029, 16:30»). That headline is the title, not the banner's words or the page's name; the posting line is
 * left for the stamp readers.
 */

/** A posting line: who posted it, then a comma and the stamp. */
const POSTED_LINE = /^(?:posted|published|written|added)\s+by\s+[^,]{2,80},\s*(.+)$|^(?:опубликовал[аио]?|разместил[аио]?|добавил[аио]?)\s+[^,]{2,80},\s*(.+)$/iu;
/** Longest headline (characters). */
const MAX_TITLE_CHARS = 150;

/** What an update over its posting line gives: the lines without its headline, and the headline. */
export interface PostedHeadline {
  lines: string[];
  title: string;
}

/**
 * Reads the headline over an update's posting line (see the module's note); `null` when no posting line with a stamp (as
 * `isStamp` tells) stands right under a short line that does not end a sentence.
 */
export function readPostedHeadline(lines: readonly string[], isStamp: (text: string) => boolean): PostedHeadline | null {
  for (let p = 1; p < lines.length; p++) {
    const line = (lines[p] ?? "").trim();
    // (Cheap test first: the line opens with its verb.)
    const first = line.charAt(0).toLowerCase();
    if (first !== "p" && first !== "w" && first !== "a" && first !== "о" && first !== "р" && first !== "д") continue;
    const match = POSTED_LINE.exec(line);
    const stamp = match?.[1] ?? match?.[2];
    if (stamp === undefined || !isStamp(stamp)) continue;
    const title = (lines[p - 1] ?? "").trim();
    // (A label in capitals over the posting line, "DISRUPTION NOTICE", is the notice's kind, not its headline.)
    if (title === "" || title.length > MAX_TITLE_CHARS || /[.:;,!]$/u.test(title) || title.startsWith("#") || !/\p{Ll}/u.test(title)) return null;
    return { lines: [...lines.slice(0, p - 1), ...lines.slice(p)], title };
  }
  return null;
}
