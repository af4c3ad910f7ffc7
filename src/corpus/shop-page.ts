/**
 * An online shop's page carrying the shop's announcement (a Markdown page of sections between rules): its head above the first
 * rule (the shop's name with its tagline in a level-1 heading, the phone, basket and sign-in row, a sales notice) and its
 * sections of product cards (a name in bold, a price, an availability line, a basket button, a rating) with the sales pitch and
 * the newsletter box after them down to the next rule are the shop's furniture. The announcement's own heading in the section
 * that holds most of the page's prose is the title, the copyright's owner the outlet.
 */

import { copyrightOwner } from "./sectioned-site-page.ts";

/** What a shop page gives: its lines without the furniture, the announcement's heading and the shop's owner. */
export interface ShopPage {
  lines: string[];
  title: string;
  owner: string | null;
}

/** The basket and sign-in row of a shop's head ("Корзина: 0 товаров · Войти", "Basket (2) | Sign in"). */
const BASKET_ROW = /(?:корзина|basket|cart)(?!\p{L})[^.!?]{0,40}(?:войти|вход|sign in|log in|my account)/iu;
/** A product card's availability or basket line ("Наличие: ❌ нет в наличии", "In stock", "[В корзину — недоступно]", "Add to basket"). */
const CARD_LINE = /^(?:наличие\s*:|в наличии|нет в наличии|availability\s*:|in stock|out of stock|\[?(?:в корзину|add to (?:basket|cart)|купить|buy now))/iu;
/** Fewest card lines that make a section product cards. */
const MIN_CARD_LINES = 2;
/** A Markdown heading of level 2 and its text. */
const SECTION_HEADING = /^##\s+(.+?)\s*#*$/u;
/** Pictographs opening a heading ("⚠️ ОБЪЯВЛЕНИЕ …"). */
const LEADING_SIGNS = /^(?:[\p{Extended_Pictographic}\uFE0F\u200D]+\s*)+/u;
/** A paragraph of sentences: long, closed by a sentence's end, no list item's line. */
const SENTENCE_LINE = /^(?![-*+>|#]|\d{1,3}[.)]\s)[^\n]{99,}[.!?…»"”]$/u;
/** Least prose (characters in lines of 120 or more) of the announcement's section. */
const MIN_PROSE = 600;
/** How many filled lines from the top the basket row may stand at. */
const MAX_HEAD_LINES = 6;

/**
 * Reads a shop page (see the module's note): `null` unless a basket row stands in its first lines, a section of product cards
 * follows a rule, and a section under a level-2 heading holds `MIN_PROSE` of prose. `isRule` tells a rule.
 */
export function readShopPage(lines: readonly string[], isRule: (line: string) => boolean): ShopPage | null {
  let basket = false;
  for (let i = 0, filled = 0; i < lines.length && filled < MAX_HEAD_LINES && !basket; i++) {
    const line = lines[i] ?? "";
    if (line.trim() === "") continue;
    filled++;
    basket = (line.includes("орзин") || line.includes("asket") || line.includes("art")) && BASKET_ROW.test(line);
  }
  if (!basket) return null;
  const rules = lines.flatMap((line, i) => (isRule(line.trim()) ? [i] : []));
  if (rules.length < 2) return null;
  const drop = new Set<number>();
  let title: string | null = null;
  let best = 0;
  let cards = false;
  for (let k = 0; k + 1 < rules.length; k++) {
    const from = (rules[k] ?? 0) + 1;
    const to = rules[k + 1] ?? 0;
    let prose = 0;
    let cardLines = 0;
    let heading: string | null = null;
    for (let i = from; i < to; i++) {
      const line = (lines[i] ?? "").trim();
      if (heading === null && line !== "") heading = SECTION_HEADING.exec(line)?.[1] ?? "";
      if (line.length >= 120) prose += line.length;
      if (CARD_LINE.test(line.replace(/^[^\p{L}\p{N}[]+/u, ""))) cardLines++;
    }
    // (After the cards, a section under a heading with no paragraph of sentences is the shop's pitch or newsletter box.)
    const pitch = cards && /^#{2,3}\s/u.test(lines[lines.slice(from, to).findIndex((line) => line.trim() !== "") + from] ?? "") && !lines.slice(from, to).some((line) => SENTENCE_LINE.test(line.trim()));
    if (cardLines >= MIN_CARD_LINES || pitch) {
      cards = true;
      for (let i = from; i < to; i++) drop.add(i);
    } else if (heading && prose > best) {
      best = prose;
      title = heading.replace(LEADING_SIGNS, "").trim();
    }
  }
  if (!cards || title === null || best < MIN_PROSE) return null;
  for (let i = 0; i < (rules[0] ?? 0); i++) drop.add(i);
  const owner = copyrightOwner(lines, rules[rules.length - 1] ?? lines.length);
  const kept = lines.filter((_line, i) => !drop.has(i));
  // (The announcement's heading leaves the text: it is the title.)
  const at = kept.findIndex((line) => SECTION_HEADING.test(line.trim()) && (SECTION_HEADING.exec(line.trim())?.[1] ?? "").replace(LEADING_SIGNS, "").trim() === title);
  if (at >= 0) kept.splice(at, 1);
  return { lines: kept, title, owner };
}
