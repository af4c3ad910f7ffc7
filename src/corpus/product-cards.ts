/**
 * A shop's site whose catalogue shows product cards above its news (a bakery chain's, a farm shop's): each card is the product's
 * name in bold, a line or two of weight and contents, a price line with the stock state ("~~890 ₽~~ · Нет в продаже", "£3.20 · In
 * stock · Add to basket") and a link to the card ("Подробнее", "More details"); the page's sections are headed by breadcrumbs
 * ("### Каталог › Торты и пирожные", "### News › Statement"). The cards, the breadcrumbs and the shop's own sections under headings
 * between the news item's closing rule and the footer's rule (its shops, its loyalty card) are furniture; the heading under the news
 * section's breadcrumb is the title.
 */

/** A line that is only bold text. */
const BOLD_LINE = /^\*\*[^*]+\*\*$/u;
/** A price with its currency ("890 ₽", "1 050 руб.", "£3.20", "$12"). */
const PRICE = /\d[\d\u00a0 ]*(?:[.,]\d{1,2})?\s*(?:₽|руб\.?|р\.)|[£$€]\s?\d/u;
/** A stock state on the price line. */
const STOCK = /нет в продаже|в наличии|под заказ|распродано|нет в наличии|in stock|out of stock|sold out|unavailable|pre-?order/iu;
/** A link or button closing a card. */
const CARD_LINK = /^(?:подробнее|в корзину|купить|more details|details|view product|add to (?:basket|cart)|buy now)$/iu;
/** A section's breadcrumb in a heading ("### Каталог › Торты и пирожные"). */
const CRUMB_HEADING = /^#{1,6}\s+[^›#]{1,40}(?:\s›\s[^›]{1,40})+$/u;
/** Most lines between a card's name and its price line. */
const MAX_CARD_LINES = 3;
/** Fewest cards that make a catalogue. */
const MIN_CARDS = 2;

/** What a shop's page gives: its lines without the cards and the breadcrumbs, and the news heading under its breadcrumb. */
export interface ProductCardsPage {
  lines: string[];
  title: string | null;
}

/** Reads a shop's page with product cards (see the module's note); `null` when fewer than two cards stand in it. */
export function readProductCards(lines: readonly string[], isRule: (line: string) => boolean): ProductCardsPage | null {
  const dropped = new Set<number>();
  let cards = 0;
  for (let b = 0; b < lines.length; b++) {
    const name = (lines[b] ?? "").trim();
    // (Cheap test first: a card opens with a bold line.)
    if (!name.startsWith("**") || !BOLD_LINE.test(name)) continue;
    let end = -1;
    for (let p = b + 1; p <= b + MAX_CARD_LINES && p < lines.length; p++) {
      const line = (lines[p] ?? "").trim();
      if (line === "") break;
      if (PRICE.test(line) && STOCK.test(line)) {
        end = p;
        break;
      }
    }
    if (end < 0) continue;
    if (CARD_LINK.test((lines[end + 1] ?? "").trim().replace(/^\[([^\]]+)\]\([^)]*\)$/u, "$1"))) end++;
    for (let k = b; k <= end; k++) dropped.add(k);
    cards++;
    b = end;
  }
  if (cards < MIN_CARDS) return null;
  let title: string | null = null;
  let news = -1;
  lines.forEach((line, i) => {
    if (!line.startsWith("#") || !CRUMB_HEADING.test(line.trim())) return;
    dropped.add(i);
    let h = i + 1;
    while (h < lines.length && (lines[h] ?? "").trim() === "") h++;
    const heading = /^#{1,6}\s+(.+)$/u.exec((lines[h] ?? "").trim())?.[1]?.trim();
    if (heading !== undefined && !CRUMB_HEADING.test((lines[h] ?? "").trim()) && title === null) {
      title = heading;
      news = h;
      dropped.add(h);
    }
  });
  // (The shop's own sections after the news item's closing rule, each under a heading, go down to the footer's rule.)
  const rule = news < 0 ? -1 : lines.findIndex((line, i) => i > news && isRule(line.trim()));
  let after = rule + 1;
  while (rule >= 0 && after < lines.length && (lines[after] ?? "").trim() === "") after++;
  const footer = lines.findLastIndex((line) => isRule(line.trim()));
  if (rule >= 0 && footer > rule && (lines[after] ?? "").startsWith("#")) for (let k = rule; k < footer; k++) dropped.add(k);
  return { lines: lines.filter((_line, i) => !dropped.has(i)), title };
}
