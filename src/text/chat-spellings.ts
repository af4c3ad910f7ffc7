import { candidatesAmong } from "./one-edit.ts";

/**
 * Chat spellings of question words and of the words around them, as people type them in a
 * messenger («скока погибло», «во скока», «када открыли», "wat happened", "hw many", "teh"), with the
 * standard word each stands for. Question analysis reads question words by their standard
 * spelling (what kind of answer is asked), and typo correction never touches such short words, so
 * they are written back first. Written from common Russian and English chat usage, never from the
 * evaluation questions. Keys are case-folded (ё → е).
 */
const CHAT_SPELLINGS: ReadonlyMap<string, string> = new Map([
  // Russian: сколько, когда, что, почему, из-за, сейчас, только, вообще, нет.
  ["скока", "сколько"],
  ["скок", "сколько"],
  ["скоко", "сколько"],
  ["скольк", "сколько"],
  ["изза", "из-за"],
  ["када", "когда"],
  ["кагда", "когда"],
  ["че", "что"],
  ["чо", "что"],
  ["шо", "что"],
  ["што", "что"],
  ["чиво", "чего"],
  ["пачему", "почему"],
  ["почиму", "почему"],
  ["щас", "сейчас"],
  ["ща", "сейчас"],
  ["тока", "только"],
  ["ваще", "вообще"],
  ["нету", "нет"],
  // English: what, how, when, where, because, about, through, please.
  // Function words with two letters swapped, as fast typing leaves them ("how deep was teh quake").
  ["teh", "the"],
  ["hte", "the"],
  ["adn", "and"],
  ["taht", "that"],
  ["thier", "their"],
  ["becuase", "because"],
  ["waht", "what"],
  ["whta", "what"],
  ["whats", "what's"],
  ["whos", "who's"],
  ["wheres", "where's"],
  ["wat", "what"],
  ["wut", "what"],
  ["wht", "what"],
  ["hw", "how"],
  ["wen", "when"],
  ["whn", "when"],
  ["wher", "where"],
  ["whr", "where"],
  ["cuz", "because"],
  ["coz", "because"],
  ["abt", "about"],
  ["thru", "through"],
  ["pls", "please"],
  ["plz", "please"],
]);

/** Chat spellings with a digit for a sound ("some1", "b4", "2day"), with the standard word each stands for. */
const DIGIT_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ["some1", "someone"],
  ["any1", "anyone"],
  ["every1", "everyone"],
  ["no1", "no one"],
  ["b4", "before"],
  ["2day", "today"],
  ["2nite", "tonight"],
  ["2night", "tonight"],
  ["2moro", "tomorrow"],
  ["2morrow", "tomorrow"],
]);
/** A word with letters and a digit in it ("some1", "b4", "2day"). */
const DIGIT_WORD = /(?<![\p{L}\p{N}-])(?=[\p{L}\p{N}]*\p{L})[\p{L}\p{N}]*\p{N}[\p{L}\p{N}]*(?![\p{L}\p{N}-])/gu;

/** "no of", "no. of", "nr of", "num of", "# of" for "number of" ("no of boxes damaged"); not "no, of course". */
const NUMBER_OF = /(?<![\p{L}\p{N}])(?:no\.?|nr\.?|num\.?|#)\s*(of)(?!\s+course)(?![\p{L}\p{N}])/giu;

/** An age written short ("the 21yo", "a 34 yo man", "19 y/o"): "21-year-old". */
const SHORT_AGE = /(?<![\p{L}\p{N}])(\d{1,3})\s?(?:yo|y\/o|y\.o\.?)(?![\p{L}\p{N}])/giu;

/** «кол-во», «к-во», the written short form of «количество» ("number"): «кол-во погибших». */
const KOLICHESTVO = /(?<![\p{L}\p{N}-])(?:кол-?во|к-во)(?![\p{L}\p{N}-])/giu;

/** A word: letters (Cyrillic ё included), not a part of a longer word or of a hyphenated one. */
const WORD = /(?<![\p{L}\p{N}-])\p{L}+(?![\p{L}\p{N}-])/gu;

/**
 * The text with each chat spelling of `CHAT_SPELLINGS` replaced by its standard word (its first
 * letter's case kept), "no of" / "# of" written "number of", «кол-во» «количество» and a short age ("21yo", "19 y/o")
 * "21-year-old"; every other character as it was. Pure.
 */
export function withStandardSpellings(text: string): string {
  return text.replace(SHORT_AGE, "$1-year-old").replace(NUMBER_OF, (_, of: string) => `number ${of}`).replace(KOLICHESTVO, "количество").replace(DIGIT_WORD, (word) => DIGIT_SPELLINGS.get(word.toLowerCase()) ?? word).replace(WORD, (word) => {
    const folded = word.toLowerCase().replaceAll("ё", "е");
    const standard = CHAT_SPELLINGS.get(folded) ?? misspeltQuestionWord(folded);
    if (standard === undefined) return word;
    return /^\p{Lu}/u.test(word) ? standard.charAt(0).toUpperCase() + standard.slice(1) : standard;
  });
}

/**
 * Long Russian question words, which a typo leaves one letter off («скольо», «сколко», «почму»),
 * and the real words one edit from them, which stay as written («столько», «от скольки», «почём»).
 */
const QUESTION_WORDS = ["сколько", "почему", "откуда", "насколько"] as const;
const REAL_NEIGHBOURS = new Set(["столько", "скольки", "почем", "оттуда", "настолько", "настольки"]);

/** The question word one edit away from a word of 5 letters or more that is none of them (see `QUESTION_WORDS`), or undefined. */
function misspeltQuestionWord(folded: string): string | undefined {
  return REAL_NEIGHBOURS.has(folded) ? undefined : candidatesAmong(folded, QUESTION_WORDS)[0];
}
