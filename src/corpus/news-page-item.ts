/**
 * A small business's plain-text site (a swimming school's, a dance studio's) carrying, between rules, one item taken from its news
 * page: the site's name, tagline and contacts, a noticeboard with its marked notice and a timetable come first; then, under a rule,
 * the item's label pointing at the news page ("From our news page", "From our blog", «Из новостей школы»), its headline and its
 * text down to the next rule; then the site's word to its customers and the footer. The headline is the title. Above the item only
 * paragraphs of sentences stay (a notice's text, a cancellation): the head, the board's labels and the timetable's rows go; the
 * label goes; under the item the footer goes from its row of links ("Lost property | Term fees | Safeguarding policy").
 */
import { firstFilled } from "./prose-section.ts";

/** The item's label pointing at the site's news page or blog. */
const NEWS_LABEL = /^(?:from (?:our|the) (?:news(?:\s*page)?|blog|newsroom)|из (?:наших )?(?:новостей|блога)(?:\s+\p{L}+)?|с (?:нашей )?страницы новостей)$/iu;
/** A paragraph of sentences: long enough, closed by a sentence's end. */
const SENTENCE_PARAGRAPH = /^[^|]{60,}[.!?]$/u;
/** A footer's row of links: three short parts or more set apart by bars, no sentence's end. */
const LINK_ROW = /^[^|.!?]{2,30}(?:\s\|\s[^|.!?]{2,30}){2,}$/u;
/** The shortest and longest headline (characters). */
const MIN_HEADLINE_CHARS = 10;
const MAX_HEADLINE_CHARS = 200;
/** The shortest paragraph (characters) that shows the item's text has begun under its headline. */
const MIN_TEXT_CHARS = 100;
/** The longest label (characters). */
const MAX_LABEL_CHARS = 40;

/** What the reader gives: the page's lines without the site's furniture and the item's headline. */
export interface NewsPageItem {
  lines: string[];
  title: string;
}

/**
 * Reads a site's page carrying an item from its news page between rules (see the module's note); null when the page is not one.
 * `isRule` tells a rule.
 */
export function readNewsPageItem(lines: readonly string[], isRule: (line: string) => boolean): NewsPageItem | null {
  for (let i = 1; i < lines.length; i++) {
    const label = (lines[i] ?? "").trim();
    // (Cheap test first: a short line opened by the label's first word.)
    const first = label.charAt(0).toLowerCase();
    if (label.length > MAX_LABEL_CHARS || (first !== "f" && first !== "и" && first !== "с") || !NEWS_LABEL.test(label)) continue;
    let ruleAt = i - 1;
    while (ruleAt > 0 && (lines[ruleAt] ?? "").trim() === "") ruleAt--;
    if (!isRule((lines[ruleAt] ?? "").trim())) return null;
    const headlineAt = firstFilled(lines, i + 1, lines.length);
    const headline = (lines[headlineAt] ?? "").trim();
    if (headline.length < MIN_HEADLINE_CHARS || headline.length > MAX_HEADLINE_CHARS || /[.:;]$/u.test(headline)) return null;
    const textAt = firstFilled(lines, headlineAt + 1, lines.length);
    if ((lines[textAt] ?? "").trim().length < MIN_TEXT_CHARS) return null;
    let end = textAt;
    while (end < lines.length && !isRule((lines[end] ?? "").trim())) end++;
    if (end === lines.length) return null;
    const out: string[] = [];
    for (let j = 0; j < ruleAt; j++) {
      const line = (lines[j] ?? "").trim();
      if (SENTENCE_PARAGRAPH.test(line)) out.push(line, "");
    }
    out.push(...lines.slice(headlineAt + 1, end));
    for (let j = end + 1; j < lines.length && !LINK_ROW.test((lines[j] ?? "").trim()); j++) out.push(lines[j] ?? "");
    return { lines: out, title: headline };
  }
  return null;
}
