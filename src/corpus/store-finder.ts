/**
 * A retail chain's store-finder page carrying a statement: the chain's name with the page's name on the first line ("PixelPoint
 * Electronics | Store Finder"), the search form, then store cards between rules, each opened by its number, name and distance
 * ("1. Megastore Riverside  (NEW)      0.4 mi", «2. Магазин на Ленина      3,2 км»). Among the blocks between rules one holds no
 * card: the chain's statement, under its heading in capitals (a label such as "IMPORTANT:" before it goes) and an issue line
 * ("Issued Sunday 9 November 2031, 4:15 p.m.", «Опубликовано …») that dates it. The heading is the title, the chain's name the
 * outlet; the statement's text is kept and everything else goes: the head, the cards, the offers' blocks (the longest block
 * without a card is the statement), the map buttons and the footer.
 */

/** A store card's opening line: its number, name and distance at the line's end. */
const STORE_CARD = /^\d{1,2}\.\s+\S.{2,80}\s{2,}\d{1,3}(?:[.,]\d{1,2})?\s*(?:mi|miles|km|км)$/u;
/** How many store cards the page must show. */
const MIN_CARDS = 2;
/** The chain's name before the page's name on the first line; group 1. */
const CHAIN_NAME = /^(.{2,60}?)\s+[|·—–]\s+(?:store finder|store locator|find a store|stores|магазины|адреса магазинов|найти магазин)\s*$/iu;
/** A label in capitals before the statement's heading ("IMPORTANT:", «ВАЖНО:»). */
const HEADING_LABEL = /^[\p{Lu}][\p{Lu} ]{2,20}:\s+/u;
/** The issue line's words before its day; the rest is the day. */
const ISSUED = /^(?:issued|posted|published|updated|опубликовано|обновлено|размещено)\s*:?\s+/iu;
/** The longest statement heading (characters). */
const MAX_HEADING_CHARS = 160;

/** What the reader gives: the statement's lines, its heading, its issue line's day and the chain's name. */
export interface StoreFinderStatement {
  lines: string[];
  title: string;
  /** The issue line's text after its word ("Sunday 9 November 2031, 4:15 p.m."), or null. */
  issued: string | null;
  chain: string;
}

/**
 * Reads a store-finder page carrying a statement (see the module's note); null when the page is not one. `isRule` tells a rule,
 * `isStamp` whether a text reads as a day.
 */
export function readStoreFinder(
  lines: readonly string[],
  isRule: (line: string) => boolean,
  isStamp: (text: string) => boolean,
): StoreFinderStatement | null {
  const top = lines.findIndex((line) => line.trim() !== "");
  const chain = CHAIN_NAME.exec((lines[top] ?? "").trim())?.[1];
  // (Cheap test first: the first line names the chain and the page.)
  if (top < 0 || chain === undefined) return null;
  const blocks: { from: number; to: number; chars: number; cards: number }[] = [];
  let block = { from: top, to: top, chars: 0, cards: 0 };
  let cards = 0;
  for (let i = top; i <= lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (i === lines.length || isRule(line)) {
      block.to = i;
      blocks.push(block);
      block = { from: i + 1, to: i + 1, chars: 0, cards: 0 };
      continue;
    }
    if (STORE_CARD.test(line)) {
      block.cards++;
      cards++;
    }
    block.chars += line.length;
  }
  if (cards < MIN_CARDS) return null;
  let story: (typeof blocks)[number] | null = null;
  for (const candidate of blocks.slice(1)) if (candidate.cards === 0 && (story === null || candidate.chars > story.chars)) story = candidate;
  if (story === null) return null;
  let at = story.from;
  while (at < story.to && (lines[at] ?? "").trim() === "") at++;
  const heading = (lines[at] ?? "").trim().replace(HEADING_LABEL, "");
  if (heading.length < 10 || heading.length > MAX_HEADING_CHARS || heading !== heading.toUpperCase()) return null;
  let from = at + 1;
  const issueLine = (lines[from] ?? "").trim();
  let issued: string | null = null;
  if (ISSUED.test(issueLine) && isStamp(issueLine.replace(ISSUED, ""))) {
    issued = issueLine.replace(ISSUED, "");
    from++;
  }
  return { lines: lines.slice(from, story.to), title: heading, issued, chain: chain.trim() };
}
