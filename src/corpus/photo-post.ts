/**
 * A photo-sharing app's post saved from its web page (Instagram): the app's bar, the author's line with a follow button
 * ("ashenbyecho ✓ · Follow"), a place tagged under it, the pictures' descriptions ("[Carousel · 1/6 · May be an image of
 * …]"), the caption after the author's handle ("ashenbyecho  🚨 TRAIN HITS TRACTOR…"), its hashtags, an edit mark, the
 * reaction icons, the likes and the day ("16 October"), then comments, each a handle and its text over a foot ("9h  96
 * likes  Reply"), the author's pinned ones marked ("ashenbyecho 📌 Pinned"), and the page's footer. The author's own
 * words are the story; readers' comments are not.
 */

/** The author's line: a handle, a verified mark, a follow button; group 1 is the handle. */
const AUTHOR_LINE = /^([\w.]{2,40})\s*(?:[✓✔☑]\uFE0F?\s*)?·\s*(?:follow|подписаться)$/iu;
/** Most filled lines above the author's line (the app's bar). */
const MAX_LINES_ABOVE_AUTHOR = 3;
/** A pinned comment's head ("ashenbyecho 📌 Pinned"); group 1 is the handle. */
const PINNED_HEAD = /^([\w.]{2,40})\s*📌\uFE0F?\s*(?:pinned|закреплено)$/iu;
/** A comment: a handle, two spaces or more, its text; groups 1 and 2. */
const COMMENT_LINE = /^([\w.]{2,40})\s{2,}(\S.*)$/u;
/** A comment's foot and its replies' link ("10h  212 likes  Reply", "── View replies (18)"). */
const COMMENT_FOOT = /^\d{1,3}\s*(?:[smhdw]|мин|ч|д|н)\s+(?:[\d,.]+[kKmM]?\s+likes?\s+)?(?:reply|ответить)$|^[─—-]+\s*(?:view|hide)\s+(?:all\s+)?replies\b.*$|^[─—-]+\s*(?:показать|скрыть)\s+ответы\b.*$/iu;
/** The post's foot under its caption: an edit mark with its age, the reaction icons, the likes ("Edited · 11h", "♡ 💬 ➤  🔖", "3,418 likes"). */
const POST_FOOT = /^(?:edited|изменено)\s*·\s*\d{1,3}\s*[smhdwчдн]\p{L}*$|^[♡❤💬➤🔖\s\uFE0F]+$|^[\d,.\s]+[km]?\s+(?:likes|отметок «нравится»)$/iu;
/** The post's day without its year ("16 October"). */
const DAY_MONTH = /^(\d{1,2})\s+(\p{L}+)$/u;
/** The end of the comments ("View all 287 comments", «Посмотреть все комментарии (287)»). */
const COMMENTS_END = /^(?:view all [\d,.]+ comments|посмотреть все комментари\p{L}*)/iu;
/** The page's copyright year ("© 2031 Instagram from Meta"). */
const COPYRIGHT_YEAR = /©\s*((?:19|20)\d{2})\b/u;

/** A post read from its page: the author's words, the author's handle and the post's day with the page's year. */
export interface PhotoPost {
  lines: string[];
  author: string;
  /** The post's day and month, with the year of the page's copyright line ("16 October 2031"), or null. */
  stamp: string | null;
}

/**
 * Reads a photo post (see `AUTHOR_LINE`, its caption opened by the author's handle): the lines above the caption go, and so
 * do the post's foot and the comments, except the author's own (its pinned updates and replies, without their heads and
 * feet). Everything from the comments' end on goes. Null when the lines are no such post. Pure.
 */
export function readPhotoPost(lines: readonly string[]): PhotoPost | null {
  const filled = lines.map((line, i) => ({ line, i })).filter(({ line }) => line !== "");
  const at = filled.slice(0, MAX_LINES_ABOVE_AUTHOR + 1).find(({ line }) => AUTHOR_LINE.test(line));
  const author = at === undefined ? undefined : AUTHOR_LINE.exec(at.line)?.[1];
  if (at === undefined || author === undefined) return null;
  const caption = lines.findIndex((line, i) => i > at.i && COMMENT_LINE.exec(line)?.[1] === author);
  if (caption < 0) return null;
  const year = lines.map((line) => COPYRIGHT_YEAR.exec(line)?.[1]).find((found) => found !== undefined);
  const out = [(COMMENT_LINE.exec(lines[caption] ?? "")?.[2] ?? "").trim()];
  let stamp: string | null = null;
  let inCaption = true;
  let speaker: string | null = author;
  for (const line of lines.slice(caption + 1)) {
    if (COMMENTS_END.test(line)) break;
    if (POST_FOOT.test(line)) {
      inCaption = false;
      continue;
    }
    if (inCaption) {
      out.push(line);
      continue;
    }
    const day = DAY_MONTH.exec(line);
    if (day && stamp === null && year !== undefined) {
      stamp = `${day[1]} ${day[2]} ${year}`;
      continue;
    }
    if (COMMENT_FOOT.test(line)) continue;
    const pinned = PINNED_HEAD.exec(line);
    const comment = COMMENT_LINE.exec(line);
    if (pinned) speaker = pinned[1] ?? null;
    else if (comment) {
      speaker = comment[1] ?? null;
      // (The author's reply keeps its words, without the handle it answers.)
      if (speaker === author) out.push("", (comment[2] ?? "").replace(/^@[\w.]+\s+/u, ""));
    } else if (line !== "" && speaker === author) out.push("", line);
  }
  return { lines: out, author, stamp };
}
