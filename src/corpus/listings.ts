/**
 * Listings a page carries beside its story: a broadcaster's programme schedule («### Телепрограмма · воскресенье, 8 февраля»
 * over «07:00 · Утро на Онежье»), a club's fixture list ("UPCOMING FIXTURES" over "Sat 14 Feb – Tarrow Vale (H), League,
 * 3pm"), a members' vote with its results ("MAN OF THE MATCH – MEMBERS' VOTE" over "Sam Whitlow (GK) .......... 41%"). They
 * are the site's standing furniture, not the story's words.
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
