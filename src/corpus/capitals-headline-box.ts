/**
 * A shop's plain-text page (a record shop's, a bookshop's, a bike shop's) whose story's headline stands alone in capitals boxed
 * between two dashed rules ("WHAT HAPPENED NEXT DOOR ON FRIDAY NIGHT", «ЧТО СЛУЧИЛОСЬ У СОСЕДЕЙ В ПЯТНИЦУ»), the story under the box
 * down to the next dashed rule, holding most of the page's prose; above it the shop's head, its menu of bracketed buttons, its
 * listings (new arrivals with their prices: three prices at least), maybe the shop's notice boxed between rules of equals signs under its label with its
 * posting stamp ("SHOP NOTICE · posted Sunday 16 March, 11.30am", «ОБЪЯВЛЕНИЕ · обновлено в воскресенье, 16 марта»). The
 * headline (its capitals made a name's) is the title; the notice's text is the shop's word on the event and stays above the story
 * unless it names a price; the head, the listings, the box and everything under the story's closing rule (the shop's offers, the
 * footer) go; a sentence left broken over two lines is joined. Pure.
 */
import { withBrokenSentencesJoined } from "./broken-sentence.ts";
import { firstFilled, PROSE_LINE_CHARS, proseOf, RULE_DASHES } from "./prose-section.ts";

/** A headline in capitals: three words or more, no lower-case letter, no sentence's stop at its end. */
const CAPITALS_HEADLINE = /^(?=(?:\S+\s+){2,}\S+$)(?=[^\p{Ll}]*\p{Lu}{3})[^\p{Ll}]{10,120}(?<![.!:;,])$/u;
/** The least run of equals signs that draws a rule across the page. */
const RULE_EQUALS = "==========";
/** A notice's label in capitals naming a notice, then its posting stamp after a dot, a bar or a dash. */
const NOTICE_LABEL = /^(?=[^\p{Ll}]*(?:\b(?:NOTICE|UPDATE)\b|ОБЪЯВЛЕНИЕ|ОБНОВЛЕНИЕ))\p{Lu}[^\p{Ll}·|]{2,40}?\s+[·|–—-]\s+(?:[Pp]osted|[Uu]pdated|[Оо]публиковано|[Оо]бновлено)(?!\p{L})/u;
/** A price in a line. */
const PRICE = /\d\s*(?:₽|руб|р\.)|[£$€]\s?\d/u;
/** Prices, counted in the lines above the box. */
const PRICES = /\d\s*(?:₽|руб|р\.)|[£$€]\s?\d/gu;
/** Fewest prices above the box: the shop's listings. */
const MIN_LISTED_PRICES = 3;
/** Least prose the story holds (characters in long lines), and its least share of the page's. */
const MIN_STORY_PROSE = 1000;
const MIN_STORY_SHARE = 0.6;

/** What the reader gives: the story's lines (the shop's notice first) and its headline as written in capitals. */
export interface CapitalsHeadlineBox {
  lines: string[];
  headline: string;
}

/** Whether a line (as written) is a dashed rule. Cheap: its first characters first. */
function isDashedRule(line: string, isRule: (line: string) => boolean): boolean {
  return line.startsWith(RULE_DASHES) && isRule(line.trim());
}

/**
 * The text of the shop's notice boxed under a rule of equals signs above line `to` (its label gone; a last line the rule under it
 * made a heading read back as text), unless it names a price; else none.
 */
function shopNotice(lines: readonly string[], to: number, isRule: (line: string) => boolean): string[] {
  for (let i = 0; i + 1 < to; i++) {
    if (!(lines[i] ?? "").startsWith(RULE_EQUALS) || !isRule((lines[i] ?? "").trim()) || !NOTICE_LABEL.test((lines[i + 1] ?? "").trim())) continue;
    const text: string[] = [];
    for (let j = i + 2; j < to; j++) {
      const line = (lines[j] ?? "").trim();
      if (line === "" || isRule(line)) break;
      text.push(line.replace(/^#\s+/u, ""));
    }
    return text.some((line) => PRICE.test(line)) ? [] : text;
  }
  return [];
}

/** Whether the lines above line `to` list `MIN_LISTED_PRICES` prices or more (the shop's listings). */
function listsPrices(lines: readonly string[], to: number): boolean {
  let prices = 0;
  for (let i = 0; i < to && prices < MIN_LISTED_PRICES; i++) prices += (lines[i] ?? "").match(PRICES)?.length ?? 0;
  return prices >= MIN_LISTED_PRICES;
}

/**
 * Reads a shop's page whose story's headline is boxed in capitals (see the module's note); null when the page is not one. `isRule`
 * tells a rule.
 */
export function readCapitalsHeadlineBox(lines: readonly string[], isRule: (line: string) => boolean): CapitalsHeadlineBox | null {
  for (let open = 0; open + 2 < lines.length; open++) {
    // (Cheap test first: two dashed rules two lines apart.)
    if (!(lines[open] ?? "").startsWith(RULE_DASHES) || !(lines[open + 2] ?? "").startsWith(RULE_DASHES)) continue;
    const headline = (lines[open + 1] ?? "").trim();
    if (!isDashedRule(lines[open] ?? "", isRule) || !isDashedRule(lines[open + 2] ?? "", isRule) || !CAPITALS_HEADLINE.test(headline)) continue;
    if (!listsPrices(lines, open)) return null;
    const first = firstFilled(lines, open + 3, lines.length);
    if ((lines[first] ?? "").trim().length < PROSE_LINE_CHARS) return null;
    let close = -1;
    for (let i = first; i < lines.length && close < 0; i++) if (isDashedRule(lines[i] ?? "", isRule)) close = i;
    if (close < 0) return null;
    const story = proseOf(lines, first, close);
    if (story < MIN_STORY_PROSE || story < MIN_STORY_SHARE * proseOf(lines, 0, lines.length)) return null;
    const notice = shopNotice(lines, open, isRule);
    // (A sentence the unwrapper left broken over two lines is joined: see `withBrokenSentencesJoined`.)
    const body = withBrokenSentencesJoined(lines.slice(first, close));
    return { lines: notice.length > 0 ? [...notice, "", ...body] : body, headline };
  }
  return null;
}
