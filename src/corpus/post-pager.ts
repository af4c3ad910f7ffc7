/**
 * A blog's pager row under a post, linking the posts before and after it by their headlines ("« Older post: Why your radiators are
 * cold at the top", "< Previous post: Autumn string sale        Next post: Meet our new dealer range >", «← Предыдущая запись:
 * Печать календарей»). It is the site's navigation, not the post's words, and goes.
 */

/** A pager's row: an arrow maybe, a word for the post before or after, the word for a post, a colon and a headline. */
const PAGER_ROW =
  /^(?:[«‹<←]\s*)?(?:older|newer|previous|next|earlier|later|предыдущ\p{L}*|следующ\p{L}*)\s+(?:post|entry|article|story|запись|статья|новость|пост)\s*:\s*\S.*$/iu;
/** Longest pager row (characters). */
const MAX_ROW_CHARS = 200;
/** What a pager's row opens with (an arrow, or the first letter of a word for the post before or after), looked at before its pattern is tried. */
const PAGER_OPENINGS: ReadonlySet<string> = new Set(["«", "‹", "<", "←", "o", "O", "n", "N", "p", "P", "e", "E", "l", "L", "п", "П", "с", "С"]);

/** Whether a trimmed line is a blog's pager row (see the module's note). Cheap: its first character and a colon are looked for first. */
export function isPostPager(line: string): boolean {
  return line.length <= MAX_ROW_CHARS && PAGER_OPENINGS.has(line.charAt(0)) && line.includes(":") && PAGER_ROW.test(line);
}

/** The lines without a blog's pager rows (see the module's note); the same array when there are none. */
export function withoutPostPagers(lines: string[]): string[] {
  return lines.some((line) => isPostPager(line.trim())) ? lines.filter((line) => !isPostPager(line.trim())) : lines;
}
