/**
 * A club's trip report page in plain text: under the site's name, tagline, menu and breadcrumb (and a club notice about the trip),
 * the report's headline names itself a report ("Isles Weekend, 13-15 June 2031 - Trip Report", «Сплав по Ушме, 3–5 мая —
 * отчёт о походе»); blocks under labels in capitals that list rows and tell nothing in sentences (the route list as planned, the
 * upcoming club runs) and the footer's rows of links and notes closing the page are the site's furniture. The headline is the
 * title; the lines above it that are no sentences go, a notice's sentences stay.
 */

/** A report's headline: a name, a dash, and the report's kind. */
const REPORT_TITLE = /^\S.{4,150}\s[-–—]\s+(?:(?:trip|ride|tour|walk|hike|race|expedition|club)\s+report|отч[её]т\s+о\s+(?:походе|поездке|сплаве|восхождении|экспедиции|туре))$/iu;
/** A line of prose: long and closed by a sentence's end. */
const SENTENCE_LINE = /^.{60,}[.!?…»"”]$/u;
/** A block's label in capitals of two words or more, a note in brackets after it aside ("ROUTE LIST (as planned)", «БЛИЖАЙШИЕ ВЫЕЗДЫ»). */
const LABEL = /^[^\p{Ll}]*\p{Lu}{2}[^\p{Ll}]*\s[^\p{Ll}]*\p{Lu}[^\p{Ll}]*?(?:\s+\([^)]{1,40}\))?$/u;
/** A row of links or notes in the footer, parts between dots or bars. */
const FOOTER_ROW = /\s[·|]\s/u;
/** The headline is looked for among the first this many lines. */
const MAX_HEAD_LINES = 40;

/** What a trip report page gives: its lines without the furniture and its headline. */
export interface TripReportPage {
  lines: string[];
  title: string;
}

/** Whether a line may be a report's headline: cheap string tests before `REPORT_TITLE`. */
function isReportTitle(line: string): boolean {
  const lower = line.slice(-12).toLowerCase();
  return (lower.endsWith("report") || line.includes("тчёт о") || line.includes("тчет о")) && REPORT_TITLE.test(line);
}

/** Reads a trip report page (see the module's note): `null` unless one of its first lines is a report's headline. */
export function readTripReportPage(lines: readonly string[]): TripReportPage | null {
  const at = lines.slice(0, MAX_HEAD_LINES).findIndex((line) => isReportTitle(line.trim()));
  if (at < 0) return null;
  const drop = new Set<number>([at]);
  for (let i = 0; i < at; i++) if (!SENTENCE_LINE.test((lines[i] ?? "").trim())) drop.add(i);
  // (A block under a label in capitals that tells nothing in sentences is a listing.)
  for (let i = at + 1; i < lines.length; i++) {
    if (!LABEL.test((lines[i] ?? "").trim()) || ((lines[i - 1] ?? "").trim() !== "" && i - 1 !== at)) continue;
    let end = i + 1;
    while (end < lines.length && (lines[end] ?? "").trim() !== "") end++;
    let prose = false;
    for (let j = i + 1; j < end; j++) if ((lines[j] ?? "").trim().length >= 100 && SENTENCE_LINE.test((lines[j] ?? "").trim())) prose = true;
    if (prose || end === i + 1) continue;
    for (let j = i; j < end; j++) drop.add(j);
    i = end;
  }
  // (The footer's rows of links and notes closing the page go.)
  let last = lines.length - 1;
  while (last > at && (lines[last] ?? "").trim() === "") last--;
  let first = last;
  while (first > at && (lines[first] ?? "").trim() !== "") first--;
  let footer = true;
  for (let j = first + 1; j <= last; j++) if (!FOOTER_ROW.test(lines[j] ?? "") || SENTENCE_LINE.test((lines[j] ?? "").trim())) footer = false;
  if (footer) for (let j = first + 1; j <= last; j++) drop.add(j);
  return { lines: lines.map((line, i) => (drop.has(i) ? "" : line)), title: (lines[at] ?? "").trim() };
}
