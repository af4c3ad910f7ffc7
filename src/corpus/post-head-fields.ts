/**
 * The lines of a post's head on a business's own site that a one-line posting pattern misses. The byline may stand alone over
 * the day's line ("Words by Tom Aske, co-founder & head roaster" over "Monday 16 September 2030 · 6 min read", «Текст: Анна
 * Шестакова, управляющая лавкой» over «11 ноября 2030 · 4 мин чтения»): the two lines are the posting line, the day the post's
 * date. Under the posting line, before the post's first words, the post's filing fields may follow ("Category: Local News",
 * "Sources: HM Coastguard, Brinscombe Town Council", «Рубрика: Новости лавки», «Источники: МЧС, мэрия»): where the site files the
 * post and whom it asked, not the post's words. Pure.
 */

/** A byline alone: "Words by …", "By …", "Written by …", «Текст: …», «Автор: …», «Автор — …». */
const BYLINE = /^(?:(?:[Ww]ords|[Ww]ritten|[Tt]ext|[Ss]tory|[Pp]osted)\s+by|[Bb]y|[Aa]uthor|[Аа]втор|[Тт]екст)\s*[:—–-]?\s+\p{Lu}[^.!?]*$/u;
/** A weekday opening a day ("Monday ", «понедельник, »). */
const WEEKDAY = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье),?\s+`;
/** A day in words, maybe after its weekday; group 1 is the day. */
const DAY = new RegExp(String.raw`^(?:${WEEKDAY})?(\d{1,2}\s+\p{L}{3,}\.?\s+\d{4}|\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4})(?:\s*г\.)?$`, "iu");
/** A reading time or a counter beside the day: "6 min read", «4 мин чтения», «👁 2 418», "12 comments". */
const BESIDE_DAY = /^(?:\d+\s+min(?:ute)?s?\s+read|\d+\s+мин\.?\s+чтения|время чтения:?\s*\d+\s*мин\.?|[\p{Extended_Pictographic}]\uFE0F?\s*[\d\s]+|\d[\d\s]*\s+(?:comments?|views|reads|просмотр\p{L}*|комментари\p{L}*))$/iu;
/** A filing field of a post: its category, section or sources ("Category: Local News", «Рубрика: Новости лавки»). */
const FILING_FIELD = /^(?:categor(?:y|ies)|section|filed (?:in|under)|sources|рубрик[аи]|категори[яи]|раздел|источники)\s*:\s+\S/iu;
/** Longest line of a post's head (characters). */
const MAX_HEAD_LINE_CHARS = 160;

/** A line without its emphasis marks. */
function plain(line: string): string {
  return line.trim().replace(/[*_]+/gu, "").trim();
}

/**
 * The day of a byline standing alone over the day's line (see the module's note), as written without its weekday; null when
 * `byline` and `dayLine` are not such a pair.
 */
export function bylineOverDay(byline: string, dayLine: string): string | null {
  const by = plain(byline);
  const day = plain(dayLine);
  if (by.length > MAX_HEAD_LINE_CHARS || day.length > MAX_HEAD_LINE_CHARS || !BYLINE.test(by)) return null;
  const [first = "", ...rest] = day.split(/\s+[·|]\s+/u).map((part) => part.trim());
  const stamp = DAY.exec(first)?.[1];
  return stamp !== undefined && rest.every((part) => BESIDE_DAY.test(part)) ? stamp : null;
}

/** Whether a line under a posting line is one of the post's filing fields (see the module's note). */
export function isPostFilingField(line: string): boolean {
  const text = plain(line);
  return text.length <= MAX_HEAD_LINE_CHARS && FILING_FIELD.test(text);
}
