/**
 * A unit's symbol after a number, written in its SI case: a lower-case prefix before a capital ("110 kV", "5 mA", «110 кВ», «2,5
 * кВт», «10 мА»). Lower-cased, some of these spell an abbreviation the sentence splitter keeps a period after («кв.» of «кв. 12»,
 * a flat), so "…упала опора линии электропередачи 110 кВ. Металлическая опора…" read as one sentence. An abbreviation is written
 * in lower case (or opens with a capital at a sentence's start); a capital after a lower-case letter, right after a number, is a
 * unit's, and its period ends the sentence like any word's. Pure.
 */

/** A unit's symbol: one or two lower-case letters (the prefix), a capital, and at most two letters more. */
const UNIT_SYMBOL = /^\p{Ll}{1,2}\p{Lu}\p{L}{0,2}$/u;
/** A number right before the symbol, maybe with a space (also a no-break one) between them. */
const NUMBER_BEFORE = /\d[\s\u00A0\u202F]?$/u;

/** Whether `token`, standing in `text` at `tokenStart`, is a unit's symbol after a number (see the module's note). */
export function isUnitSymbolAfterNumber(text: string, tokenStart: number, token: string): boolean {
  return UNIT_SYMBOL.test(token) && NUMBER_BEFORE.test(text.slice(Math.max(0, tokenStart - 2), tokenStart));
}
