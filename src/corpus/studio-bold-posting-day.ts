/**
 * A posting line whose day alone is set in bold before the line's other parts ("**12 December 2028** · By Dasha Klimova · 👁 2 418",
 * «**12 декабря 2028** · Автор: Даша Климова · 👁 2 418 · 💬 17»): a shop's blog marks the day so, the author and counters after
 * it plain. The emphasis is the page's styling, not the line's words; without it the line reads as the journal's plain posting line
 * («12 декабря 2028 · Автор: …»), its day the post's date and the line above it the headline. A line whose bold part is no day
 * ("**Note** · …", «**Внимание** · …») or that has nothing after it is left as it is. Pure.
 */

/** A day in words opening the line in bold, then a dot or a bar and more; groups 1 (the day) and 2 (the rest). */
const BOLD_OPENING_DAY = /^\s*(?:\*\*|__)(\d{1,2}\s+\p{L}{3,}\.?\s+\d{4}(?:\s*г\.)?|\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4})(?:\*\*|__)(\s*[·|]\s+\S.*)$/u;

/** The line with the bold marks around its opening day removed (see the module's note); any other line as it is. */
export function withoutBoldPostingDay(line: string): string {
  const match = BOLD_OPENING_DAY.exec(line);
  return match === null ? line : `${match[1] ?? ""}${match[2] ?? ""}`;
}
