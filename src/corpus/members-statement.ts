/**
 * A club's statement posted in its members' area: framed between rules, its heading in capitals over the posting line ("STATEMENT
 * FROM THE COMMITTEE: …" over "Posted to members on Monday 11 May 2037 at 18:30", «ОБРАЩЕНИЕ ПРАВЛЕНИЯ: …» over «Опубликовано для
 * членов клуба 11 мая 2037 в 18:30»). The heading, as written, is the title (a name in capitals keeps its spelling), the posting
 * line's day the date; the frame goes, and so do the area's members-only note ("Visible to members only. …") and its counters
 * ("Members online now: 37 · Page views this week: 1,204").
 */

/** A heading in capitals with a statement's word. */
const STATEMENT_HEADING = /^(?=[^\p{Ll}]{10,200}$).*(?:STATEMENT|ОБРАЩЕНИЕ|ЗАЯВЛЕНИЕ)/u;
/** The posting line; group 1 is its day (a time after "at" / «в» left off). */
const POSTED_LINE =
  /^(?:posted|published)(?: to (?:all )?(?:club )?members)? on\s+(.{6,40}?)(?:\s+at\s+\d{1,2}[:.]\d{2}.*)?$|^опубликовано(?: для (?:всех )?членов (?:клуба|общества))?\s+(.{6,40}?)(?:\s+в\s+\d{1,2}[:.]\d{2}.*)?$/iu;
/** The members' area's note that the page is for members only. */
const MEMBERS_ONLY = /^(?:visible|available|shown) (?:only )?to (?:club )?members(?: only)?\b|^(?:только для членов клуба|видно только членам клуба)/iu;
/** The area's counters of members online and page views. */
const AREA_COUNTERS = /^(?:members online(?: now)?|сейчас на сайте|участников онлайн)\s*:\s*\d[\d,\s]*(?:·|\||$)/iu;

/** What the reader gives: the page's lines without the frame and the area's furniture, the heading and the posting day. */
export interface MembersStatement {
  lines: string[];
  title: string;
  /** The posting line's day as written ("Monday 11 May 2037"). */
  posted: string;
}

/** Reads a statement posted in a members' area (see the module's note); null when the page has none. `isRule` tells a rule. */
export function readMembersStatement(lines: string[], isRule: (line: string) => boolean): MembersStatement | null {
  for (let i = 1; i + 2 < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    const first = line.charCodeAt(0);
    // (Cheap test first: a posting line opens with "P" or «О».)
    if (first !== 80 && first !== 112 && first !== 1054 && first !== 1086) continue;
    const posted = POSTED_LINE.exec(line);
    if (!posted) continue;
    const heading = (lines[i - 1] ?? "").trim();
    if (!isRule((lines[i + 1] ?? "").trim()) || !isRule((lines[i - 2] ?? "").trim()) || !STATEMENT_HEADING.test(heading)) continue;
    const out = lines.filter((text, k) => {
      if (k >= i - 2 && k <= i + 1) return false;
      const trimmed = text.trim();
      return !MEMBERS_ONLY.test(trimmed) && !AREA_COUNTERS.test(trimmed);
    });
    return { lines: out, title: heading, posted: (posted[1] ?? posted[2] ?? "").trim() };
  }
  return null;
}
