/**
 * A page's closing block with no rule above it: its last paragraph, set off by a blank line, of up to four lines ending with the
 * copyright line ("Адрес управления: 167000, г. Сыктывкар, … · Телефон приёмной: …", "Сообщить о нарушении … можно через форму
 * обратной связи.", "Сведения публикуются … © Ростехнадзор, 2034"; "Address: … · Switchboard: …", "© Ashby Council 2034"). It is the
 * site's footer, not the story's; the name in the copyright line names the outlet.
 */

/** A copyright with the owner's name ("© Ростехнадзор, 2034", "© 2034 Ashby Council", "(c) Ashby Council 2034"); groups 1 or 2. */
const COPYRIGHT = /(?:©|\(c\))\s*(?:\d{4}(?:\s*[–-]\s*\d{4})?\s+([^,.·|]{2,60}?)|([^,.·|\d]{2,60}?),?\s*\d{4}(?:\s*[–-]\s*\d{4})?)\s*(?:[.·|]|$)/iu;
/** Most lines of a closing block. */
const MAX_BLOCK_LINES = 4;

/** What a closing copyright block gives: the owner's name in it. */
export interface CopyrightBlock {
  owner: string | null;
}

/**
 * Removes a page's closing copyright block (see the module's note) from `lines`; returns the owner's name, or `null` when the last
 * filled line holds no copyright sign or the block is longer.
 */
export function dropCopyrightBlock(lines: string[]): CopyrightBlock | null {
  const last = lines.findLastIndex((line) => line.trim() !== "");
  // (A cheap test first: the copyright sign in the last line.)
  const closing = (lines[last] ?? "").trim();
  if (last < 0 || (!closing.includes("©") && !closing.toLowerCase().includes("(c)"))) return null;
  const match = COPYRIGHT.exec(closing);
  if (!match) return null;
  let start = last;
  while (start > 0 && (lines[start - 1] ?? "").trim() !== "") start--;
  if (last - start + 1 > MAX_BLOCK_LINES || start === 0) return null;
  lines.splice(start);
  return { owner: (match[1] ?? match[2] ?? "").trim() || null };
}
