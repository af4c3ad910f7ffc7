/**
 * A shop's weekly offers page in plain text: its name, contacts and menu of bracketed buttons, its offers as rows of goods with
 * dotted leaders to their prices ("Claw hammer 16oz ........ £8.99", «Молоток 500 г ........ 390 ₽»), then a box of local news
 * under its label ("COMMUNITY CORNER - news from around …", «НОВОСТИ НАШЕГО РАЙОНА») holding one item, its headline and its text
 * down to the box's closing frame, then the shop's footer. The headline is the title; everything above it (the head, the offers,
 * the box's label) and everything under the closing frame go.
 */
import { firstFilled } from "./prose-section.ts";

/** A row of goods: a name, dotted leaders, a price. */
const OFFER_ROW = /\S\s*\.{4,}\s*\S*\s*(?:[£$€]\s?\d|\d[\d\s\u00A0]*(?:[.,]\d+)?\s*(?:₽|руб))/u;
/** A news box's label: short, naming news. */
const NEWS_BOX_LABEL = /(?:^|[^\p{L}])(?:news|новост\p{L}*)(?![\p{L}])/iu;
/** How many rows of goods make a page of offers. */
const MIN_OFFER_ROWS = 3;
/** The longest label (characters). */
const MAX_LABEL_CHARS = 80;
/** The shortest and longest headline (characters). */
const MIN_HEADLINE_CHARS = 10;
const MAX_HEADLINE_CHARS = 200;
/** The shortest paragraph (characters) that shows the item's text has begun under its headline. */
const MIN_TEXT_CHARS = 100;

/** What the reader gives: the news item's lines and its headline. */
export interface OffersNewsBox {
  lines: string[];
  title: string;
}

/**
 * Reads a shop's offers page with its box of news (see the module's note); null when the page is not one. `isRule` tells a rule
 * (the box's closing frame among them).
 */
export function readOffersNewsBox(lines: readonly string[], isRule: (line: string) => boolean): OffersNewsBox | null {
  let rows = 0;
  let lastRow = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    // (Cheap test first: dotted leaders in the line.)
    if (line.includes("....") && line.length < 160 && OFFER_ROW.test(line)) {
      rows++;
      lastRow = i;
    }
  }
  if (rows < MIN_OFFER_ROWS) return null;
  for (let i = lastRow + 1; i < lines.length; i++) {
    const label = (lines[i] ?? "").trim();
    if (label === "" || label.length > MAX_LABEL_CHARS || !NEWS_BOX_LABEL.test(label)) continue;
    const headlineAt = firstFilled(lines, i + 1, lines.length);
    const headline = (lines[headlineAt] ?? "").trim();
    if (headline.length < MIN_HEADLINE_CHARS || headline.length > MAX_HEADLINE_CHARS || /[.:;]$/u.test(headline)) continue;
    const textAt = firstFilled(lines, headlineAt + 1, lines.length);
    if ((lines[textAt] ?? "").trim().length < MIN_TEXT_CHARS) continue;
    let end = textAt;
    while (end < lines.length && !isRule((lines[end] ?? "").trim())) end++;
    // (The item sits in a box drawn in characters: the rule closing it is the box's frame, "+----+".)
    if (end === lines.length || !(lines[end] ?? "").trim().startsWith("+")) return null;
    return { lines: lines.slice(headlineAt + 1, end), title: headline };
  }
  return null;
}
