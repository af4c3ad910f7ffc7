/**
 * A booking page (a hostel's, a hotel's, a campsite's: its rating, search form, room rates, facilities, house rules and guests'
 * quotes) carrying a notice to its guests between two dashed rules: a label in capitals naming the notice, after a dash its
 * posting clause with its day ("GUEST NOTICE – posted by reception, 16 June 2025", «ОБЪЯВЛЕНИЕ ДЛЯ ГОСТЕЙ — администратор,
 * 16 июня 2025»), the notice's headline alone on the next filled line, its text down to the closing rule. The notice holds most of
 * the page's prose. The headline is the title, the posting clause's day the date, the site's name opening the page's first line
 * (before a bar or a dash: "The Lantern Hostel – Dunhallow | Book direct & save") the outlet when the copyright line repeats it;
 * everything outside the rules (the page's head, the rates, the standing sections, the guests' quotes and the footer) and the label
 * go.
 */
import { footerCopyrightLine } from "./footer-copyright.ts";
import { firstFilled, PROSE_LINE_CHARS, proseOf, RULE_DASHES } from "./prose-section.ts";

/** A notice's label in capitals, a dash, its posting clause; group 1 is the clause. */
const NOTICE_LABEL = /^(?=[^\p{Ll}]*(?:\b(?:NOTICE|UPDATE|ANNOUNCEMENT|MESSAGE)\b|ОБЪЯВЛЕНИЕ|СООБЩЕНИЕ|ОБНОВЛЕНИЕ))[^\p{Ll}–—]{3,40}?\s+[–—-]\s+(\S.{2,100})$/u;
/** Longest headline (characters). */
const MAX_HEADLINE_CHARS = 150;
/** Least prose the notice holds (characters in long lines), and its least share of the page's. */
const MIN_NOTICE_PROSE = 1000;
const MIN_NOTICE_SHARE = 0.6;

/** What the reader gives: the notice's lines, its headline, its posting day as written and the site's name (or null). */
export interface GuestNotice {
  lines: string[];
  title: string;
  stamp: string;
  site: string | null;
}

/** The name opening the page's first line, cut before a bar or a dash, when the page's copyright repeats it; or null. */
function siteName(lines: readonly string[]): string | null {
  const at = firstFilled(lines, 0, lines.length);
  const name = ((lines[at] ?? "").trim().split(" | ")[0] ?? "").split(/\s+[–—-]\s+/u)[0]?.trim() ?? "";
  if (name.length < 3 || /[.!?:]\s/u.test(name)) return null;
  return footerCopyrightLine(lines, (line) => line.includes(name), at) === null ? null : name;
}

/** Whether a trimmed line is a dashed rule. */
function isDashedRule(line: string, isRule: (line: string) => boolean): boolean {
  return line.startsWith(RULE_DASHES) && isRule(line);
}

/**
 * Reads a booking page's notice between rules (see the module's note); null when the page carries none. `isRule` tells a rule,
 * `stampDate` reads a day.
 */
export function readGuestNotice(lines: readonly string[], isRule: (line: string) => boolean, stampDate: (text: string) => string | null): GuestNotice | null {
  for (let open = 0; open + 1 < lines.length; open++) {
    const label = lines[open + 1] ?? "";
    // (Cheap test first: a dashed rule over a line opened by three capitals.)
    if (!(lines[open] ?? "").startsWith(RULE_DASHES) || !/^\s*\p{Lu}{3}/u.test(label) || !isRule((lines[open] ?? "").trim())) continue;
    const clause = NOTICE_LABEL.exec(label.trim())?.[1];
    if (clause === undefined) continue;
    const stamp = clause
      .split(/,\s+/u)
      .map((part) => part.trim())
      .find((part) => stampDate(part) !== null);
    if (stamp === undefined) return null;
    const headline = firstFilled(lines, open + 2, lines.length);
    const title = (lines[headline] ?? "").trim();
    const first = firstFilled(lines, headline + 1, lines.length);
    if (headline < 0 || title.length > MAX_HEADLINE_CHARS || !/\p{Ll}/u.test(title) || /[.,;:!…]$/u.test(title)) return null;
    if ((lines[first] ?? "").trim().length < PROSE_LINE_CHARS) return null;
    let close = -1;
    for (let i = first; i < lines.length && close < 0; i++) if (isDashedRule((lines[i] ?? "").trim(), isRule)) close = i;
    if (close < 0) return null;
    const notice = proseOf(lines, first, close);
    if (notice < MIN_NOTICE_PROSE || notice < MIN_NOTICE_SHARE * proseOf(lines, 0, lines.length)) return null;
    return { lines: lines.map((line, i) => (i <= headline || i >= close ? "" : line)), title, stamp, site: siteName(lines) };
  }
  return null;
}
