/**
 * A sports club's matchday programme carrying the club's statement: the programme's masthead ("Official Matchday Programme ·
 * Issue 17 · Season 2031/32 · £3.00", «Программа матча № 12 · сезон 2031/32») with its sponsor's line under it, and its standing
 * sections, each under a header framed between rules (the squads, the fixtures and results with the league table, «СОСТАВЫ
 * КОМАНД», «КАЛЕНДАРЬ ИГР», «ТУРНИРНАЯ ТАБЛИЦА») down to the next rule, are the programme's furniture, not the story.
 */

/** A programme's masthead: its kind with its issue's number. */
const MASTHEAD = /(?:match\s?day|official|club|game\s?day)\s+programme\b.{0,40}\b(?:issue|no\.?)\s*\d|программ(?:а|ка)\s+(?:матча|игры)(?!\p{L}).{0,20}№\s*\d/iu;
/** A sponsor's line under the masthead ("Proudly sponsored by …", «Генеральный спонсор — …», «При поддержке …»). */
const SPONSOR_LINE = /^(?:proudly\s+)?(?:sponsored|supported)\s+by\s|^(?:(?:генеральный|титульный)\s+)?спонсор\p{L}*\s|^при поддержке\s/iu;
/** A standing section's header ("LYNX SQUAD 2031/32", "FIXTURES & RESULTS", "TEAM LINE-UPS", «ТУРНИРНАЯ ТАБЛИЦА»). */
const SECTION_HEADER = /(?:^|\s)(?:squads?|line-?ups|team sheets?|fixtures|results|league table|standings|составы?(?: команд)?|календарь игр|расписание игр|турнирная таблица)(?:\s|$)/iu;
/** How many filled lines from the top the masthead may stand at. */
const MAX_HEAD_LINES = 4;
/** Longest section header (characters). */
const MAX_HEADER_CHARS = 60;

/**
 * Drops (in place) a matchday programme's masthead, its sponsor's line and its standing sections (see the module's note); false,
 * with nothing dropped, unless the masthead stands among the first filled lines. `isRule` tells a rule.
 */
export function dropProgrammeFurniture(lines: string[], isRule: (line: string) => boolean): boolean {
  let masthead = -1;
  for (let i = 0, filled = 0; i < lines.length && filled < MAX_HEAD_LINES && masthead < 0; i++) {
    const line = (lines[i] ?? "").trim();
    if (line === "") continue;
    filled++;
    if (MASTHEAD.test(line)) masthead = i;
  }
  if (masthead < 0) return false;
  const drop = new Set<number>([masthead]);
  const next = lines.findIndex((line, i) => i > masthead && line.trim() !== "");
  if (next > 0 && SPONSOR_LINE.test((lines[next] ?? "").trim())) drop.add(next);
  for (let i = 1; i + 1 < lines.length; i++) {
    const header = (lines[i] ?? "").trim();
    if (header.length > MAX_HEADER_CHARS || /\p{Ll}/u.test(header) || !isRule((lines[i - 1] ?? "").trim()) || !isRule((lines[i + 1] ?? "").trim()) || !SECTION_HEADER.test(header)) continue;
    let end = i + 2;
    while (end < lines.length && !isRule((lines[end] ?? "").trim())) end++;
    for (let k = i; k < end; k++) drop.add(k);
    i = end - 1;
  }
  const kept = lines.filter((_line, i) => !drop.has(i));
  lines.splice(0, lines.length, ...kept);
  return true;
}
