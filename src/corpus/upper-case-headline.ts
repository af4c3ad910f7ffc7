/**
 * A post's headline set in capitals over its posting line ("THE NIGHT THE MORWENNA STAR HIT THE LEDGES" over "Posted by …, owner
 * · Tuesday 26 August 2031", «НОЧЬ, КОГДА ЗАГОРЕЛСЯ ПЛАНЕТАРИЙ» over «11 ноября 2030 · Текст: …»): a plain-text site shouts its
 * headlines as it shouts its section labels, so capitals alone do not make a line a label. Over a posting line, a line in capitals
 * of at least `MIN_WORDS` words that ends no sentence and introduces nothing is the headline; a short label in capitals ("OUR
 * PRICES", «НОВОСТИ») is not. Pure.
 */

/** Fewest words (with letters) of a headline in capitals. */
const MIN_WORDS = 4;
/** Longest headline in capitals (characters). */
const MAX_CHARS = 160;

/** Whether `line` is a headline in capitals (see the module's note). */
export function isUpperCaseHeadline(line: string): boolean {
  const text = line.trim();
  if (text.length > MAX_CHARS || !/\p{Lu}/u.test(text) || /\p{Ll}/u.test(text) || /[.;,:!]$/u.test(text)) return false;
  return text.split(/\s+/u).filter((word) => /\p{L}/u.test(word)).length >= MIN_WORDS;
}
