/**
 * Listings a page carries beside its story: a broadcaster's programme schedule («### Телепрограмма · воскресенье, 8 февраля»
 * over «07:00 · Утро на Онежье»), a club's fixture list ("UPCOMING FIXTURES" over "Sat 14 Feb – Tarrow Vale (H), League,
 * 3pm"), a members' vote with its results ("MAN OF THE MATCH – MEMBERS' VOTE" over "Sam Whitlow (GK) .......... 41%"), a
 * bulletin's tide table ("PENMARROW TIDES – WEEK BEGINNING MONDAY 8 SEPTEMBER" over "Mon   06:12 4.9m 12:31 0.8m …"), a
 * company's price list («## Цены сезона 2025» over «- Одиночный прыжок — **4 900 ₽**»), a trade paper's jobs board ("=== JOBS ===" over
 * "Scaffold Supervisor (CISRS Advanced)" / "Ravensmoor | GBP 48,000-52,000 + van"), an office's reception hours («### 🗓 Приём граждан»
 * over «- **Уполномоченный …** — вторник, 10:00–13:00»). They are the site's standing furniture, not the story's words.
 */

/**
 * A schedule's or a fixture list's header, a day or a note after a separator allowed; a station's day on air and its playlist ("TODAY
 * ON WVFM", "RECENTLY PLAYED", «СЕГОДНЯ В ЭФИРЕ», «Недавно звучали»).
 */
const SCHEDULE_HEADER =
  /^(?:телепрограмма|телегид|программа (?:передач|эфира|телепередач|на (?:сегодня|завтра|неделю))|расписание (?:эфира|передач|матчей|игр)|tv (?:guide|listings|schedule)|programme (?:guide|schedule)|schedule|(?:upcoming |next |forthcoming |remaining )?fixtures|ближайшие (?:матчи|игры)|календарь (?:матчей|игр)|(?:today|tonight|tomorrow|this week) on(?: air| [\p{L}\d][\p{L}\d .&'’-]{1,30})|on air today|(?:recently|just|last) played|recent tracks|playlist|сегодня в эфире|в эфире сегодня|недавно (?:звучали|в эфире)|плейлист)(?:\s*[·|:—–-]\s*[^.!?]{0,40})?$/iu;
/** A weekday's short or full name. */
const WEEKDAY = String.raw`(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\p{L}*|пн|вт|ср|чт|пт|сб|вс|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье`;
/**
 * A schedule's row: a time or a day first, then a separator (or a time, then a wide gap) and what is on ("07:00 · Утро на Онежье",
 * "Sat 14 Feb – Tarrow Vale (H)", "06:00  Breakfast with Dan & Priti").
 */
const SCHEDULE_ROW = new RegExp(
  String.raw`^(?:(?:\d{1,2}[:.]\d{2}|(?:${WEEKDAY})\.?,?\s+\d{1,2}(?:\s+\p{L}{3,9}\.?)?|\d{1,2}\s+\p{L}{3,9}\.?|\d{1,2}\.\d{1,2}\.?)\s*[·|—–-]\s*\S|\d{1,2}[:.]\d{2}\s{2,}\S)`,
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
 * blank lines between them allowed), and a station's note on its bulletins right under them (see `SCHEDULE_NOTE`). Where the block
 * ends (exclusive), or null when line `i` opens none.
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
  // (A station's note right under its day on air goes with it: "News on the hour, 6am–midnight".)
  if (rows >= 2 && SCHEDULE_NOTE.test(plain(lines[end] ?? ""))) end++;
  return rows >= 2 ? end : null;
}

/** A station's note on its bulletins under its schedule ("News on the hour, 6am–midnight", «Новости — каждый час с 7:00 до 23:00»). */
const SCHEDULE_NOTE = /^(?:news|travel|weather|bulletins|новости|выпуски новостей|погода)(?!\p{L})[^.!?]{0,50}(?:on the hour|every (?:hour|\d{1,2} min)|каждый час|каждые \d{1,2} мин)/iu;

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

/** A price list's heading, a season or the company's own («Цены сезона 2025», «Стоимость услуг», «Наши цены», «Услуги бюро», "Price list", "Our rates", "Prices 2031"). */
const PRICE_HEADER =
  /^(?:(?:наши|our)\s+(?:цены|тарифы|prices|rates|fees|услуги|services)|услуги|services|прайс(?:-лист)?|price list|(?:цены|тарифы|стоимость)\s+(?:сезона|на услуги|услуг)|(?:цены|тарифы|prices|rates|fees)\s+(?:\d{4}|for (?:the )?\d{4}(?: season)?|this season))(?:\s+[^.!?:]{1,30})?:?$/iu;
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

/** A jobs board's header beside a trade paper's story ("=== JOBS ===", "Latest jobs", «Вакансии»), framed by "=" or not. */
const JOBS_HEADER = /^=*\s*(?:jobs|latest jobs|jobs board|job board|job ads|vacancies|вакансии|свежие вакансии)\s*=*$/iu;
/** A job ad's detail: a place and a pay after a bar, a pay, who posted it ("Ravensmoor | GBP 48,000-52,000 + van", "Posted by …", «от 90 000 ₽»). */
const JOB_DETAIL = /\s\|\s|\b(?:GBP|USD|EUR)\s?\d|[£$€]\s?\d|\d\s?(?:₽|руб)|^(?:posted by|размещено|работодатель)(?!\p{L})/iu;
/** A link to the whole board ("View all 214 jobs >", «Все вакансии (214) ›»). */
const ALL_JOBS = /^(?:view|see|browse|все|смотреть)\s.{0,30}(?:jobs|vacancies|ваканси\p{L}*)\b.{0,10}$/iu;
/** Longest line (characters) of a job ad. */
const MAX_JOB_LINE_CHARS = 80;
/** Longest jobs board header (characters). */
const MAX_BOARD_HEADER_CHARS = 40;
/** Fewest ads of a jobs board. */
const MIN_JOB_ADS = 2;

/**
 * A jobs board: its header (see `JOBS_HEADER`) and the ads under it, paragraphs of short lines without a sentence's stop with a job's
 * detail among them (see `JOB_DETAIL`), and the link to the whole board (see `ALL_JOBS`), at least `MIN_JOB_ADS` ads. Where the
 * block ends (exclusive), or null when line `i` opens none.
 */
export function jobsBoardEnd(lines: readonly string[], i: number): number | null {
  const header = lines[i] ?? "";
  // (Only a short line with a board's word is read.)
  if (header.length > MAX_BOARD_HEADER_CHARS || !(header.includes("obs") || header.includes("OBS") || header.includes("acanc") || header.includes("ACANC") || header.includes("аканс") || header.includes("АКАНС"))) return null;
  if (!JOBS_HEADER.test(plain(header))) return null;
  let end = i + 1;
  let ads = 0;
  for (let start = i + 1; start < lines.length; ) {
    while (start < lines.length && lines[start] === "") start++;
    let stop = start;
    while (stop < lines.length && lines[stop] !== "") stop++;
    const ad = lines.slice(start, stop).map((line) => line.trim());
    if (ad.length === 0) break;
    if (ad.length === 1 && ALL_JOBS.test(ad[0] ?? "")) {
      end = stop;
      break;
    }
    if (ad.some((line) => line.length > MAX_JOB_LINE_CHARS || /[.!?…]$/u.test(line)) || !ad.some((line) => JOB_DETAIL.test(line))) break;
    ads++;
    end = stop;
    start = stop;
  }
  return ads >= MIN_JOB_ADS ? end : null;
}

/** An office's reception hours header («🗓 Приём граждан», «График приёма», "Office hours", "Surgery times"). */
const HOURS_HEADER =
  /^(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:(?:личный )?при[её]м граждан|график (?:личного )?при[её]ма(?: граждан)?|часы при[её]ма(?: граждан)?|office hours|surgery (?:times|hours)|public reception)\s*:?$/iu;
/** A time of day or a range of them in an item («10:00–13:00», "9.30am"). */
const TIME_OF_DAY = /\d{1,2}[:.]\d{2}/u;
/** Longest reception hours header (characters). */
const MAX_HOURS_HEADER_CHARS = 60;
/** Fewest timed items of a reception's hours. */
const MIN_TIMED_ITEMS = 2;

/**
 * A reception's or an office's hours: its header (see `HOURS_HEADER`) and the list items under it (blank lines between them
 * allowed), at least `MIN_TIMED_ITEMS` of them with a time of day («Уполномоченный … — вторник, 10:00–13:00, по предварительной
 * записи»). When the office receives is the site's standing notice, not the story. Where the block ends (exclusive), or null.
 */
export function receptionHoursEnd(lines: readonly string[], i: number): number | null {
  const header = lines[i] ?? "";
  // (Only a short line with a reception's word is read.)
  if (header.length > MAX_HOURS_HEADER_CHARS || !(header.includes("риём") || header.includes("рием") || header.includes("РИЁМ") || header.includes("РИЕМ") || header.includes("ours") || header.includes("OURS") || header.includes("eception") || header.includes("urgery"))) return null;
  if (!HOURS_HEADER.test(plain(header))) return null;
  let end = i + 1;
  let timed = 0;
  for (let j = i + 1; j < lines.length; j++) {
    const line = plain(lines[j] ?? "");
    if (line === "") continue;
    if (!ITEM.test(line)) break;
    if (TIME_OF_DAY.test(line)) timed++;
    end = j + 1;
  }
  return timed >= MIN_TIMED_ITEMS ? end : null;
}
