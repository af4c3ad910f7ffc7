/**
 * A review aggregator's page of a place (a café, a shop): the place's card with its rating ("★ 1,3 из 5 · 412 оценок · 287
 * отзывов", "4.6 out of 5 · 318 reviews"), its past rating («Рейтинг до 10 августа 2030 г.: 4,6»), its ratings by aspect ("Food
 * ★1.2 · Service ★2.1 · …"), the reviews under their bar with its sorting ("### Отзывы · Сортировка: сначала новые ▾", "Reviews ·
 * Sort by: newest"), each review and the place's replies, then news about the place ("Новости о заведении", "News about this
 * place") and the owner's invitation to claim the page ("Владелец? [Подтвердите заведение] …", "Is this your business? …").
 * The reviews, the replies and the news are the text; the bar, the ratings and the invitation are furniture. The news item's
 * headline is the page's title.
 */

/** The reviews' bar with its sorting ("### Отзывы · Сортировка: сначала новые ▾", "Reviews · Sort by: newest"). */
const REVIEWS_BAR = /^(?:#{1,6}\s+)?(?:отзывы|reviews)(?![\p{L}]).{0,40}(?:сортировка|sort(?:ed)?(?: by)?)\s*:/iu;
/** A rating's mark: stars or a score out of five ("★ 1,3 из 5", "4.6 out of 5", "4.6/5"). */
const RATING_MARK = /★|☆|\d(?:[.,]\d)?\s*(?:из|out of|\/)\s*5(?!\d)/iu;
/** A line with no sentence in it, short (a rating line's shape: "★ 1,3 из 5 · 412 оценок · 287 отзывов"). */
const NO_SENTENCE = /^(?!.*[.!?…](?:\s|$)).{1,160}$/u;
/** A past rating ("Рейтинг до 10 августа 2030 г.: 4,6", "Rating before 10 August 2030: 4.6"). */
const PAST_RATING = /^(?:рейтинг|rating)(?![\p{L}])[^:]{0,50}:\s*\d(?:[.,]\d{1,2})?$/iu;
/** The owner's invitation to claim the page ("Владелец? [Подтвердите заведение], чтобы отвечать на отзывы.", "Is this your business? …"). */
const CLAIM_LINE = /^(?:владелец\?|вы владелец\?|is this your (?:business|place|venue)\?|own this (?:business|place)\?)/iu;
/** The heading of the news about the place ("Новости о заведении", "News about this place", "In the news"). */
const NEWS_HEADING = /^(?:новости о (?:заведении|месте|компании)|(?:news|press) about (?:this|the) (?:business|place|venue)|in the news)$/iu;
/** Longest headline (characters). */
const MAX_HEADLINE_CHARS = 200;
/** Most filled lines between the news heading and the item's headline (its source and stamp). */
const MAX_LINES_TO_HEADLINE = 3;

/** What a review page gives: the lines without its furniture, and the news item's headline. */
export interface ReviewPage {
  lines: string[];
  title: string | null;
}

/** A line without its heading marks and its emphasis marks. */
function plain(line: string): string {
  return line.trim().replace(/^#{1,6}\s+/u, "").replace(/\*\*/gu, "").replace(/^[*_]+|[*_]+$/gu, "").trim();
}

/** Reads a review aggregator's page (see the module's note); `null` when no reviews' bar with its sorting stands on its own line. */
export function readReviewPage(lines: readonly string[]): ReviewPage | null {
  // (A cheap test first: a line opening with the reviews' word.)
  const bar = lines.findIndex((line) => (line.includes("тзыв") || line.includes("eview")) && REVIEWS_BAR.test(line.trim()));
  if (bar < 0) return null;
  let title: string | null = null;
  const out: string[] = [];
  let news = -1;
  lines.forEach((line, i) => {
    const text = plain(line);
    if (i === bar || (i < bar && ((RATING_MARK.test(text) && NO_SENTENCE.test(text)) || PAST_RATING.test(text))) || CLAIM_LINE.test(text)) return;
    if (news < 0 && i > bar && NEWS_HEADING.test(text)) news = out.length;
    out.push(line);
  });
  if (news >= 0) {
    const filled = out.map((line, i) => ({ text: plain(line), i, heading: /^#{1,6}\s/u.test(line.trim()) })).filter((entry) => entry.i > news && entry.text !== "");
    const headline = filled.slice(0, MAX_LINES_TO_HEADLINE).find((entry) => entry.heading && entry.text.length <= MAX_HEADLINE_CHARS && !/[.;,]$/u.test(entry.text));
    if (headline) {
      title = headline.text;
      out.splice(headline.i, 1);
    }
  }
  return { lines: out, title };
}
