/**
 * An excerpt of a body's annual report published on its site: a label heading naming the report's chapter and pages ("### Выдержка
 * из доклада. Глава 4.3. «…» (стр. 61–64)", "### Excerpt from the annual report. Chapter 4.3 … (pp. 61–64)"), the section's own bold
 * headline under it ("**Пожар в … интернате**"), its text with superscript footnote marks ("санитара¹") and its footnotes at its
 * end ("¹ Штатное расписание …"), then the site's news and a line of other news ("Другие новости: 01.04.2025 · …"). The bold
 * headline is the title, not the label; the label, the marks, the footnotes and the other-news line are the report's apparatus
 * and the site's furniture.
 */

/** An excerpt's label heading ("Выдержка из доклада. …", "Извлечение из доклада …", "Excerpt from the annual report …"). */
const EXCERPT_LABEL = /^#{1,6}\s+(?:выдержка|извлечение|фрагмент)\s+из\s+(?:ежегодного\s+)?(?:доклада|отч[её]та)|^#{1,6}\s+(?:excerpt|extract)\s+from\s+(?:the\s+)?(?:\p{L}+\s+)?report/iu;
/** A bold headline alone on its line; group 1. */
const BOLD_HEADLINE = /^\*\*([^*]{5,200})\*\*$/u;
/** A footnote at the end ("¹ Штатное расписание …", "² Expert's opinion …"). */
const FOOTNOTE_LINE = /^[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s+\S/u;
/** A footnote's mark after a word or a stop ("санитара¹", "года»³"). */
const FOOTNOTE_MARK = /(?<=[\p{L}\p{N}.,;:)»"”])[¹²³⁴⁵⁶⁷⁸⁹⁰]+/gu;
/** A line of other news ("Другие новости: 01.04.2025 · …", "Other news: …", "More news: …"). */
const OTHER_NEWS = /^(?:другие|ещё|еще)\s+новости\s*:|^(?:other|more)\s+news\s*:/iu;

/** What a report's excerpt gives: the lines without the label, the headline and the apparatus, and the headline. */
export interface ReportExcerpt {
  lines: string[];
  title: string | null;
}

/** Reads a report's excerpt (see the module's note); `null` when no label heading stands on its own line. */
export function readReportExcerpt(lines: readonly string[]): ReportExcerpt | null {
  // (A cheap test first: a heading's mark and the label's word.)
  const label = lines.findIndex((line) => line.startsWith("#") && /выдержка|извлечение|фрагмент|excerpt|extract/iu.test(line) && EXCERPT_LABEL.test(line.trim()));
  if (label < 0) return null;
  const next = lines.findIndex((line, i) => i > label && line.trim() !== "");
  const match = BOLD_HEADLINE.exec((lines[next] ?? "").trim());
  const drop = new Set(match ? [label, next] : [label]);
  const out = lines
    .filter((line, i) => !drop.has(i) && !FOOTNOTE_LINE.test(line.trim()) && !OTHER_NEWS.test(line.trim()))
    .map((line) => line.replace(FOOTNOTE_MARK, ""));
  return { lines: out, title: match ? (match[1] ?? "").trim() : null };
}
