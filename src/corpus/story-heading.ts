/**
 * The story's headline inside a page that opens with something else: a newsletter's lead story under its label ("LEAD STORY"
 * over "CALDER COURT FIRE: WHAT HAPPENED AND WHAT WE ARE DOING"), a service page's alert banner ("!! DISRUPTION NOTICE -
 * INDUSTRIAL ACTION BY AIR TRAFFIC CONTROLLERS !!" over a departures board), a statement's heading with its own publication
 * stamp under it (a results page's "STATEMENT FROM THE RETURNING OFFICER" over "Issued 11:50 PM, Monday, October 21, 2030", a
 * company's «## Заявление … о несчастном случае 9 августа» over «*опубликовано 11 августа 2025 года, 12:00*» under its price
 * list), a news item's heading under the page's news section («## Новости сети» over «### Обрушение мачты …» under a network
 * status table). The page's own heading (a site's name, a service's label, a product) is not the story's.
 */

/** A label over a newsletter's lead story ("LEAD STORY", "TOP STORY", «ГЛАВНАЯ ТЕМА», «ТЕМА НОМЕРА»). */
const LEAD_LABEL = /^(?:lead|top|main|cover|featured) story$|^(?:главная тема|тема номера|главная новость|главное)$/iu;
/** Longest headline (characters). */
const MAX_HEADLINE_CHARS = 200;
/** A line in bold alone ("**Заявление правления клуба о трагедии**"). */
const BOLD_LINE = /^\*\*[^*]+\*\*$/u;
/** A Markdown heading's marks. */
const HEADING_MARKS = /^#{1,6}\s+/u;
/** Pictographs opening a line ("🕯 ", "⚠️ "). */
const LEADING_PICTOGRAPHS = /^(?:[\p{Extended_Pictographic}\uFE0F]+\s*)+/u;

/** A line's words as a label or a headline is read: without a heading's marks and emphasis around it. */
function plain(line: string): string {
  return line
    .replace(HEADING_MARKS, "")
    .replace(/^(?:\*\*|__)(.*)(?:\*\*|__)$/u, "$1")
    .trim();
}

/** Whether a line reads as a headline: letters, at most `MAX_HEADLINE_CHARS`, no stop, comma, colon or ellipsis at its end. */
function readsAsHeadline(line: string): boolean {
  return line.length <= MAX_HEADLINE_CHARS && /\p{L}/u.test(line) && !/[.,;:…]$/u.test(line);
}

/**
 * Takes a newsletter's lead story's headline: the line right under a lead story's label (see `LEAD_LABEL`) when it reads as a
 * headline. Both lines leave `lines`; the headline is returned (it beats the e-mail's subject, which lists the issue's
 * contents: "Tenant News - March 2026: Calder Court fire update, repairs and your rent"). Null when there is none.
 */
export function takeLeadStoryHeadline(lines: string[]): string | null {
  const label = lines.findIndex((line) => LEAD_LABEL.test(plain(line)));
  if (label < 0) return null;
  const headline = plain(lines[label + 1] ?? "");
  if (!readsAsHeadline(headline)) return null;
  lines.splice(label, 2);
  return headline;
}

/** An alert banner framed by exclamation marks ("!! DISRUPTION NOTICE - INDUSTRIAL ACTION BY AIR TRAFFIC CONTROLLERS !!"); group 1 is its words. */
const ALERT_BANNER = /^!{2,}\s*(\S.*?)\s*!{2,}$/u;
/** A banner pointing to the statement further down ("CENTRE CLOSED - please read our statement below", «… см. заявление ниже»). */
const POINTS_BELOW = /(?<!\p{L})(?:below|ниже)(?!\p{L})/iu;
/** How many filled lines from the top an alert banner that heads the page may stand at. */
const MAX_LINES_TO_BANNER = 8;

/** A banner's words without the exclamation marks that frame it ("!! NOTICE: … below. !!" → "NOTICE: … below."); any other line as it is. */
export function withoutBannerFrame(line: string): string {
  return line.replace(ALERT_BANNER, "$1");
}

/**
 * Takes the headline of a page's alert banner: among the first `MAX_LINES_TO_BANNER` filled lines, a banner framed by "!!" (see
 * `ALERT_BANNER`) whose words read as a headline, with no sentence inside ("!! NOTICE: Results are unavailable. Please read …
 * !!" is a notice's text) and no pointer to a statement below ("!!! CENTRE CLOSED - please read our statement below … !!!"). The line leaves `lines`. Null when there is none.
 */
export function takeAlertHeadline(lines: string[]): string | null {
  const filled = lines.flatMap((line, i) => (line === "" ? [] : [i])).slice(0, MAX_LINES_TO_BANNER);
  for (const i of filled) {
    const words = ALERT_BANNER.exec(lines[i] ?? "")?.[1];
    if (words === undefined || !readsAsHeadline(words) || /[.!?…]\s/u.test(words) || POINTS_BELOW.test(words)) continue;
    lines.splice(i, 1);
    return words;
  }
  return null;
}

/** A heading in capitals: two to twelve words, no lower-case letter, no stop at its end ("STATEMENT FROM THE RETURNING OFFICER"). */
const CAPITALS_HEADING = /^(?=(?:\S+\s+){1,11}\S+$)[^\p{Ll}]*\p{Lu}{2}[^\p{Ll}]*$/u;
/** A page's news section named as its heading («Новости сети», «Новости компании», «Пресс-центр», "Latest news", "Newsroom", "Press releases"). */
const NEWS_SECTION = /^(?:\p{L}+\s+)?(?:новости|news|newsroom|пресс-релизы|пресс-центр|press releases|press cent(?:re|er)|media cent(?:re|er))(?:\s+\p{L}+){0,2}$/iu;
/** Fewest words of a story's heading inside a page. */
const MIN_HEADLINE_WORDS = 5;
/** Fewest filled lines above a story's heading inside a page (fewer are a page's head over its own headline). */
const MIN_LINES_ABOVE = 8;
/** A line longer than this (characters) is a paragraph of the page's text. */
const MIN_PARAGRAPH_CHARS = 200;

/** Whether a heading reads as a headline of `MIN_HEADLINE_WORDS` words or more, not a section's label ("PRESS STATEMENT", «Обновления от автора»). */
function isHeadline(line: string): boolean {
  const words = plain(line).split(/\s+/u).filter((word) => /\p{L}/u.test(word)).length;
  return words >= MIN_HEADLINE_WORDS && readsAsHeadline(plain(line));
}

/** Whether a line is a heading: a Markdown heading, or a line in capitals alone (see `CAPITALS_HEADING`). */
function isHeading(line: string): boolean {
  return HEADING_MARKS.test(line) || (CAPITALS_HEADING.test(line) && !/^[>|*_[(!-]/u.test(line) && !/[.!?…:;,]$/u.test(line));
}

/**
 * The index of the story's heading inside a page that opens with something else (a status table, a product, a document; not
 * its own headline in a Markdown heading "# …"):
 * - the first heading (see `isHeading`) that reads as a headline (see `isHeadline`), stands under no heading (a standfirst stands
 *   under its headline) and has a publication stamp (`isStamp` tells one) on the next filled line, a blank line between them
 *   allowed, when it stands under other text (`MIN_LINES_ABOVE` filled lines or more above it, or a paragraph longer than
 *   `MIN_PARAGRAPH_CHARS`) and no plain line above reads as a headline with a stamp under it (the page's own dated headline
 *   stands at the top, and then none is returned: an update's heading further down is not the story's);
 * - or else a Markdown heading that reads as a headline right under a news section's heading (see `NEWS_SECTION`) on a page whose
 *   first heading is a label ("# Статус сети"), whose index is returned as `section`; or a line in bold there that reads as a
 *   headline with a stamp under it (then `bold` is true: a site's page whose news section holds the story).
 * Null when there is none. Pure.
 */
export function findStoryHeading(lines: readonly string[], isStamp: (line: string) => boolean): { heading: number; section: number | null; bold?: boolean } | null {
  const filled = lines.flatMap((line, i) => (line === "" ? [] : [i]));
  const inside = (k: number): boolean => k >= MIN_LINES_ABOVE || filled.slice(0, k).some((at) => (lines[at] ?? "").length > MIN_PARAGRAPH_CHARS);
  // (The first line reading as a headline with a stamp under it: a heading inside the page, or the page's own headline.)
  const dated = /^#\s/u.test(lines[filled[0] ?? 0] ?? "")
    ? -1
    : filled.findIndex((at, k) => {
        const line = lines[at] ?? "";
        const next = filled[k + 1];
        const under = k > 0 && isHeading(lines[filled[k - 1] ?? 0] ?? "");
        return next !== undefined && !under && !/^[>|*_[(!-]/u.test(line) && isHeadline(line) && next - at <= 2 && isStamp(lines[next] ?? "");
      });
  if (dated >= 0) return inside(dated) && isHeading(lines[filled[dated] ?? 0] ?? "") ? { heading: filled[dated] ?? 0, section: null } : null;
  const firstHeading = filled.find((at) => HEADING_MARKS.test(lines[at] ?? ""));
  if (firstHeading === undefined || isHeadline(lines[firstHeading] ?? "")) return null;
  for (let k = 1; k < filled.length; k++) {
    const at = filled[k] ?? 0;
    const above = filled[k - 1] ?? 0;
    const line = lines[at] ?? "";
    if (HEADING_MARKS.test(line) && HEADING_MARKS.test(lines[above] ?? "") && NEWS_SECTION.test(plain(lines[above] ?? "")) && isHeadline(line)) {
      return { heading: at, section: above };
    }
    // (A news item's headline in bold over its stamp: «**Заявление правления клуба о …**» over «*опубликовано 11.06.2032*»; a
    // pictograph may open it: «🕯 **Сход лавины …**».)
    const next = filled[k + 1];
    const bold = line.startsWith("**") ? line : line.replace(LEADING_PICTOGRAPHS, "");
    if (bold.startsWith("**") && BOLD_LINE.test(bold) && next !== undefined && next - at <= 2 && isStamp(lines[next] ?? "") && HEADING_MARKS.test(lines[above] ?? "") && NEWS_SECTION.test(plain(lines[above] ?? "")) && isHeadline(line)) {
      return { heading: at, section: above, bold: true };
    }
  }
  return null;
}

/** A situation report's as-of line under its heading («### по состоянию на 08:00 (местное время) 22 июля 2033 года», "As of 08:00, 22 July 2033"). */
const AS_OF = /^(?:по состоянию на|as (?:of|at))\s+\S/iu;
/** A rule line. */
const RULE = /^(?:-{3,}|\*{3,}|_{3,}|[─━═—]{3,})$/u;

/** Where a situation report's story heading stands, and the report's as-of line. */
export interface ReportStory {
  heading: number;
  asOf: string;
}

/**
 * A situation report's story: the page opens (among its first three filled lines) with a heading over its as-of line (see `AS_OF`;
 * a heading itself or a plain line), and further down, right under a rule (blank lines between allowed), a Markdown heading that
 * reads as a headline (see `isHeadline`) with more text under it than the report has above the rule ("## Лесопожарная обстановка …"
 * over «### по состоянию на 08:00 … 22 июля 2033 года», a summary and a table, then "---" over «### Пожар в Кебском лесничестве подошёл
 * к селу Ольховая Падь»). The report's summary is the service's daily furniture; the story under it is the page's news. Null when
 * there is none. Pure.
 */
export function findReportStory(lines: readonly string[]): ReportStory | null {
  const top: number[] = [];
  for (let i = 0; i < lines.length && top.length < 3; i++) if (lines[i] !== "") top.push(i);
  const asOf = top.findIndex((at, k) => k > 0 && AS_OF.test(plain(lines[at] ?? "")) && HEADING_MARKS.test(lines[top[k - 1] ?? 0] ?? ""));
  if (asOf < 0) return null;
  const filled = lines.flatMap((line, i) => (line === "" ? [] : [i]));
  for (let k = asOf + 1; k < filled.length; k++) {
    const at = filled[k] ?? 0;
    if (!HEADING_MARKS.test(lines[at] ?? "") || !isHeadline(lines[at] ?? "") || !RULE.test(lines[filled[k - 1] ?? 0] ?? "")) continue;
    const length = (from: number, to: number): number => lines.slice(from, to).reduce((sum, line) => sum + line.length, 0);
    const next = filled.slice(k + 1).find((i) => RULE.test(lines[i] ?? "") || HEADING_MARKS.test(lines[i] ?? "")) ?? lines.length;
    return length(at + 1, next) > length(top[asOf] ?? 0, filled[k - 1] ?? 0) ? { heading: at, asOf: plain(lines[top[asOf] ?? 0] ?? "") } : null;
  }
  return null;
}
