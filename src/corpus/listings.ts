/**
 * Listings a page carries beside its story: a broadcaster's programme schedule («### Телепрограмма · воскресенье, 8 февраля»
 * over «07:00 · Утро на Онежье»), a club's fixture list ("UPCOMING FIXTURES" over "Sat 14 Feb – Tarrow Vale (H), League,
 * 3pm"), a members' vote with its results ("MAN OF THE MATCH – MEMBERS' VOTE" over "Sam Whitlow (GK) .......... 41%"), a
 * bulletin's tide table ("PENMARROW TIDES – WEEK BEGINNING MONDAY 8 SEPTEMBER" over "Mon   06:12 4.9m 12:31 0.8m …"), a
 * company's price list («## Цены сезона 2025» over «- Одиночный прыжок — **4 900 ₽**»). They are the site's standing
 * furniture, not the story's words.
 */

/** A schedule's or a fixture list's header, a day or a note after a separator allowed. */
const SCHEDULE_HEADER =
  /^(?:телепрограмма|телегид|программа (?:передач|эфира|телепередач|на (?:сегодня|завтра|неделю))|расписание (?:эфира|передач|матчей|игр)|tv (?:guide|listings|schedule)|programme (?:guide|schedule)|schedule|(?:upcoming |next |forthcoming |remaining )?fixtures|ближайшие (?:матчи|игры)|календарь (?:матчей|игр))(?:\s*[·|:—–-]\s*[^.!?]{0,40})?$/iu;
/** A weekday's short or full name. */
const WEEKDAY = String.raw`(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\p{L}*|пн|вт|ср|чт|пт|сб|вс|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье`;
/** A schedule's row: a time or a day first, then a separator and what is on ("07:00 · Утро на Онежье", "Sat 14 Feb – Tarrow Vale (H)"). */
const SCHEDULE_ROW = new RegExp(
  String.raw`^(?:\d{1,2}[:.]\d{2}|(?:${WEEKDAY})\.?,?\s+\d{1,2}(?:\s+\p{L}{3,9}\.?)?|\d{1,2}\s+\p{L}{3,9}\.?|\d{1,2}\.\d{1,2}\.?)\s*[·|—–-]\s*\S`,
  "iu",
);
/** Most rows of a listing. */
const MAX_LISTING_ROWS = 24;

/** A header line as its words are read: without a Markdown heading's marks or emphasis. */
function plain(line: string): string {
  return line
    .replace(/^#{1,6}\s+/u, "")
    .replace(/^(?:\*\*|__)(.*)(?:\*\*|__)$/u, "$1")
    .trim();
}

/**
 * A programme schedule or a fixture list: its header (see `SCHEDULE_HEADER`) and the rows under it (see `SCHEDULE_ROW`;
 * blank lines between them allowed). Where the block ends (exclusive), or null when line `i` opens none.
 */
export function scheduleEnd(lines: readonly string[], i: number): number | null {
  if (!SCHEDULE_HEADER.test(plain(lines[i] ?? ""))) return null;
  let end = i + 1;
  let rows = 0;
  for (let j = i + 1; j < lines.length && rows < MAX_LISTING_ROWS; j++) {
    const line = plain(lines[j] ?? "");
    if (line === "") continue;
    if (!SCHEDULE_ROW.test(line)) break;
    rows++;
    end = j + 1;
  }
  return rows >= 2 ? end : null;
}

/** A vote's or a poll's header: a short label naming a vote ("MAN OF THE MATCH – MEMBERS' VOTE", «ОПРОС НЕДЕЛИ», "Readers' poll"). */
const VOTE_HEADER = /^[^.!?]{0,50}(?<!\p{L})(?:vote|poll|голосование|опрос)(?!\p{L})[^.!?]{0,30}$/iu;
/** A vote's result: a name, a dotted leader or a dash, a share ("Sam Whitlow (GK) .......... 41%", «Иванов — 38 %»). */
const VOTE_RESULT = /^\S.{0,60}?\s*(?:\.{3,}|[—–]|:)\s*\d{1,3}(?:[.,]\d)?\s*%$/u;
/** Fewest results that make a vote. */
const MIN_VOTE_RESULTS = 2;

/**
 * A members' or readers' vote: its header (see `VOTE_HEADER`) and the lines under it up to a blank line (a sponsor's line,
 * the results, the count of votes, the prize), with `MIN_VOTE_RESULTS` results (see `VOTE_RESULT`) among them. Where the
 * block ends (exclusive), or null.
 */
export function voteEnd(lines: readonly string[], i: number): number | null {
  if (!VOTE_HEADER.test(plain(lines[i] ?? ""))) return null;
  let end = i + 1;
  while (end < lines.length && lines[end] !== "") end++;
  const results = lines.slice(i + 1, end).filter((line) => VOTE_RESULT.test(line.trim())).length;
  return results >= MIN_VOTE_RESULTS ? end : null;
}

/** A tide table's header: a place's tides, a tide table, high water, a note after a separator allowed ("PENMARROW TIDES – WEEK BEGINNING …", «Таблица приливов»). */
const TIDE_HEADER =
  /^(?:[\p{L}'’ ]{0,40}\s)?(?:tides?|tide tables?|tide times|high water times|приливы(?: и отливы)?|таблица приливов|время приливов)(?:\s*[·|:—–-]\s*[^.!?]{0,60})?$/iu;
/** A tide table's row: a day or a date, then two times or more ("Mon   06:12 4.9m 12:31 0.8m", "14.09  04:12  5,1 м  10:30"), or its header ("Day   HW   LW"). */
const TIDE_ROW = new RegExp(
  String.raw`^(?:(?:${WEEKDAY})\.?|\d{1,2}(?:[./]\d{1,2}|\s+\p{L}{3,9}\.?))(?:\s+.*?)?(?:\d{1,2}[:.]\d{2}.*){2,}$|^(?:day|date|день|дата)\s+(?:(?:HW|LW|high|low|ПВ|МВ|полная вода|малая вода)\s*){2,}`,
  "iu",
);
/** Fewest rows of a tide table. */
const MIN_TIDE_ROWS = 2;
/** Most lines of a tide table with its notes. */
const MAX_TIDE_LINES = 20;

/**
 * A tide table: its header (see `TIDE_HEADER`), its rows (see `TIDE_ROW`) and the notes right under them, up to a blank line
 * ("Springs midweek. … Tidal data for guidance only – not for navigation."). It tells when the tide turns this week, not what
 * happened. Where the block ends (exclusive), or null.
 */
export function tideTableEnd(lines: readonly string[], i: number): number | null {
  if (!TIDE_HEADER.test(plain(lines[i] ?? ""))) return null;
  let j = i + 1;
  while (j < lines.length && lines[j] === "") j++;
  let rows = 0;
  for (; j < lines.length && TIDE_ROW.test(plain(lines[j] ?? "")); j++) rows++;
  if (rows < MIN_TIDE_ROWS) return null;
  while (j < lines.length && lines[j] !== "" && j - i <= MAX_TIDE_LINES) j++;
  return j;
}

/** A price list's heading, a season or the company's own («Цены сезона 2025», «Стоимость услуг», «Наши цены», "Price list", "Our rates", "Prices 2031"). */
const PRICE_HEADER =
  /^(?:(?:наши|our)\s+(?:цены|тарифы|prices|rates|fees)|прайс(?:-лист)?|price list|(?:цены|тарифы|стоимость)\s+(?:сезона|на услуги|услуг)|(?:цены|тарифы|prices|rates|fees)\s+(?:\d{4}|for (?:the )?\d{4}(?: season)?|this season))(?:\s+[^.!?:]{1,30})?:?$/iu;
/** A price in a list item ("4 900 ₽", "£45", "$120", "3 500 руб."). */
const PRICE = /\d[\d\s\u00A0.,]*\s*(?:₽|руб\.?|р\.|€|₸|грн)|[£$€]\s?\d/u;
/** A list item's marker. */
const ITEM = /^(?:[-*•·–—]|\d{1,2}[.)])\s+\S/u;
/** Fewest priced items of a price list. */
const MIN_PRICED_ITEMS = 2;

/**
 * A company's price list: its heading (see `PRICE_HEADER`) and the list items under it (blank lines between them allowed), at
 * least `MIN_PRICED_ITEMS` of them with a price (see `PRICE`). What the service costs is the site's offer, not the story.
 * Where the block ends (exclusive), or null.
 */
export function priceListEnd(lines: readonly string[], i: number): number | null {
  if (!PRICE_HEADER.test(plain(lines[i] ?? ""))) return null;
  let end = i + 1;
  let priced = 0;
  for (let j = i + 1; j < lines.length; j++) {
    const line = plain(lines[j] ?? "");
    if (line === "") continue;
    if (!ITEM.test(line)) break;
    if (PRICE.test(line)) priced++;
    end = j + 1;
  }
  return priced >= MIN_PRICED_ITEMS ? end : null;
}
