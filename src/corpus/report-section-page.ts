/**
 * A numbered section of a company's report read as a page of its interactive edition ("Brightwater Aurum plc | Sustainability
 * Report 2033 (interactive edition)", a breadcrumb ending with the section's number "… > 5.4 Significant environmental incident"):
 * the report's head above the section's numbered heading (the buttons to download it, the reporting period, the key to its
 * symbols), the block of key performance indicators under its header in capitals (rows of figures split by tabs) and the back
 * link under the section are the edition's furniture. The numbered heading ("5.4  Quebrada Lima cyanide release, …") is the
 * title, the publication day of the reporting-period line the date, the company before the bar the outlet.
 */

/** What a report's section page gives: its lines without the furniture, the section's heading, its publication day and the company. */
export interface ReportSectionPage {
  lines: string[];
  title: string;
  published: string | null;
  company: string;
}

/** The page's name: the company, a bar, the report's name ("… | Sustainability Report 2033 …", «… | Годовой отчёт 2033»). */
const PAGE_NAME = /^([^|]{2,80}?)\s+\|\s+.*(?:report|review|отч[её]т|доклад)/iu;
/** A breadcrumb's last step that numbers the section ("> 5.4 Significant environmental incident"); group 1 is the number. */
const NUMBERED_CRUMB = /[>›»/]\s*(\d{1,2}(?:\.\d{1,2})+)\.?\s+\S[^>›»/]*$/u;
/** The publication day in the reporting-period line ("Published 22 April 2034", «Опубликовано 22 апреля 2034 г.»). */
const PUBLISHED = /(?:published|опубликован\p{L}*)\s*:?\s+(\d{1,2}\s+\p{L}+\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{4})/iu;
/** The header of the key performance indicators ("KEY PERFORMANCE INDICATORS - SABANERO GOLD MINE", «КЛЮЧЕВЫЕ ПОКАЗАТЕЛИ …»). */
const KPI_HEADER = /^(?:KEY PERFORMANCE INDICATORS|Key performance indicators|KPIs?|КЛЮЧЕВЫЕ ПОКАЗАТЕЛИ(?: ЭФФЕКТИВНОСТИ)?|Ключевые показатели(?: эффективности)?)(?:\s*[-–—:]\s*[^\p{Ll}]*)?$/u;
/** A back link under the section ("< Back to 5. Environment   Feedback on this report: …", «← Назад к разделу 5»). */
const BACK_LINK = /^(?:<|←)\s*(?:back|назад|к разделу)/iu;
/** How many filled lines from the top the page's name and the breadcrumb may stand at. */
const MAX_HEAD_LINES = 3;

/**
 * Reads a report's section page (see the module's note): `null` unless the page opens with the company and the report's name
 * over a breadcrumb numbering the section, and a line further down opens with that number.
 */
export function readReportSectionPage(lines: readonly string[]): ReportSectionPage | null {
  const top: number[] = [];
  for (let i = 0; i < lines.length && top.length < MAX_HEAD_LINES; i++) if ((lines[i] ?? "").trim() !== "") top.push(i);
  const name = PAGE_NAME.exec((lines[top[0] ?? 0] ?? "").trim());
  if (!name || !(lines[top[0] ?? 0] ?? "").includes("|")) return null;
  const number = top.slice(1).map((i) => NUMBERED_CRUMB.exec((lines[i] ?? "").trim())?.[1]).find((n) => n !== undefined);
  if (number === undefined) return null;
  const heading = lines.findIndex((line, i) => i > (top[1] ?? 0) && line.startsWith(`${number} `));
  if (heading < 0) return null;
  const title = (lines[heading] ?? "").slice(number.length).trim();
  let published: string | null = null;
  for (let i = 0; i < heading && published === null; i++) published = PUBLISHED.exec(lines[i] ?? "")?.[1] ?? null;
  const drop = new Set<number>();
  for (let i = 0; i <= heading; i++) drop.add(i);
  for (let i = heading + 1; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (BACK_LINK.test(line)) drop.add(i);
    if (!KPI_HEADER.test(line)) continue;
    // (The indicators' rows, split by tabs, and the blank lines between their tables.)
    let end = i + 1;
    while (end < lines.length && ((lines[end] ?? "").trim() === "" || (lines[end] ?? "").includes("\t"))) end++;
    for (let k = i; k < end; k++) drop.add(k);
    i = end - 1;
  }
  return { lines: lines.filter((_line, i) => !drop.has(i)), title, published, company: (name[1] ?? "").trim() };
}
