/**
 * An article of a company's knowledge base for its partners or staff: under its heading stands the article's card line, its number
 * with its section, audience and last update («Статья KB-4471 · Раздел: Инциденты · … · Обновлено 19.10.2025, 10:30», "Article
 * KB-2210 · Section: Incidents · Updated 19/10/2025"). The update's day dates the article and the card line goes; so do the
 * acknowledgement box at the article's end («☐ Я ознакомился(-ась) с инструкцией · [Подтвердить]», "☐ I have read this") and,
 * from the first rule after the article on, the base's furniture: "was it helpful?" votes, tags, related articles, the call to
 * open a ticket, the footer. The footer's copyright names the company, the outlet.
 */

/** The article's card line: its number, then fields after middle dots; group 1 is the last update's text. */
const CARD_LINE = /^(?:статья|article)\s+[\p{L}]{1,6}-\d{2,8}\s+·.*?(?:обновлено|обновлена|updated|last updated)\s*:?\s*([^·]{6,40}?)\s*(?:·.*)?$/iu;
/** An acknowledgement box at a line's start. */
const CHECKBOX = /^[☐☑□■]\s/u;
/** A "was it helpful?" vote, opening a line. */
const HELPFUL = /^(?:была ли (?:статья|информация|эта статья) полезной|статья была полезной|was this (?:article|page|answer) helpful|did this (?:article|page) help)/iu;
/** How many filled lines after the rule the vote must stand within, for the rule to open the base's furniture. */
const MAX_LINES_TO_HELPFUL = 3;
/** The copyright line's owner, after the sign and before a comma or a middle dot; group 1. */
const COPYRIGHT_OWNER = /^(?:©|\(c\))\s*(?:\d{4}(?:\s*[–—-]\s*\d{4})?,?\s+)?([^,·|]{2,60}?)\s*(?:[,·|]|$)/iu;

/** What the reader gives: the article's lines without the base's furniture, the last update's text and the copyright's owner. */
export interface KnowledgeBaseArticle {
  lines: string[];
  updated: string;
  owner: string | null;
}

/** Reads a knowledge base's article (see the module's note); null when the page is not one. `isRule` tells a rule. */
export function readKnowledgeBaseArticle(lines: readonly string[], isRule: (line: string) => boolean): KnowledgeBaseArticle | null {
  let card = -1;
  let updated: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    // (Cheap test first: the line opens with the word's first letter, then with the word.)
    const first = (lines[i] ?? "").charCodeAt(0);
    if (first !== 0x421 && first !== 0x441 && first !== 0x41 && first !== 0x61) continue;
    const line = (lines[i] ?? "").trim();
    const head = line.slice(0, 8).toLowerCase();
    if (!head.startsWith("статья ") && !head.startsWith("article ")) continue;
    updated = CARD_LINE.exec(line)?.[1] ?? null;
    if (updated !== null) {
      card = i;
      break;
    }
  }
  if (card < 0 || updated === null) return null;
  let end = lines.length;
  for (let i = card + 1; i < lines.length && end === lines.length; i++) {
    if (!isRule((lines[i] ?? "").trim())) continue;
    let filled = 0;
    for (let j = i + 1; j < lines.length && filled < MAX_LINES_TO_HELPFUL; j++) {
      const line = (lines[j] ?? "").trim();
      if (line === "") continue;
      filled++;
      if (HELPFUL.test(line)) {
        end = i;
        break;
      }
    }
  }
  if (end === lines.length) return null;
  let owner: string | null = null;
  for (let i = lines.length - 1; i > end && owner === null; i--) owner = COPYRIGHT_OWNER.exec((lines[i] ?? "").trim())?.[1]?.trim() ?? null;
  const out = lines.slice(0, end).filter((line, i) => i !== card && !CHECKBOX.test(line.trim()));
  return { lines: out, updated, owner };
}
