/**
 * An organisation's statement set under a rule inside its live status page (an amusement park's ride wait times, a beach service's
 * flag status): a heading right under the rule ("A message about the Big Dipper", "INCIDENT STATEMENT — North Beach, Tuesday 14
 * January 2031", «Обращение к посетителям парка»), then who it is from ("From Jo Bloggs, General Manager", «От директора парка») and
 * when it was issued ("Issued Sunday, July 20, 2031, at 8:30 a.m.", "Issued by the Chief Lifeguard, 15 January, 14:00",
 * «Опубликовано 20 июля 2031 г.»). The statement is the page's story: its heading is the title (a label in capitals before a dash
 * in sentence case: "Incident statement — North Beach, …"), not the page's own name. The page's refresh notes ("Live wait times,
 * refreshed every 5 minutes", "Page refreshed 16:20 AEDT · Next scheduled update 06:30"), its key to its signs ("Flag guide: Red =
 * beach closed · …") and the few short lines of its footer under the statement's closing rule are the page's furniture; its status
 * list stays (its entries are facts).
 */

/** An issue line's opening words ("Issued Sunday, July 20, 2031", "Issued by the Chief Lifeguard, 15 January", «Опубликовано 20 июля»). */
const ISSUED_LINE = /^(?:issued|опубликовано|выпущено|размещено)(?:\s+by)?\s+\S/iu;
/** An issue line's word, with "by" after it. */
const ISSUED_WORD = /^(?:issued|опубликовано|выпущено|размещено)(?:\s+by)?\s+/iu;
/** Who a statement is from ("From Jo Bloggs, General Manager", «От директора парка»). */
const FROM_LINE = /^(?:[Ff]rom\s+\p{Lu}|[Оо]т\s+\p{L})/u;
/** Longest heading of a statement (characters). */
const MAX_HEADING_CHARS = 120;
/** A label in capitals before a dash opening a heading ("INCIDENT STATEMENT — "); group 1 is the label. */
const CAPITALS_LABEL = /^([^\p{Ll}—–]*\p{Lu}{2}[^\p{Ll}—–]*?)\s+([—–-]\s+.*\p{Ll}.*)$/u;
/** A page's note that it refreshes ("Live wait times, refreshed every 5 minutes", "Page refreshed 16:20 AEDT · Next update …", «Данные обновляются каждые 5 минут»). */
const REFRESH_NOTE = /^(?:[\p{L} ]{1,40},\s*)?(?:page |data )?refreshed\s+(?:every\s+\d{1,3}\s+min|\d{1,2}[:.]\d{2})|^(?:страница|данные)\s+обновля(?:ется|ются|ена|ены)\s+(?:каждые\s+\d{1,3}\s+мин|в\s+\d{1,2}[:.]\d{2})/iu;
/** A key to the page's signs ("Flag guide: Red/yellow = swim between the flags · Yellow = caution", «Обозначения флагов: красный = купание запрещено · …»). */
const SIGN_KEY = /^[\p{L} ]{0,30}(?:guide|key|legend|обозначени\p{L}*)(?:\s+[\p{L}]+)?\s*:\s*[^=]{1,40}=\s*\S.*[·|]/iu;
/** A copyright line. */
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\s)/iu;
/** Most filled lines of a footer under the statement's closing rule. */
const MAX_FOOTER_LINES = 6;
/** Longest line of such a footer (characters). */
const MAX_FOOTER_LINE_CHARS = 160;

/** What a status page's statement gives: the lines without its heading and the page's furniture, the title and its issue line. */
export interface IssuedStatement {
  lines: string[];
  title: string;
  issued: string;
  /** `YYYY-MM-DD`: the issue line's day, else the day in the page's own dated heading above the statement ("Flag status and conditions — Wednesday 15 January 2031"). */
  date: string | null;
}

/** A notice's reference before a bar opening its heading ("PSN-31-07 | ", "NTC/2031/14 | "). */
const REFERENCE_PREFIX = /^\p{Lu}{1,8}[-/.]?\d[\d/.-]*\s+[|·]\s+(?=\S)/u;

/** The heading's words as the title: a label in capitals before a dash in sentence case; a reference opening it goes. */
function headingTitle(text: string): string {
  const heading = text.replace(REFERENCE_PREFIX, "");
  const label = CAPITALS_LABEL.exec(heading);
  if (!label) return heading;
  const words = (label[1] ?? "").toLowerCase();
  return `${words.slice(0, 1).toUpperCase()}${words.slice(1)} ${label[2] ?? ""}`;
}

/**
 * Reads the first statement under a rule (see the module's note): `null` unless an issue line stands at most two lines under a
 * heading that stands right under a rule, a line saying who it is from allowed between them. `isRule` tells a rule; `dateOf` reads
 * a stamp's day (`YYYY-MM-DD`, or null when it names no year).
 */
export function readIssuedStatement(lines: readonly string[], isRule: (line: string) => boolean, dateOf: (text: string) => string | null): IssuedStatement | null {
  for (let i = 2; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    // (A cheap test first: the line opens with an issue line's word.)
    const first = line.slice(0, 1);
    if ((first !== "I" && first !== "О" && first !== "В" && first !== "Р") || !ISSUED_LINE.test(line)) continue;
    const from = FROM_LINE.test((lines[i - 1] ?? "").trim());
    const at = from ? i - 2 : i - 1;
    const heading = (lines[at] ?? "").trim();
    let above = at - 1;
    while (above > 0 && (lines[above] ?? "").trim() === "") above--;
    if (at < 1 || !isRule((lines[above] ?? "").trim()) || heading === "" || heading.length > MAX_HEADING_CHARS || /[.!?;:,…]$/u.test(heading)) continue;
    if (!/\p{L}/u.test(heading) || ISSUED_LINE.test(heading)) continue;
    const out = lines.slice();
    // The footer under the statement's closing rule: a few short lines.
    let close = -1;
    for (let k = i + 1; k < out.length; k++) if (isRule((out[k] ?? "").trim()) && k > i + 1) close = k;
    if (close > 0) {
      const after = out.slice(close + 1).filter((text) => text.trim() !== "");
      // (Its copyright line stays: it names the site.)
      if (after.length > 0 && after.length <= MAX_FOOTER_LINES && after.every((text) => text.length <= MAX_FOOTER_LINE_CHARS)) {
        out.splice(close + 1, out.length, ...after.filter((text) => COPYRIGHT.test(text.trim())));
      }
    }
    // (The rules around it, drawn in any character, are its frame.)
    if (close > 0) out[close] = "";
    out[above] = "";
    out.splice(at, 1);
    let pageDate: string | null = null;
    for (let k = at - 1; k >= 0; k--) {
      const text = (out[k] ?? "").trim();
      if (REFRESH_NOTE.test(text) || SIGN_KEY.test(text)) out.splice(k, 1);
      else {
        // (The page's own dated heading goes: the statement's heading is the title.)
        const day = dateOf(/\s[—–]\s([^—–]{6,40})$/u.exec(text)?.[1] ?? "");
        if (day !== null) {
          pageDate = day;
          out.splice(k, 1);
        }
      }
    }
    const stamp = line.replace(ISSUED_WORD, "");
    const issuedDate = dateOf(stamp) ?? stamp.split(/,\s*/u).map((part) => dateOf(part)).find((date) => date !== null) ?? null;
    return { lines: out, title: headingTitle(heading), issued: line, date: issuedDate ?? pageDate };
  }
  return null;
}
