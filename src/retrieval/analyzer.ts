import { newStemmer } from "snowball-stemmers";
import { eng, rus } from "stopword";
import { transliterate } from "transliteration";
import { conceptKeys } from "./concepts.ts";

/**
 * Words that carry no topic in a question: the libraries' stop-word lists plus the
 * question words of both languages (they say what kind of answer is wanted, not what about).
 */
const STOPWORDS = new Set<string>([
  ...eng,
  ...rus.map((w) => w.replace(/ё/g, "е")),
  ...["what", "which", "who", "whom", "whose", "when", "where", "why", "how", "does", "did", "do", "will", "was", "were"],
  ...["сколько", "кто", "что", "где", "когда", "почему", "зачем", "откуда", "куда", "какой", "какая", "какое", "какие", "каков", "какую", "каким", "каком", "какому", "какого", "каких", "какими", "чей", "чья", "чьё", "чье", "чьи"],
  ...["ли", "чем", "чего", "кого", "кому", "это", "этот", "эта", "эти", "был", "была", "были", "было", "будет", "можно", "нужно"],
]);

/**
 * Verbs any question about an event may use without naming a topic ("What happened in…",
 * "Что произошло в…"): they are searched, but are not evidence that a passage is on topic.
 */
const GENERIC_WORDS = [
  "happen", "happened", "happens", "happening", "occur", "occurred", "going", "go", "went", "say", "said", "says", "tell", "told",
  "know", "known", "mean", "means", "think", "new", "news", "latest", "situation", "thing", "things",
  "произошло", "произошли", "происходит", "происходило", "случилось", "случилась", "известно", "сказал", "сказали",
  "новости", "новое", "ситуация", "ситуации",
];

/** Question words after which the next word names what is asked for. */
const FOCUS_OPENERS = new Set(["which", "what", "whose", "какой", "какая", "какое", "какие", "какую", "каким", "каком", "какого", "какому", "какой-то", "чей", "чья", "чьи"]);

const english = newStemmer("english");
const russian = newStemmer("russian");

/** Letters and digits runs; hyphenated names (Алма-Ата, Kassym-Jomart) come out as parts. */
const TOKEN = /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*|\p{N}+(?:[.,]\p{N}{3})*(?:[.,]\p{N}+)?/gu;

/** One analysed token of a text. */
export interface Token {
  /** The stem in its own script (`w:` terms match within a language). */
  word: string;
  /**
   * A script-independent phonetic key of the stem (`k:` terms match across
   * English and Russian: Токаев/Tokayev, Дагестан/Dagestan, центр/center), or null
   * Keys of the stem and of the whole word (a stemmer may cut a name: Токаев → тока);
   * empty for numbers and words too short to make a reliable key.
   */
  keys: string[];
  /** True for numbers (written with digits). */
  numeric: boolean;
  /** True for a capitalised word inside a sentence: likely a name, a strong topic anchor. */
  name: boolean;
  /**
   * True for the word right after "which/what/какой…" ("Which band…", "Какой саммит…"):
   * the thing the question asks about, which the answer must mention.
   */
  focus: boolean;
}

/** Folds case and the Russian ё, the way both the index and questions are compared. */
export function foldCase(text: string): string {
  return text.toLowerCase().replace(/ё/g, "е");
}

function isCyrillic(word: string): boolean {
  return /[\u0400-\u04FF]/.test(word);
}

/** Snowball stem in the word's own language (chosen by script). */
export function stem(word: string): string {
  return isCyrillic(word) ? russian.stem(word) : english.stem(word);
}

/**
 * Consonant skeleton of a Latin-script word: digraphs folded to one sound class,
 * vowels dropped (a leading vowel kept as "v"), doubled letters collapsed.
 * Transliterated Russian and English spellings of one name meet here:
 * "tokaev" and "tokayev" → "tkv"; "centr" and "center" → "sntr".
 */
export function skeleton(latin: string): string {
  let s = latin.toLowerCase().replace(/[^a-z]/g, "");
  // Digraphs first, into upper-case placeholders so the single-letter rules below leave them alone.
  s = s
    .replace(/shch|sch|sh/g, "S")
    .replace(/dzh|dj|zh|j/g, "Z")
    .replace(/kh/g, "h")
    .replace(/ts|tz/g, "s")
    .replace(/ch/g, "C")
    .replace(/ph/g, "f")
    .replace(/ck|q/g, "k")
    .replace(/x/g, "ks")
    .replace(/w/g, "v")
    .replace(/c(?=[eiy])/g, "s")
    .replace(/c/g, "k")
    .toLowerCase();
  const lead = /^[aeiouy]/.test(s) ? "v" : "";
  const consonants = s.replace(/[aeiouy]/g, "").replace(/(.)\1+/g, "$1");
  return lead + consonants;
}

/** Phonetic key of a word or stem, or null when it is too short to be told apart from others. */
export function phoneticKey(word: string): string | null {
  if (word.length < 4) return null;
  const latin = isCyrillic(word) ? transliterate(word) : word;
  const key = skeleton(latin);
  return key.length >= 3 ? key : null;
}

/** Digits of a number without group separators: "3,000" → "3000", "3.5" stays "3.5". */
function normaliseNumber(raw: string): string {
  return raw.replace(/(\d)[.,](?=\d{3}(?:\D|$))/g, "$1");
}

interface WordForm {
  word: string;
  wordKeys: readonly string[];
  sound: string;
}

/** Analysed word forms by surface form: words repeat a lot, and stemming + keys cost regexes. */
const WORD_FORMS = new Map<string, WordForm>();
const MAX_WORD_FORMS = 100_000;

/** Stem, keys (phonetic and glossary) and sound of one case-folded word, cached. */
function wordForm(part: string): WordForm {
  let form = WORD_FORMS.get(part);
  if (!form) {
    const word = stem(part);
    const keys = new Set<string>();
    for (const f of [word, part]) {
      const key = phoneticKey(f);
      if (key) keys.add(key);
    }
    for (const concept of conceptKeys(word)) keys.add(concept);
    form = { word, wordKeys: [...keys], sound: skeleton(isCyrillic(part) ? transliterate(part) : part) };
    if (WORD_FORMS.size >= MAX_WORD_FORMS) WORD_FORMS.clear();
    WORD_FORMS.set(part, form);
  }
  return form;
}

/**
 * Splits text into analysed tokens. Words of no topic (stop words) are left out
 * (used for questions and for the index alike, so both sides agree).
 */
export function analyze(text: string): Token[] {
  const tokens: Token[] = [];
  let previousSound: string | null = null;
  let sentenceStart = true;
  let lastEnd = 0;
  let afterOpener = false;
  for (const match of text.matchAll(TOKEN)) {
    const original = match[0];
    const between = text.slice(lastEnd, match.index);
    lastEnd = match.index + original.length;
    if (/[.!?…\n]/.test(between)) {
      sentenceStart = true;
      previousSound = null;
    }
    const capitalised = /^\p{Lu}/u.test(original);
    const name = capitalised && !sentenceStart;
    sentenceStart = false;
    const raw = foldCase(original);
    const focus = afterOpener;
    afterOpener = FOCUS_OPENERS.has(raw);
    if (/^\p{N}/u.test(raw)) {
      tokens.push({ word: normaliseNumber(raw), keys: [], numeric: true, name: false, focus: false });
      previousSound = null;
      continue;
    }
    const parts = raw.split("-");
    // A hyphenated name also counts as one word: Алма-Ата ~ Almaty, колл-центр ~ call-center.
    const joined = parts.length > 1 ? parts.join("") : null;
    const words = joined ? [...parts, joined] : parts;
    for (const part of words) {
      const isJoined = part === joined;
      if (STOPWORDS.has(part)) continue;
      if (part.length < 2) continue;
      const { word, wordKeys, sound } = wordForm(part);
      const keys = new Set<string>(wordKeys);
      // Multi-word names meet across scripts as pairs: "Крокус Сити" ~ "Crocus City".
      // (the joined form of a hyphenated word does not take part in pairs: its parts do)
      if (!isJoined) {
        if (previousSound && sound.length >= 2) keys.add(`${previousSound}_${sound}`);
        previousSound = sound.length >= 2 ? sound : null;
      }
      tokens.push({ word, keys: [...keys], numeric: false, name, focus });
    }
  }
  return tokens;
}

const MONTHS =
  "january|february|march|april|may|june|july|august|september|october|november|december|" +
  "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря";
/** A day of a month ("March 22", "23 июня") or a year (1900–2099): numbers that are not counts. */
const DATE_NUMBER = new RegExp(`\\b(?:(?:${MONTHS})\\s+\\d{1,2}\\b|\\d{1,2}\\s+(?:${MONTHS})|(?:19|20)\\d{2}\\b)`, "giu");

/**
 * True when the text states a quantity: a number written with digits (dates and years do not
 * count) or a number word. What a "how many" question needs in its answer.
 */
export function mentionsQuantity(text: string): boolean {
  const withoutDates = text.replace(DATE_NUMBER, " ");
  return (
    /\p{N}/u.test(withoutDates) ||
    /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?)\b/i.test(withoutDates) ||
    /(^|[^\p{L}])(один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|сотн|тысяч|миллион|трех|трёх|двух|четырех|пяти|десятк)/iu.test(withoutDates)
  );
}

/** The stems and keys of a text, to tell which question tokens it contains. */
export interface TermSet {
  words: Set<string>;
  keys: Set<string>;
}

/** Collects the stems and keys of analysed tokens. */
export function termSet(tokens: readonly Token[]): TermSet {
  return { words: new Set(tokens.map((t) => t.word)), keys: new Set(tokens.flatMap((t) => t.keys)) };
}

/** Whether a text's terms contain a token: same stem, or the same phonetic key (a long key also as a prefix). */
export function containsToken(terms: TermSet, token: Token): boolean {
  if (terms.words.has(token.word)) return true;
  for (const key of token.keys) {
    if (terms.keys.has(key)) return true;
    if (key.length >= 4 && !key.includes("_")) {
      for (const own of terms.keys) if (own.startsWith(key)) return true;
    }
  }
  return false;
}

const GENERIC_STEMS = new Set(GENERIC_WORDS.map((w) => stem(w)));

/** Whether a token is a generic verb or noun of questions ("happened", "произошло"), not a topic word. */
export function isGeneric(token: Token): boolean {
  return GENERIC_STEMS.has(token.word);
}
