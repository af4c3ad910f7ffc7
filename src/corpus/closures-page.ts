/**
 * A road or network closures page of an agency (a county's "Road Closures & Travel Restrictions", «Ограничения движения»): the
 * site's head (the seal's placeholder, the search field, the menu), the tabs' row with their counts ("Active closures (5)    Planned work
 * (3)"), a status line ("Status as of Wednesday, October 15, 2025, 7:05 a.m.", «Данные на 15 октября 2025 г., 07:05»), a table of
 * closures (tab-separated), then the incident's update under its own headline ("Incident update – CR 31 tanker crash and fuel
 * spill"), an interactive map's placeholder ("[Interactive map – … ]") and the site's closing links ("Accessibility | Privacy | …").
 * The update's headline is the title, the status line dates the page, the head's first line names the agency (without its
 * division after a dash); the head down to the banner's sentence or the status line, the tabs, the placeholder under the update
 * and the closing block are furniture. The table stays: its rows are facts.
 */

/** A status line ("Status as of …", «По состоянию на …», «Данные на …»); group 1 is its day. */
const STATUS_LINE = /^(?:status|situation|closures?)\s+as\s+(?:of|at)\s+(.+)$|^(?:по состоянию на|данные на|обновлено)\s+(.+)$/iu;
/** A tab with its count ("Active closures (5)", «Плановые работы (3)»). */
const TAB = /^\p{L}[\p{L} ]{1,40}\(\d+\)$/u;
/** A row of the site's closing links, its parts between bars ("Accessibility | Privacy | Closure information may change …"). */
const LINKS_ROW = /^(?:accessibility|privacy|terms|contact|sitemap|доступность|конфиденциальность|карта сайта)\s*\|/iu;
/** How many filled lines from the top the status line and the table's header may stand at. */
const MAX_LINES_TO_TABLE = 12;
/** Fewest cells of the table's header row. */
const MIN_CELLS = 4;
/** Longest headline (characters). */
const MAX_HEADLINE_CHARS = 150;
/** Shortest paragraph under the update's headline (characters). */
const MIN_PARAGRAPH_CHARS = 200;
/** Longest agency's name (characters). */
const MAX_AGENCY_CHARS = 100;
/** Most lines of the closing block. */
const MAX_CLOSING_LINES = 4;

/** What a closures page gives: its lines without the furniture, the update's headline, the status line's day and the agency. */
export interface ClosuresPage {
  lines: string[];
  title: string;
  stamp: string;
  agency: string | null;
}

/**
 * Reads a closures page (see the module's note): `null` unless a status line stands above a tab-separated table's header row of
 * `MIN_CELLS` cells or more among the first filled lines, and a headline over a paragraph follows the table.
 */
export function readClosuresPage(lines: readonly string[]): ClosuresPage | null {
  const filled = lines.flatMap((line, i) => ((line ?? "").trim() === "" ? [] : [i]));
  const top = filled.slice(0, MAX_LINES_TO_TABLE);
  // (A cheap test first: a tab in the line.)
  const header = top.findIndex((i) => (lines[i] ?? "").includes("\t") && (lines[i] ?? "").split("\t").length >= MIN_CELLS);
  if (header < 0) return null;
  const status = top.slice(0, header).find((i) => STATUS_LINE.test((lines[i] ?? "").trim()));
  if (status === undefined) return null;
  const match = STATUS_LINE.exec((lines[status] ?? "").trim());
  const stamp = (match?.[1] ?? match?.[2] ?? "").trim();
  let k = header;
  while (k < filled.length && (lines[filled[k] ?? 0] ?? "").includes("\t")) k++;
  const at = filled[k];
  const next = filled[k + 1];
  const headline = (lines[at ?? 0] ?? "").trim();
  if (at === undefined || next === undefined || headline.length > MAX_HEADLINE_CHARS || /[.,;:…]$/u.test(headline)) return null;
  // (A note of who issued it may stand between the headline and the text: "Issued with the Office of Emergency Management".)
  const paragraph = [next, filled[k + 2]].some((i) => i !== undefined && (lines[i] ?? "").length >= MIN_PARAGRAPH_CHARS);
  if (!paragraph) return null;
  const drop = new Set<number>([at, status]);
  for (const i of top.slice(0, header)) {
    const text = (lines[i] ?? "").trim();
    if (text.split(/\s{2,}/u).every((part) => TAB.test(part))) drop.add(i);
  }
  // (The site's head: the lines above the first sentence (the banner's) or the status line; its first names the agency.)
  const end = top.findIndex((i) => i === status || /[.!?]$/u.test((lines[i] ?? "").trim()));
  const head = top.slice(0, Math.max(0, end));
  for (const i of head) drop.add(i);
  const agency = head.length > 0 ? ((lines[head[0] ?? 0] ?? "").trim().split(/\s+[–—-]\s+/u)[0] ?? null) : null;
  for (const i of filled.slice(k + 1)) if (/^\[[^\]]{2,200}\]$/u.test((lines[i] ?? "").trim())) drop.add(i);
  // (The closing block: its last paragraph ending with the links' row.)
  // (A copyright line under the row stays, for the owner's name to be read from it.)
  const copyright = /^(?:©|\(c\))/iu.test((lines[filled[filled.length - 1] ?? 0] ?? "").trim());
  const last = filled[filled.length - (copyright ? 2 : 1)] ?? 0;
  if (LINKS_ROW.test((lines[last] ?? "").trim())) {
    let start = last;
    while (start > 0 && (lines[start - 1] ?? "").trim() !== "") start--;
    if (last - start + 1 <= MAX_CLOSING_LINES) for (let i = start; i <= last; i++) drop.add(i);
  }
  return { lines: lines.filter((_line, i) => !drop.has(i)), title: headline, stamp, agency: agency !== null && agency.length <= MAX_AGENCY_CHARS ? agency : null };
}
