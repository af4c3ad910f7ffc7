/**
 * A page of an organisation's wiki in wiki markup (Confluence and the like), pasted as text: a breadcrumb of spaces opens it
 * ("Union Wiki  >  Spaces  >  Members  >  Notices  >  Lab incident (Feb 2031)"), then its owner, its labels and a panel of
 * quick links, the page's level-1 heading (`h1. …`), its sections (`h2. …`) and macros (`{warning:title=…}`, `{info:title=…}`),
 * and a footer under the last rule (`----`). The heading is the title, without its "(updated …)" note, whose day (the year taken
 * from the breadcrumb when the note has none) dates the page; the footer's first part names the organisation, the outlet.
 * Everything above the heading goes except the macros' notices (their titles as plain lines); under it, the markup goes (section
 * marks, macro lines, numbered-item marks, a link's target), and so do the sections made only of a table or of listing rows
 * opened by a day in bold ("* *Wed 12 Feb, 1 pm* Seminar …"), as does the footer.
 */

/** A breadcrumb: at least three ">" between its parts. */
const BREADCRUMB = /^[^>]{2,60}(?:\s>\s[^>]{1,80}){3,}$/u;
/** The page's level-1 heading; group 1 is its text. */
const PAGE_HEADING = /^h1\.\s+(\S.{3,200})$/u;
/** A section's heading; group 1 is its text. */
const SECTION_HEADING = /^h[2-6]\.\s+(\S.*)$/u;
/** An "(updated …)" note at the heading's end; group 1 is its day. */
const UPDATED_NOTE = /\s*\((?:updated|last updated|обновлено|обновлена)\s*:?\s*([^()]{4,40})\)\s*$/iu;
/** A time after the day ("…, 09:30"). */
const TIME_TAIL = /,?\s*\d{1,2}[:.]\d{2}\s*$/u;
/** A year. */
const YEAR = /\b(?:19|20)\d{2}\b/u;
/** A macro's opening or closing line; group 1 is its name, group 2 its title. */
const MACRO = /^\{(\w+)(?::title=([^}]*))?\}$/u;
/** The macros that carry a notice, kept above the heading. */
const NOTICE_MACROS: ReadonlySet<string> = new Set(["warning", "note", "info", "tip"]);
/** A listing row: a bullet opened by a day or a name in bold. */
const LISTING_ROW = /^\*\s+\*[^*]{3,40}\*\s/u;
/** A link in wiki markup: its text, then its target after a bar; group 1 is the text. */
const WIKI_LINK = /\[([^\]|]{1,80})\|[^\]]{1,120}\]/gu;
/** A numbered item's mark. */
const NUMBERED_MARK = /^#\s+/u;

/** What the reader gives: the page's lines without the wiki's furniture, its heading, the heading's day and the footer's name. */
export interface WikiMarkupPage {
  lines: string[];
  title: string;
  /** The "(updated …)" note's day with the breadcrumb's year, or null. */
  updated: string | null;
  owner: string | null;
}

/** Reads a wiki page in wiki markup (see the module's note); null when the page is not one. `isRule` tells a rule. */
export function readWikiMarkupPage(lines: readonly string[], isRule: (line: string) => boolean): WikiMarkupPage | null {
  const top = lines.findIndex((line) => line.trim() !== "");
  const crumb = (lines[top] ?? "").trim();
  // (Cheap test first: the first line holds a breadcrumb's marks.)
  if (top < 0 || !crumb.includes(" > ") || !BREADCRUMB.test(crumb)) return null;
  const at = lines.findIndex((line) => line.startsWith("h1. "));
  const heading = PAGE_HEADING.exec((lines[at] ?? "").trim())?.[1];
  if (at < 0 || heading === undefined) return null;
  const note = UPDATED_NOTE.exec(heading);
  let updated: string | null = null;
  if (note) {
    const day = (note[1] ?? "").replace(TIME_TAIL, "").trim();
    const year = YEAR.exec(crumb)?.[0];
    updated = YEAR.test(day) ? day : year === undefined ? null : `${day} ${year}`;
  }
  let footer = lines.length;
  for (let i = lines.length - 1; i > at; i--) {
    if (isRule((lines[i] ?? "").trim())) {
      footer = i;
      break;
    }
  }
  let owner: string | null = null;
  for (let i = footer + 1; i < lines.length && owner === null; i++) {
    const line = (lines[i] ?? "").trim();
    if (line !== "") owner = line.split(" · ")[0]?.trim() || null;
  }
  const out: string[] = [];
  let macro: string | null = null;
  for (let i = top + 1; i < at; i++) {
    const line = (lines[i] ?? "").trim();
    const mark = MACRO.exec(line);
    if (mark) {
      const name = mark[1] ?? "";
      if (macro === name) {
        if (NOTICE_MACROS.has(name)) out.push("");
        macro = null;
      } else {
        macro = name;
        if (NOTICE_MACROS.has(name) && mark[2]) out.push(mark[2]);
      }
      continue;
    }
    if (macro !== null && NOTICE_MACROS.has(macro)) out.push(plain(line));
  }
  for (let i = at + 1; i < footer; i++) {
    const line = (lines[i] ?? "").trim();
    const section = SECTION_HEADING.exec(line);
    if (section) {
      let end = i + 1;
      while (end < footer && !SECTION_HEADING.test((lines[end] ?? "").trim()) && !MACRO.test((lines[end] ?? "").trim())) end++;
      if (isListing(lines, i + 1, end)) {
        i = end - 1;
        continue;
      }
      out.push(section[1] ?? "");
      continue;
    }
    const mark = MACRO.exec(line);
    if (mark) {
      if (mark[2]) out.push(mark[2]);
      continue;
    }
    out.push(plain(line));
  }
  return { lines: out, title: heading.replace(UPDATED_NOTE, "").trim(), updated, owner };
}

/** Whether lines `from` to `to` (excluded) are only a table's rows or listing rows, and some. */
function isListing(lines: readonly string[], from: number, to: number): boolean {
  let rows = 0;
  for (let i = from; i < to; i++) {
    const line = (lines[i] ?? "").trim();
    if (line === "") continue;
    if (!line.startsWith("|") && !LISTING_ROW.test(line)) return false;
    rows++;
  }
  return rows > 0;
}

/** A line without its markup: a numbered item's mark and links' targets. */
function plain(line: string): string {
  return line.replace(NUMBERED_MARK, "").replace(WIKI_LINK, "$1");
}
