import { createRequire } from "node:module";
import { foldCase, isCyrillic, stem } from "./stem.ts";
import { isStopWord } from "./stop-words.ts";
import { withinOneEdit } from "./one-edit.ts";
import { TokenScanner } from "./token-scanner.ts";
import { PARTICLES, sharedVocabulary, type Phrase, type Vocabulary } from "./vocabulary.ts";

// Loaded with `require`: imported as ESM, Node scans the CommonJS file for its export names first
// (tens of milliseconds of every process start).
const { transliterate } = createRequire(import.meta.url)("transliteration") as typeof import("transliteration");

export { foldCase, stem } from "./stem.ts";

/**
 * One word or number of a text, analysed. Every way it can meet a word of another text is a
 * field of its own (typed, not string prefixes): the stem within a language, phonetic keys and
 * pair keys across scripts, and vocabulary concepts across languages and wordings.
 */
export interface Token {
  /** The word as written. */
  original: string;
  /** Lower case, ё → е. Numbers: digits without group separators, decimal point as ".". */
  folded: string;
  /** Snowball stem in the word's own language; for numbers the folded number. */
  stem: string;
  /**
   * Script-independent phonetic keys of the stem and of the whole word (Токаев/Tokayev → `tkv`,
   * Дагестан/Dagestan): names and cognates meet across English and Russian. Empty for numbers and
   * words too short to make a reliable key.
   */
  phonetic: readonly string[];
  /** Phonetic key of this word joined to the previous one's: "Крокус Сити" ~ "Crocus City". */
  pairs: readonly string[];
  /** Concepts of the vocabulary (lexicon line, WordNet link, acronym, phrase) the word expresses. */
  concepts: readonly string[];
  numeric: boolean;
  /** Capitalised and not the first word of its sentence: likely a name. */
  capitalised: boolean;
  /** An acronym: written in capitals ("CSTO", «ОДКБ»), or one the vocabulary knows typed in lower case ("фсб"). */
  acronym: boolean;
  /** A stop word (kept only by `tokenize`, for question analysis). */
  stop: boolean;
  /** The joined form of a hyphenated word (Алма-Ата → алмаата, after its parts). */
  joined: boolean;
  /** Offsets of the word in the analysed text. */
  start: number;
  end: number;
}

/** The terms of a text, by kind, to tell which tokens of a question it contains. */
export interface TermSet {
  stems: ReadonlySet<string>;
  phonetic: ReadonlySet<string>;
  /**
   * The words (case-folded) behind each phonetic key, when known: a sound key joins spellings of
   * one name across scripts, but in one script two spellings a key joins are one name only when
   * they sound alike from their first letters ("Tokayev" ~ "Tokaev", «Озерок» ~ «Озерки»; «Пятунину»
   * is not «Путину»).
   */
  phoneticWords?: ReadonlyMap<string, readonly string[]>;
  pairs: ReadonlySet<string>;
  concepts: ReadonlySet<string>;
}

/**
 * Consonant skeleton of a Latin-script word: digraphs folded to one sound class, vowels dropped
 * (a leading vowel kept as "v"), doubled letters collapsed. Transliterated Russian and English
 * spellings of one name meet here: "tokaev" and "tokayev" → "tkv"; "centr" and "center" → "sntr";
 * "smith" and «смит» → "smt".
 */
export function skeleton(latin: string): string {
  const s = soundsOf(latin);
  const lead = /^[aeiouy]/.test(s) ? "v" : "";
  const consonants = s.replace(/[aeiouy]/g, "").replace(/(.)\1+/g, "$1");
  return lead + consonants;
}

/** A Latin-script word with its digraphs folded to one letter each (see `skeleton`), vowels kept. */
function soundsOf(latin: string): string {
  let s = latin.toLowerCase().replace(/[^a-z]/g, "");
  // Digraphs first, into upper-case placeholders so the single-letter rules below leave them alone.
  s = s
    .replace(/shch|sch|sh/g, "S")
    // English "dge" is «дж» (Selbridge ~ Селбридж), English "th" is «т» (Pendrith ~ Пендрит).
    .replace(/dzh|dj|zh|j|dg(?=[eiy])/g, "Z")
    .replace(/th/g, "t")
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
  return s;
}

/**
 * How a word or stem sounds in Latin letters, vowels kept: transliterated from Cyrillic, digraphs
 * folded ("th" → "t", "ph" → "f"), "y" as "i", doubled letters as one, "ts" and "z" as "s"
 * («метанол» and "methanol" → "metanol", «водк» → "vodk", «абруццо» and "Abruzzo" → "abruso"). For matching a loanword across scripts by spelling (see
 * `LexicalIndex.correct`). Pure.
 */
export function soundSpelling(word: string): string {
  // («ц» is "ts", which the transliteration writes "c"; English "ow" after a vowel sound is «оу».)
  const latin = isCyrillic(word) ? transliterate(word.replace(/ц/giu, "тс")) : word.toLowerCase().replace(/ow/g, "ou");
  return soundsOf(latin)
    .replace(/y/g, "i")
    .replace(/(.)\1+/g, "$1")
    .replace(/ts/g, "s")
    .replace(/z/g, "s");
}

/**
 * The sound keys of a word (its stem's phonetic key and its own), as a name gets them: what makes
 * "Tokayev" meet «Токаев». Also the key of the place a Russian «-ск-» adjective is made from
 * («Тарханской» ~ Tarkhan), and of an English name's Russian readings (see `russianReadings`).
 * `sound` is the word's skeleton when already made. Pure.
 */
export function soundKeys(folded: string, wordStem: string, sound: string = skeleton(isCyrillic(folded) ? transliterate(folded) : folded)): string[] {
  const keys = new Set<string>();
  const foldedKey = keyOfSkeleton(folded, sound);
  for (const key of [wordStem === folded ? foldedKey : phoneticKey(wordStem), foldedKey]) if (key) keys.add(key);
  const place = isCyrillic(folded) ? RUSSIAN_PLACE_ADJECTIVE.exec(folded)?.[1] : undefined;
  if (place) {
    const key = phoneticKey(place);
    if (key) keys.add(key);
  }
  if (!isCyrillic(folded) && ENGLISH_SPELLING.test(folded)) {
    for (const variant of russianReadings(folded)) {
      const key = keyOfSkeleton(variant, skeleton(variant));
      if (key) keys.add(key);
    }
  }
  return [...keys];
}

/**
 * A Russian adjective made from a place name with «-ск-» («харроуфилдского» of Harrowfield,
 * «Тарханской» of Tarkhan): the name is its first group. Its key is also the name's, so the
 * adjective meets the name written in English.
 */
const RUSSIAN_PLACE_ADJECTIVE = /^(\p{L}{4,}?)ск(?:ий|ая|ое|ие|ого|ой|ому|ом|ую|их|им|ими)$/u;

/** Letters of an English name that a Russian spelling writes another way (see `russianReadings`). */
const ENGLISH_SPELLING = /w|qu|[bdfglmnrv]h/;

/**
 * The other ways a Russian spelling reads an English name, as Latin spellings: "w" as a vowel
 * (Harrowfield «Харроуфилд», Brackwater «Брэкуотер», Wrenfield «Ренфилд»; the key of the name as
 * spelt keeps the other reading, Norwood «Норвуд»), "qu" as «кв» (QuikPantry «Квикпэнтри»),
 * "h" after a consonant unsounded (Pellingham «Пеллингем», Durham «Дарем»), and a final "gh" after a
 * vowel (Hadleigh «Хэдли»). Pure.
 */
export function russianReadings(latin: string): string[] {
  const qu = latin.replace(/qu/g, "kw");
  const readings = new Set([qu, qu.replace(/w/g, ""), latin.replace(/(?<=[bdfglmnrv])h/g, "")]);
  readings.add(qu.replace(/w/g, "").replace(/(?<=[bdfglmnrv])h/g, ""));
  // A final "gh" after a vowel is unsounded (Hadleigh «Хэдли», Scarborough «Скарборо»).
  if (/[aeiouy]gh$/.test(latin)) readings.add(latin.slice(0, -2));
  readings.delete(latin);
  return [...readings];
}

/** Phonetic key of a word or stem, or null when it is too short to be told apart from others. */
export function phoneticKey(word: string): string | null {
  if (word.length < 4) return null;
  return keyOfSkeleton(word, skeleton(isCyrillic(word) ? transliterate(word) : word));
}

/**
 * `phoneticKey(word)` given the word's skeleton (of its transliteration, for Cyrillic). A word of
 * 4 letters or more with fewer than 3 consonants (Sochi, Baku, Oslo) is keyed by its sounds with
 * the vowels ("soci" for both "sochi" and «Сочи»): its skeleton ("sc") would meet too many words.
 * Such a key has vowels, a skeleton none (a leading vowel is "v"): the two kinds never meet.
 */
function keyOfSkeleton(word: string, wordSkeleton: string): string | null {
  if (word.length < 4) return null;
  if (wordSkeleton.length >= 3) return wordSkeleton;
  const sounds = soundsOf(isCyrillic(word) ? transliterate(word) : word)
    .replace(/y/g, "i")
    .replace(/(.)\1+/g, "$1");
  return sounds.length >= 4 ? sounds : null;
}

/** What follows an auxiliary in a negated contraction: "n't" split as "didn" + "'t". */
const NEGATION_AFTER = /^['’]t(?![\p{L}])/iu;

/** The letters of an English ordinal written in figures ("4th", "21st", "2nd", "3rd"). */
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/i;

/**
 * A number as one form: group separators dropped ("3,000", «1 200» → "3000", "1200"), a decimal
 * comma as a point («12,5» → "12.5"). Pure.
 */
export function normaliseNumber(raw: string): string {
  // Most numbers are digits only (years, counts, ids), which the rules below leave as they are.
  let digitsOnly = true;
  for (let i = 0; i < raw.length && digitsOnly; i++) {
    const code = raw.charCodeAt(i);
    digitsOnly = code >= 48 && code <= 57;
  }
  if (digitsOnly) return raw;
  return raw
    .replace(/[ \u00A0\u202F]/g, "")
    .replace(/(\d)[.,](?=\d{3}(?:\D|$))/g, "$1")
    .replace(/,/g, ".");
}

interface WordForm {
  stem: string;
  phonetic: readonly string[];
  concepts: readonly string[];
  sound: string;
  /** The keys the vocabulary looks the word up by (see `Vocabulary.lookupKeys`). */
  keys: readonly string[];
  /** Vocabulary phrases that start with this word (usually none). */
  phrases: readonly Phrase[];
  /** Written in capitals, or an acronym the vocabulary knows. */
  acronym: boolean;
  /**
   * The pairs of this word after a word of each sound met before it (see `Token.pairs`), made once:
   * a pair is made for nearly every word of every analysed sentence. At most `MAX_PAIRS_PER_FORM`.
   */
  pairsAfter: Map<string, readonly string[]> | null;
}

interface WrittenWord {
  folded: string;
  stop: boolean;
  /** Starts with a capital letter. */
  upperFirst: boolean;
  form: WordForm;
}

const MAX_WORD_FORMS = 100_000;
/** Pairs a word form remembers (the words most often before it; others are made each time). */
const MAX_PAIRS_PER_FORM = 8;

const UPPER_FIRST = /^\p{Lu}/u;
/** Words and their first letters, by how they are written. (Module constants: tsx turns a regex literal with `\p{…}` into a `new RegExp` made each time it is evaluated.) */
const DIGIT_FIRST = /^\p{N}/u;
const ALL_UPPER = /^\p{Lu}+$/u;
const ACRONYM_FORM = /^\p{Lu}[\p{Lu}\p{N}]+$/u;

function startsUpper(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER_FIRST.test(word);
}

/** The pairs of a token that has none (shared: a token's arrays are never mutated, only replaced). */
const NO_PAIRS: readonly string[] = Object.freeze([]);

/** The pairs of a word form after a word of sound `previousSound` (shared: never mutated). */
function pairAfter(form: WordForm, previousSound: string): readonly string[] {
  let pairs = form.pairsAfter?.get(previousSound);
  if (!pairs) {
    pairs = [`${previousSound}_${form.sound}`];
    form.pairsAfter ??= new Map();
    if (form.pairsAfter.size < MAX_PAIRS_PER_FORM) form.pairsAfter.set(previousSound, pairs);
  }
  return pairs;
}

/** Whether a token starts with a digit (`\p{N}`), checked without a regex for ASCII and Cyrillic (no digits there). */
function startsWithDigit(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 48 && code <= 57;
  if (code >= 0x0400 && code <= 0x04ff) return false;
  return DIGIT_FIRST.test(word);
}

/**
 * What separates two tokens: a sentence end (. ! ? … or a line break), a clause break (: ;), or
 * nothing that breaks (spaces, commas, quotes). Scanned by hand: it runs between every two words.
 */
function boundaryBetween(text: string, from: number, to: number): "sentence" | "clause" | "none" {
  let found: "clause" | "none" = "none";
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 10) return "sentence";
    if (c === 58 || c === 59) found = "clause";
  }
  return found;
}

/**
 * Turns text into tokens with the same rules for passages and questions, so both sides agree.
 * One analyzer per vocabulary: the shared one, or one that also knows the acronyms an index's
 * articles spell out.
 */
export class Analyzer {
  readonly vocabulary: Vocabulary;
  /** Analysed word forms by written form: words repeat a lot, and stemming and keys cost regexes. */
  readonly #forms = new Map<string, WordForm>();
  readonly #written = new Map<string, WrittenWord>();

  constructor(vocabulary: Vocabulary) {
    this.vocabulary = vocabulary;
  }

  #form(original: string, folded: string): WordForm {
    const cacheKey = ALL_UPPER.test(original) && original.length > 1 ? original : folded;
    let form = this.#forms.get(cacheKey);
    if (!form) {
      const wordStem = stem(folded);
      const concepts = this.vocabulary.concepts(original, folded, wordStem);
      // The word's skeleton is its sound and (long enough) its phonetic key; a stem equal to the
      // word has the same key. Each made once: transliteration and skeletons cost a dozen regexes.
      const sound = skeleton(isCyrillic(folded) ? transliterate(folded) : folded);
      // Sound keys carry names across scripts (Tokayev ~ Токаев). A word of the vocabulary meets
      // its translations through its concepts, and its sound would only meet look-alikes
      // («упали» ~ "appeal").
      const phonetic = this.vocabulary.hasWord(folded, wordStem) ? [] : soundKeys(folded, wordStem, sound);
      const keys = this.vocabulary.lookupKeys(folded, wordStem);
      form = {
        stem: wordStem,
        phonetic,
        concepts,
        sound,
        keys,
        phrases: this.vocabulary.phrasesStartingWith(keys),
        pairsAfter: null,
        acronym: ACRONYM_FORM.test(original) || this.vocabulary.acronymConcept(original, folded) !== undefined,
      };
      if (this.#forms.size >= MAX_WORD_FORMS) this.#forms.clear();
      this.#forms.set(cacheKey, form);
    }
    return form;
  }

  /** Every token of the text, stop words included (flagged). */
  tokenize(text: string): Token[] {
    return this.#tokens(text, true);
  }

  /** The content tokens of a text: stop words left out (what is indexed and searched). */
  analyze(text: string): Token[] {
    return this.#tokens(text, false);
  }

  /**
   * The tokens of a text, stop words only with `withStopWords` (they count all the same for
   * sentence starts and pairs; left out, they are simply not made).
   */
  #tokens(text: string, withStopWords: boolean): Token[] {
    const tokens: Token[] = [];
    // The content words (not stop words, not joined forms) and their forms, for `#markPhrases`.
    const words: Token[] = [];
    const forms: WordForm[] = [];
    let previousSound: string | null = null;
    let sentenceStart = true;
    let lastEnd = 0;
    let hasPhrase = false;
    // Where the last number ended: an English ordinal's letters right after it ("4th", "21st") are no word.
    let numberEnd = -1;
    // The last content word and its form, for a particle right after it ("turned *up*").
    let lastContent: { token: Token; form: WordForm } | null = null;
    // Letter runs (hyphenated ones whole) and numbers (with group separators and decimals).
    const scanner = new TokenScanner(text);
    while (scanner.next()) {
      const start = scanner.start;
      const written = text.slice(start, scanner.end);
      const between = boundaryBetween(text, lastEnd, start);
      lastEnd = start + written.length;
      if (between !== "none") {
        sentenceStart = between === "sentence" || sentenceStart;
        previousSound = null;
      }
      const atSentenceStart = sentenceStart;
      sentenceStart = false;
      if (startsWithDigit(written)) {
        const number = normaliseNumber(written);
        tokens.push({ original: written, folded: number, stem: number, phonetic: [], pairs: [], concepts: [], numeric: true, capitalised: false, acronym: false, stop: false, joined: false, start, end: lastEnd });
        previousSound = null;
        numberEnd = lastEnd;
        continue;
      }
      // Not even a stop word: it would end the phrase the number is in ("on the 4th floor").
      if (start === numberEnd && ORDINAL_SUFFIX.test(written)) continue;
      const parts = scanner.hyphenated ? written.split("-") : null;
      // A hyphenated word also counts whole: Алма-Ата ~ Almaty, колл-центр ~ call-center.
      const pieces = parts ? [...parts, parts.join("")] : null;
      const pieceCount = pieces ? pieces.length : 1;
      let offset = start;
      // Whether the written word starts with a capital (its first piece starts with the same letter).
      let capitalised = false;
      // Whether every part so far is a stop word: «из-за», «по-над» joined are stop words too.
      let partsStop = true;
      for (let i = 0; i < pieceCount; i++) {
        const piece = pieces ? (pieces[i] ?? "") : written;
        const joined = parts !== null && i === parts.length;
        const pieceStart = joined ? start : offset;
        if (!joined) offset += piece.length + 1;
        const analysed = this.#word(piece);
        // An auxiliary before "n't" ("didn't", "won't", "isn't") is a stop word, not "won" or a misspelt word.
        const negated = !joined && i === pieceCount - 1 - (parts ? 1 : 0) && NEGATION_AFTER.test(text.slice(lastEnd, lastEnd + 3));
        const word: WrittenWord = (joined && partsStop && !analysed.stop) || (negated && !analysed.stop) ? { ...analysed, stop: true } : analysed;
        if (!joined) partsStop &&= word.stop;
        const form = word.form;
        if (i === 0) capitalised = !atSentenceStart && word.upperFirst;
        let pairs: readonly string[] = NO_PAIRS;
        // Multi-word names meet across scripts as pairs (the joined form takes no part in pairs).
        if (!joined && !word.stop) {
          if (previousSound && form.sound.length >= 2) pairs = pairAfter(form, previousSound);
          previousSound = form.sound.length >= 2 ? form.sound : null;
        }
        if (form.phrases.length > 0 && !word.stop) hasPhrase = true;
        // A verb right before its particle means what the phrasal verb means ("the roof came down" ~
        // collapsed, "the team turned up" ~ arrived), not what it means alone.
        if (lastContent && !joined && PARTICLES.has(word.folded) && /^[ \t\u00A0]+$/u.test(text.slice(lastContent.token.end, pieceStart))) {
          const phrasal = this.vocabulary.phrasalConcepts(lastContent.form.keys, word.folded);
          if (phrasal) lastContent.token.concepts = phrasal;
        }
        if (word.stop && !withStopWords) continue;
        // The form's arrays are shared between tokens (cached): never mutated, only replaced.
        const token: Token = {
          original: piece,
          folded: word.folded,
          stem: form.stem,
          phonetic: form.phonetic,
          pairs,
          concepts: form.concepts,
          numeric: false,
          capitalised: capitalised && (i === 0 || word.upperFirst),
          acronym: form.acronym,
          stop: word.stop,
          joined,
          start: pieceStart,
          end: joined ? lastEnd : pieceStart + piece.length,
        };
        tokens.push(token);
        if (!word.stop && !joined) {
          words.push(token);
          forms.push(form);
          lastContent = { token, form };
        }
      }
    }
    if (hasPhrase) this.#markPhrases(words, forms);
    return tokens;
  }

  /** A written word's folded form, stop-word flag and analysed form, cached by the word as written. */
  #word(written: string): WrittenWord {
    let word = this.#written.get(written);
    if (!word) {
      const folded = foldCase(written);
      word = { folded, stop: isStopWord(folded) || folded.length < 2, upperFirst: startsUpper(written), form: this.#form(written, folded) };
      if (this.#written.size >= MAX_WORD_FORMS) this.#written.clear();
      this.#written.set(written, word);
    }
    return word;
  }

  /**
   * Gives the words of each vocabulary phrase found in the sequence ("death toll") the phrase's
   * concept. `forms` are the words' analysed forms, in the same order.
   */
  #markPhrases(words: readonly Token[], forms: readonly WordForm[]): void {
    for (let i = 0; i < words.length; i++) {
      for (const phrase of forms[i]?.phrases ?? []) {
        const length = phrase.keys.length;
        if (i + length > words.length) continue;
        let matches = true;
        for (let j = 0; j < length && matches; j++) matches = forms[i + j]?.keys.includes(phrase.keys[j] ?? "") ?? false;
        if (!matches) continue;
        for (let j = i; j < i + length; j++) {
          const token = words[j];
          if (token && !token.concepts.includes(phrase.concept)) token.concepts = [...token.concepts, phrase.concept];
        }
      }
    }
  }
}

let sharedAnalyzer: Analyzer | null = null;

/** The analyzer of the shared vocabulary (no learned acronyms). */
export function defaultAnalyzer(): Analyzer {
  sharedAnalyzer ??= new Analyzer(sharedVocabulary());
  return sharedAnalyzer;
}

/** Content tokens of a text with the shared vocabulary (see `Analyzer.analyze`). */
export function analyze(text: string): Token[] {
  return defaultAnalyzer().analyze(text);
}

/**
 * A token of an indexed text as it is stored: phonetic keys and pairs only for words written with a
 * capital (names, and words opening a sentence). A question's word keeps its keys, so a name typed in
 * lower case ("krokus") still meets «Крокус»; but common words never meet by sound alone
 * ("gagarin" is not «горение»): across languages, they meet through the vocabulary.
 */
export function indexForm(token: Token): Token {
  if (!keepsOnlyIndexedKeys(token)) return token;
  return { ...token, phonetic: [], pairs: [] };
}

/** Whether `indexForm` takes a token's phonetic keys and pairs away (it has some, and no capital). */
function keepsOnlyIndexedKeys(token: Token): boolean {
  return (token.phonetic.length > 0 || token.pairs.length > 0) && !startsUpper(token.original);
}

/**
 * `indexForm` done on the token itself, for tokens the caller has just made and owns (one object
 * less per word where sentences are analysed at query time).
 */
export function toIndexForm(token: Token): void {
  if (!keepsOnlyIndexedKeys(token)) return;
  token.phonetic = [];
  token.pairs = [];
}

/** The terms of a kind a text has none of (shared; term sets are read-only). */
const NO_TERMS: ReadonlySet<string> = new Set<string>();

/** Collects the terms of analysed tokens, by kind. */
export function termSet(tokens: readonly Token[]): TermSet {
  const stems = new Set<string>();
  const concepts = new Set<string>();
  // Most sentences have no phonetic keys or pairs (only capitalised words keep them): no set made for them.
  let phonetic: Set<string> | null = null;
  let phoneticWords: Map<string, string[]> | null = null;
  let pairs: Set<string> | null = null;
  for (const token of tokens) stems.add(token.stem);
  for (const token of tokens)
    for (const key of token.phonetic) {
      (phonetic ??= new Set()).add(key);
      phoneticWords ??= new Map();
      const words = phoneticWords.get(key);
      if (words) words.push(token.folded);
      else phoneticWords.set(key, [token.folded]);
    }
  for (const token of tokens) for (const pair of token.pairs) (pairs ??= new Set()).add(pair);
  for (const token of tokens) for (const concept of token.concepts) concepts.add(concept);
  return phoneticWords ? { stems, phonetic: phonetic ?? NO_TERMS, phoneticWords, pairs: pairs ?? NO_TERMS, concepts } : { stems, phonetic: phonetic ?? NO_TERMS, pairs: pairs ?? NO_TERMS, concepts };
}

/**
 * Whether a word the text holds under a phonetic key is the token's name: any word of the other
 * script (a transliteration), or one of its own script that sounds within one edit of it or
 * begins with the same three sounds (its inflection may differ: «Озерок», «Озерки»).
 */
function soundsAlike(terms: TermSet, key: string, token: Token): boolean {
  const words = terms.phoneticWords?.get(key);
  if (!words) return true;
  const cyrillic = isCyrillic(token.folded);
  let own: string | null = null;
  for (const word of words) {
    if (isCyrillic(word) !== cyrillic) return true;
    own ??= soundSpelling(token.folded);
    const other = soundSpelling(word);
    if (other.slice(0, SAME_SCRIPT_LEAD) === own.slice(0, SAME_SCRIPT_LEAD) || withinOneEdit(own, other)) return true;
  }
  return false;
}

/** How many first sounds two same-script spellings of one name share (see `soundsAlike`). */
const SAME_SCRIPT_LEAD = 4;

/** A phonetic key this long or longer also matches as a prefix (a stemmer may cut a name short). */
const PREFIX_KEY_CHARS = 4;

/** How a text contains a token, strongest first; null when it does not. */
export type TokenMatch = "stem" | "concept" | "phonetic" | "pair";

/** Whether (and how) a text's terms contain a token: same stem, a shared concept, phonetic key or pair. */
export function matchToken(terms: TermSet, token: Token): TokenMatch | null {
  if (terms.stems.has(token.stem)) return "stem";
  if (token.concepts.some((c) => terms.concepts.has(c))) return "concept";
  for (const key of token.phonetic) {
    if (terms.phonetic.has(key) && soundsAlike(terms, key, token)) return "phonetic";
    if (key.length >= PREFIX_KEY_CHARS) {
      for (const own of terms.phonetic) if (own.startsWith(key) && soundsAlike(terms, own, token)) return "phonetic";
    }
  }
  if (token.pairs.some((p) => terms.pairs.has(p))) return "pair";
  return null;
}

/** Whether a text's terms contain a token (see `matchToken`). */
export function containsToken(terms: TermSet, token: Token): boolean {
  return matchToken(terms, token) !== null;
}
