/**
 * A wiki's article page: the wiki's name and tagline, its account menu and its page tabs ("Accident record   Talk   Read   Edit")
 * over the article's name and the line that names the wiki ("From AeroRecords Wiki", «Материал из Википедии — свободной
 * энциклопедии»). Everything down to that line is the site's furniture; the name above it is the page's title and the wiki the
 * outlet.
 */

/** The line under a wiki article's name that names the wiki ("From AeroRecords Wiki", «Материал из Авиапедии»). */
const FROM_WIKI = /^(?:from|материал из)\s+(\S.{0,80}?(?:wiki|pedia|вики|педи)\S*(?:\s+\S+){0,2}?)(?:\s*[—–,:-]\s.*)?$/iu;
/** How many filled lines from the top the line that names the wiki may stand at. */
const MAX_LINES_TO_FROM = 12;
/** Longest article name (characters). */
const MAX_TITLE_CHARS = 150;

/** What a wiki's article page gives: its lines from the article's text on, the article's name and the wiki's. */
export interface WikiPage {
  lines: string[];
  title: string;
  wiki: string;
}

/**
 * Reads a wiki's article page (see the module's note): `null` when the line naming the wiki does not stand among the first filled
 * lines right under a short name with no closing full stop.
 */
export function readWikiPage(lines: readonly string[]): WikiPage | null {
  let filled = 0;
  let above = -1;
  for (let i = 0; i < lines.length && filled < MAX_LINES_TO_FROM; i++) {
    const line = (lines[i] ?? "").trim();
    if (line === "") continue;
    filled++;
    // (A cheap test first: the line opens with the word.)
    const head = line.slice(0, 12).toLowerCase();
    if (!head.startsWith("from ") && !head.startsWith("материал из ")) {
      above = i;
      continue;
    }
    const match = FROM_WIKI.exec(line);
    const title = (lines[above] ?? "").trim();
    if (!match || above < 0 || title.length > MAX_TITLE_CHARS || /[.:;,]$/u.test(title)) return null;
    return { lines: lines.slice(i + 1), title: title.replace(/^#{1,6}\s+/u, ""), wiki: (match[1] ?? "").trim() };
  }
  return null;
}
