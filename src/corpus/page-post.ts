/**
 * A social network page's post saved from the web (a Facebook page): the network's bar and the page's head (its name, likes and
 * followers, its category, buttons, tabs, an intro box), the post's head (the page's name over the time with an edit mark and
 * the audience icon: "17 May at 06:10 · Edited · 🌐"), the post's text, its reactions row ("486 comments   2.1K shares", "Like
 * Comment Share"), then readers' comments, each a name, its text and a foot ("Like · Reply · 14h · 1.2K"), the page's replies
 * among them, and the network's footer. The page's own words are the story; readers' comments are not.
 */

/** A post's time with its marks: a day and month (or a relative day) and a time, an edit mark, the audience icon. */
const POST_STAMP =
  /^((?:\d{1,2}\s+\p{L}{3,9}|\p{L}{3,9}\s+\d{1,2}|yesterday|today|вчера|сегодня)(?:\s+(?:at|в)\s+\d{1,2}:\d{2})?)\s*(?:·\s*(?:edited|изменено|ред\.)\s*)?·\s*[🌐👥🔒🌍]\uFE0F?$/iu;
/** The post's reactions row: counts of comments and shares, or the row of its buttons ("486 comments   2.1K shares", "Like   Comment   Share"). */
const REACTIONS_ROW = /\d[\d.,]*[KkMКк]?\s+(?:comments?|комментари\p{L}*)\s+\d[\d.,]*[KkMКк]?\s+(?:shares?|репост\p{L}*)|^(?:like|нравится)\s+(?:comment|комментировать)\s+(?:share|поделиться)$/iu;
/** A comment's foot: its buttons, its age, its likes ("Like · Reply · 14h · 1.2K", «Нравится · Ответить · 2 ч»). */
const COMMENT_FOOT = /^(?:like|нравится)\s*·\s*(?:reply|ответить)(?:\s*·\s*.{1,30})?$/iu;
/** The page's copyright year at the foot ("Meta © 2026"). */
const COPYRIGHT_YEAR = /©\s*((?:19|20)\d{2})\b/u;

/** A page's post read from its page: the page's words, the page's name and the post's day with the footer's year. */
export interface PagePost {
  lines: string[];
  author: string;
  /** The post's day and time with the year of the page's copyright line ("17 May at 06:10 2026"), or null. */
  stamp: string | null;
}

/**
 * Reads a page's post (see `POST_STAMP`, under the page's name): everything above its head goes, and so do the reactions row
 * and the comments but the page's own replies (without their names and feet); everything after the last comment goes. Null
 * when the lines are no such post. Pure.
 */
export function readPagePost(lines: readonly string[]): PagePost | null {
  const at = lines.findIndex((line, i) => i > 0 && POST_STAMP.test(line.trim()) && (lines[i - 1] ?? "").trim() !== "");
  if (at < 0) return null;
  const author = (lines[at - 1] ?? "").trim();
  const year = lines.map((line) => COPYRIGHT_YEAR.exec(line)?.[1]).find((found) => found !== undefined);
  const day = POST_STAMP.exec((lines[at] ?? "").trim())?.[1] ?? "";
  const end = lines.findIndex((line, i) => i > at && REACTIONS_ROW.test(line.trim()));
  const out = lines.slice(at + 1, end < 0 ? lines.length : end);
  if (end >= 0) {
    // The comments: groups closed by their feet, each a name over its text; the page's replies keep their text.
    let group: string[] = [];
    for (const raw of lines.slice(end + 1)) {
      const line = raw.trim();
      if (COMMENT_FOOT.test(line)) {
        if (group[0] === author && group.length > 1) out.push("", ...group.slice(1));
        group = [];
      } else if (line !== "") group.push(line);
    }
  }
  return { lines: out, author, stamp: year === undefined ? null : `${day.replace(/\s+(?:at|в)\s+\d{1,2}:\d{2}$/iu, "")} ${year}` };
}
