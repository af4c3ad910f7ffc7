/**
 * A name's possessive ending before a period: the "s" after a straight apostrophe that follows a letter ("…his first week at St
 * Ebba's. The staff member…", "…bought at Sainsbury's. Prices…", «…джинсы Levi's. Магазин открылся…», «…в пабе St Patrick's.
 * Потом…»). The sentence splitter reads a lone letter before a period as an initial ("K. Tokayev", «В. Путин»), and a straight
 * apostrophe may open a quote before one, so "'s." hid a sentence's end and glued two sentences of a shop's post together. An
 * initial stands after a space or an opening mark, not inside a word: here the apostrophe follows a letter. Only "s" is read
 * (a name's possessive, a shop's or a saint's name written so); a contraction's letter ("don't.", "wasn't.") is left as the
 * splitter reads it. Pure.
 */

/** Whether the one-letter token at `tokenStart` in `text` is a possessive's "s" after a letter and a straight apostrophe (see the module's note). */
export function isPossessiveEnding(text: string, tokenStart: number): boolean {
  return text[tokenStart] === "s" && text[tokenStart - 1] === "'" && /\p{L}/u.test(text[tokenStart - 2] ?? "");
}
