/**
 * A sentence that ends on a one-letter name: a stand's, block's, wing's or entrance's letter after its common noun ("in front of
 * stand B. After the race…", "on the second floor of block C. The lifts…", «у трибуны Б. После прошлого воскресенья…», «вход в
 * корпус А. Мы откроем…»). A capital and a period read as an initial ("В. В. Путин", "K. Tokayev"), which a surname follows;
 * here a word that no surname is — a preposition, a conjunction, a pronoun, an article opening the next sentence ("After",
 * "The", "We", «После», «Но», «Мы») — follows instead, and the letter stands after a lower-case word, as a noun's letter does.
 * Read so, the period ends the sentence and two sentences are not glued into one. Pure.
 */

/** A lower-case word, a space and one capital letter closing the text before the period. */
const NOUN_AND_LETTER = /(?:^|\s)\p{Ll}[\p{Ll}-]*\s\p{Lu}$/u;
/** Words opening a sentence that are no surname (lower-cased). */
const OPENING_WORDS = new Set([
  "after", "and", "an", "as", "at", "before", "but", "by", "for", "from", "he", "her", "his", "in", "it", "its", "on", "our",
  "she", "so", "that", "the", "then", "there", "these", "they", "this", "those", "we", "when", "while", "with", "you",
  "а", "в", "во", "все", "всё", "вы", "где", "до", "за", "затем", "и", "из", "как", "когда", "мы", "на", "наш", "наша", "наши",
  "но", "он", "она", "они", "оно", "от", "по", "позже", "после", "потом", "при", "с", "со", "сейчас", "так", "там", "теперь",
  "тогда", "у", "уже", "это", "этот", "эта", "эти",
]);
/** The first word of the text after the period; group 1. */
const FIRST_WORD = /^(\p{L}+)(?=[\s,])/u;

/**
 * Whether a period after one capital letter ends the sentence: the text `before` it ends on a lower-case word and the letter, and
 * the text `after` it (from its next sentence's first character) opens with a word no surname is (see the module's note).
 */
export function letterNameEndsSentence(before: string, after: string): boolean {
  if (!NOUN_AND_LETTER.test(before)) return false;
  const word = FIRST_WORD.exec(after)?.[1];
  return word !== undefined && OPENING_WORDS.has(word.toLowerCase());
}
