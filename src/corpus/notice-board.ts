/**
 * A market's, a housing estate's or a club's notice board page: its name as the page's heading ("# Riverside Market — notice board",
 * «# Рынок «Заречный» — доска объявлений»), the manager's address and sections row over a rule, then the notices the manager pinned
 * under their label ("## 📌 Pinned by the management", «## 📌 Закреплено администрацией»), then the members' classified ads by
 * section ("## Сдаётся" over "- **Место № 47**, 6 м². 14 500 руб./мес. _(10.10)_"), then the board's rules under the last rule.
 * The pinned notices are the page's story: the manager's statement among them («### Заявление управляющей компании о событиях 11
 * октября», "### Statement from the management on Saturday's fire") gives the title and its signature's day («_Генеральный
 * директор … А. С. Кречетова, 13.10.2025_») the date; the board's name is the outlet. The head, the pinned label, the ads' sections
 * and the board's rules are the page's furniture.
 */

/** A board's heading: its name, then its kind; group 1 is the name. */
const BOARD_HEADING = /^#\s+(.{2,80}?)\s+[—–-]\s+(?:доска объявлений|notice ?board|bulletin board|message board)$/iu;
/** The label of the notices the manager pinned ("## 📌 Pinned by the management", «## 📌 Закреплено администрацией»). */
const PINNED_LABEL = /^#{1,6}\s+(?:📌\s*)?(?:закреплено(?:\s+[\p{L} ]{1,40})?|pinned(?:\s+[\p{L} ]{1,40})?)$/iu;
/** A statement's heading among the pinned notices ("### Statement from the management …", «### Заявление управляющей компании …»); group 1 is its words. */
const STATEMENT_HEADING = /^#{1,6}\s+((?:заявление|обращение|statement|a statement|a message|message)\s.{3,160})$/iu;
/** A signature closing a statement with its day ("_Генеральный директор … А. С. Кречетова, 13.10.2025_"); groups 1–3 are the day, month and year. */
const SIGNATURE_DAY = /,\s*(\d{1,2})\.(\d{1,2})\.(\d{4})[_*]*$/u;
/** A classified ad in a list, its day in brackets at its end ("- **Место № 47**, 6 м². 14 500 руб./мес. _(10.10)_"). */
const DATED_AD = /^[-*•]\s+.*\(\d{1,2}\.\d{1,2}(?:\.\d{2,4})?\)[_*]*$/u;
/** Most filled lines of the board's rules under its last rule. */
const MAX_RULES_LINES = 4;

/** What a notice board gives: its lines without the furniture, the statement's heading, its day (`YYYY-MM-DD`) and the board's name. */
export interface NoticeBoard {
  lines: string[];
  title: string | null;
  date: string | null;
  board: string;
}

/**
 * Reads a notice board page (see the module's note): `null` unless its first filled line is a board's heading and a pinned label
 * follows. `isRule` tells a rule. Pure.
 */
export function readNoticeBoard(lines: readonly string[], isRule: (line: string) => boolean): NoticeBoard | null {
  const first = lines.findIndex((line) => line.trim() !== "");
  const heading = (lines[first] ?? "").trim();
  // (A cheap test first: a heading's mark.)
  if (first < 0 || !heading.startsWith("# ")) return null;
  const board = BOARD_HEADING.exec(heading)?.[1];
  const pinned = lines.findIndex((line) => PINNED_LABEL.test(line.trim()));
  if (board === undefined || pinned < 0) return null;
  const drop = new Set<number>([pinned]);
  // The head: down to the rule over the pinned label.
  const rule = lines.slice(0, pinned).findLastIndex((line) => isRule(line.trim()));
  for (let k = first; k <= (rule > first ? rule : first); k++) drop.add(k);
  // The statement among the pinned notices, and its signature's day.
  let title: string | null = null;
  let date: string | null = null;
  const statement = lines.findIndex((line, k) => k > pinned && STATEMENT_HEADING.test(line.trim()));
  if (statement >= 0) {
    title = STATEMENT_HEADING.exec((lines[statement] ?? "").trim())?.[1]?.trim() ?? null;
    drop.add(statement);
    for (let k = statement + 1; k < lines.length && !isRule((lines[k] ?? "").trim()) && !/^#{1,6}\s/u.test(lines[k] ?? ""); k++) {
      const day = SIGNATURE_DAY.exec((lines[k] ?? "").trim());
      if (day) date = `${day[3] ?? ""}-${(day[2] ?? "").padStart(2, "0")}-${(day[1] ?? "").padStart(2, "0")}`;
    }
  }
  // The ads' sections: a heading over dated ads only.
  for (let k = pinned + 1; k < lines.length; k++) {
    if (!/^#{1,6}\s/u.test(lines[k] ?? "")) continue;
    let end = k + 1;
    let ads = 0;
    while (end < lines.length && ((lines[end] ?? "").trim() === "" || DATED_AD.test((lines[end] ?? "").trim()))) {
      if ((lines[end] ?? "").trim() !== "") ads++;
      end++;
    }
    if (ads === 0 || (end < lines.length && !isRule((lines[end] ?? "").trim()) && !/^#{1,6}\s/u.test(lines[end] ?? ""))) continue;
    for (let j = k; j < end; j++) drop.add(j);
  }
  // The board's rules under its last rule.
  const last = lines.findLastIndex((line) => isRule(line.trim()));
  const after = lines.slice(last + 1).filter((line) => line.trim() !== "");
  if (last > pinned && after.length > 0 && after.length <= MAX_RULES_LINES) for (let k = last; k < lines.length; k++) drop.add(k);
  // (The other pinned notices' headings are their words: a manager's notice in capitals is no headline of the page.)
  const pinnedEnd = lines.findIndex((line, k) => k > pinned && isRule(line.trim()));
  const out = lines.map((line, k) => (k > pinned && (pinnedEnd < 0 || k < pinnedEnd) ? line.replace(/^#{1,6}\s+/u, "") : line));
  return { lines: out.filter((_, k) => !drop.has(k)), title, date, board };
}
