/**
 * A hard-wrapped post's breaks the unwrapper leaves inside a sentence (see `unwrapHardBreaks`): a wrapped line that ends with no
 * sentence's end ("… Its general manager," / "Colin Fairweather, 52, said …", "… a bin lorry rolled down" / "Cotterell Hill and …")
 * is joined with the line under it, since a line break ends a sentence for the sentence splitter. Only a long line (a wrapped one,
 * not a sign-off's "See you soon,") is joined, and never with a blank line, a list item, a heading or a rule under it. Pure.
 */

/** The shortest line (characters) taken for a wrapped one. */
const MIN_WRAPPED_CHARS = 50;
/** A sentence's end closing a line, maybe with closing quotes or brackets after it. */
const SENTENCE_END = /[.!?…:]["'”»)\]]*$/u;
/** What opens a line that goes on with a sentence: a letter, a digit or an opening quote. */
const GOES_ON = /^["'“«(]?[\p{L}\d]/u;
/** A list item's mark. */
const LIST_MARK = /^(?:[-*•–—]|\d{1,2}[.)])\s/u;

/** The lines with each long line broken inside a sentence joined to the line under it (see the module's note). */
export function withBrokenSentencesJoined(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out.length > 0 ? (out[out.length - 1] ?? "") : "";
    const next = line.trim();
    const joins = last.trim().length >= MIN_WRAPPED_CHARS && !SENTENCE_END.test(last.trim()) && next !== "" && GOES_ON.test(next) && !LIST_MARK.test(next) && !LIST_MARK.test(last.trim());
    if (joins) out[out.length - 1] = `${last.trimEnd()} ${next}`;
    else out.push(line);
  }
  return out;
}
