/**
 * A section page of an authority's site (its heading repeating the breadcrumb's last step: "Главная / Пассажирские перевозки /
 * Паромные переправы" over "## Паромные переправы") with a quoted callout of urgent news ("> ### ⚠ Оперативная информация" over
 * "> **Переправа … временно закрыта**", "> ### ⚠ Urgent information" over "> **Ferry service suspended**"). The callout's bold
 * headline is the page's title, not the section's name; the callout's label goes, its text stays.
 */

/** A callout's label ("⚠ Оперативная информация", "Срочная информация", "Urgent information", "Service update"). */
const CALLOUT_LABEL = /^(?:#{1,6}\s+)?[^\p{L}]*(?:оперативная|срочная|важная|экстренная)\s+информация$|^(?:#{1,6}\s+)?[^\p{L}]*(?:urgent|important|latest|emergency)\s+(?:information|update|notice)$/iu;
/** A bold headline alone on its line ("**Переправа … временно закрыта**"); group 1. */
const BOLD_HEADLINE = /^\*\*([^*]{5,200})\*\*$/u;
/** Most filled lines between the label and the headline. */
const MAX_LINES_TO_HEADLINE = 2;

/** What a section page's callout gives: the lines without its label and headline, and the headline. */
export interface InfoCallout {
  lines: string[];
  title: string;
}

/** A quoted line without its quote marks. */
function unquoted(line: string): string {
  return line.trim().replace(/^(?:>\s*)+/u, "").trim();
}

/**
 * Reads a section page's callout (see the module's note); `null` unless a quoted callout's label stands over a bold headline on a
 * page whose heading repeats the breadcrumb's last step (`isBreadcrumb` tells a breadcrumb).
 */
export function readInfoCallout(lines: readonly string[], isBreadcrumb: (line: string) => boolean): InfoCallout | null {
  // (A cheap test first: a quoted line with the label's word.)
  const label = lines.findIndex((line) => line.startsWith(">") && /информация|information|update|notice/iu.test(line) && CALLOUT_LABEL.test(unquoted(line)));
  if (label < 0) return null;
  const crumb = lines.findIndex((line, i) => i < label && isBreadcrumb(line.trim()));
  const last = (lines[crumb] ?? "").split(/\s+[/›>»→]\s+/u).pop()?.trim().toLowerCase() ?? "";
  const heading = lines.findIndex((line, i) => i > crumb && i < label && /^#{1,6}\s/u.test(line.trim()));
  if (crumb < 0 || heading < 0 || (lines[heading] ?? "").trim().replace(/^#{1,6}\s+/u, "").toLowerCase() !== last) return null;
  let seen = 0;
  for (let i = label + 1; i < lines.length && seen < MAX_LINES_TO_HEADLINE; i++) {
    const text = unquoted(lines[i] ?? "");
    if (text === "") continue;
    seen++;
    const match = BOLD_HEADLINE.exec(text);
    if (!match) continue;
    return { lines: lines.filter((_line, k) => k !== label && k !== i), title: (match[1] ?? "").trim() };
  }
  return null;
}
