import { lexiconData, type LexiconData } from "./lexicon-files.ts";
import { actionPairRoots, foldCase, isCyrillic, isInfinitive, rootCandidates, russianRoot, russianRoots, stem } from "./stem.ts";
import { isStopWord } from "./stop-words.ts";

/**
 * A phrase that stands for a concept as a whole ("death toll", «число погибших», "Collective
 * Security Treaty Organization"): its words' keys in order, stop words left out.
 */
export interface Phrase {
  keys: string[];
  concept: string;
}

/** The words of a phrase as keys (stems; Russian roots), stop words left out. */
function phraseKeys(text: string): string[] {
  return (foldCase(text).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !isStopWord(w)).map((w) => (isCyrillic(w) ? russianRoot(w) : stem(w)));
}

/** A Russian equivalent on more lines than this is too ambiguous to link English words through it. */
export const MAX_PIVOT_LINES = 3;
/**
 * A line with more senses than this mixes them ("fire": пожар, стрелять, уволить) and links nothing.
 * Senses are counted by `senseCount`: a verb's aspect pair is one.
 */
export const MAX_PIVOT_SENSES = 6;

/**
 * How many senses a line's Russian equivalents name: equivalents that share their first four
 * letters count once (an aspect pair, запускать|запустить; a noun and its verb, запуск). Pure.
 */
export function senseCount(equivalents: readonly string[]): number {
  return new Set(equivalents.map((w) => w.slice(0, 4))).size;
}

/**
 * Two lines are linked when this share of their Russian equivalents (Jaccard) is common to both, or
 * when every equivalent of one is an equivalent of the other (the narrower word: "serviceman"
 * (военнослужащий) within "soldier" (солдат, военнослужащий, военный, боец)).
 */
export const MIN_PIVOT_OVERLAP = 1 / 3;

/** Pairs of English headwords linked through a shared, unambiguous Russian equivalent (see `Vocabulary`). Pure. */
export function pivotLinks(bilingual: ReadonlyMap<string, readonly string[]>): [string, string][] {
  const overlap = (a: string, b: string): number => {
    const x = new Set(bilingual.get(a) ?? []);
    const y = new Set(bilingual.get(b) ?? []);
    const common = [...x].filter((w) => y.has(w)).length;
    return common === Math.min(x.size, y.size) ? 1 : common / (x.size + y.size - common);
  };
  const linesOf = new Map<string, string[]>();
  for (const [headword, russian] of bilingual) {
    for (const word of russian) linesOf.set(word, [...(linesOf.get(word) ?? []), headword]);
  }
  const links = new Map<string, [string, string]>();
  for (const headwords of linesOf.values()) {
    if (headwords.length < 2 || headwords.length > MAX_PIVOT_LINES) continue;
    const narrow = headwords.filter((h) => senseCount(bilingual.get(h) ?? []) <= MAX_PIVOT_SENSES);
    for (const a of narrow) for (const b of narrow) if (a < b && overlap(a, b) >= MIN_PIVOT_OVERLAP) links.set(`${a}\t${b}`, [a, b]);
  }
  return [...links.values()];
}

/** A vowel of either script (a two-letter word without one is an abbreviation: «жд», "mp"). */
const VOWEL = /[aeiouyаеёиоуыэюя]/u;

/** How an acronym is written. (A module constant: tsx turns a regex literal with `\p{…}` into a `new RegExp` made each time it is evaluated.) */
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}-]+$/u;

/** An acronym: two or more letters (digits allowed after the first), all capitals ("CSTO", "ОДКБ", "G7"). */
export function isAcronym(word: string): boolean {
  return ACRONYM.test(word) && word.length >= 2;
}

/** The key of a word found by its own form, not its stem (see `Vocabulary.lookupKeys`): no stem starts with "=". */
function wholeWordKey(word: string): string {
  return `=${word}`;
}

/** The longest form of the Russian forms table found as its lemma alone (see `Vocabulary.#tablesOf`): «ул», «обл», «мкр». */
const MAX_ABBREVIATION = 3;

/** A vocabulary as plain data (see `Vocabulary.toJSON`). */
export interface VocabularyJson {
  words: [string, string[]][];
  verbRoots: [string, string[]][];
  irregular: [string, string][];
  /** Absent from a vocabulary an index stored before phrasal verbs (that index is then stale, see `lexiconHash`). */
  phrasal?: [string, string[]][];
  acronyms: [string, string][];
  phrases: Phrase[];
  known: string[];
  /** Keys only the frequent words' lines hold (see `Vocabulary.hasWord`). */
  frequentOnly?: string[];
  /** The gazetteer's concepts (see `Vocabulary.isCommonWord`). */
  places?: string[];
  /** The concepts of the lexicon lines that write each acronym (see `Vocabulary.concepts`). */
  acronymLines?: [string, string[]][];
}

/**
 * The vocabulary that lets words meet across languages and wordings, built from data files whose
 * construction the README documents (never from evaluation questions):
 * - each line of the bilingual lexicon is one concept; an English word (by Snowball stem, and
 *   irregular forms by their lemma) and a Russian word (by root: погибших ~ погибнуть) get the
 *   concepts of the lines they appear on, so "died" meets «погибли» and «жертв» meets «гибель»;
 * - English words WordNet links to a headword (synonyms, derived forms, what a verb causes) get its
 *   concept: "detention" meets "detain", "killed" meets "die";
 * - two English headwords that share an unambiguous Russian equivalent (one on at most
 *   `MAX_PIVOT_LINES` lines, each line with at most `MAX_PIVOT_SENSES` equivalents, and a third of
 *   their equivalents in common) get each other's concept: synonyms found through the other
 *   language ("blizzard" and "snowstorm" through «метель»);
 * - informal words (colloquial.tsv) and news near-synonyms (synonyms.tsv: "detain" ~ arrest, "blaze"
 *   ~ fire, «скончаться» ~ die) take the concept of the headword they mean, and link no other line;
 * - the frequent words' lines (en-ru-frequent.tsv) add their own concepts only: no link to another
 *   line, and a word only they know keeps its sound keys (a name like «Сочи» is not «сочиться»);
 * - acronyms and full names of one organisation, in both scripts, share a concept ("CSTO" ~ «ОДКБ»
 *   ~ "Collective Security Treaty Organization"), both the built-in list and those an article spells out.
 * Multi-word entries are phrases, matched on consecutive words.
 */
export class Vocabulary {
  /** English stem, or Russian stem of a lemma that is not a verb, → concepts (a Russian word must have that very stem). */
  readonly #words = new Map<string, Set<string>>();
  /**
   * Root of a Russian verb lemma (its infinitive ending taken off: задержать → задержа-) →
   * concepts; a word is found under any of its `rootCandidates` (задержали, задержанных). Nouns
   * are not matched that way: «машинист» is not «машина», «поставка» not «пост».
   */
  readonly #verbRoots = new Map<string, Set<string>>();
  /** Irregular English form → lemma. */
  readonly #irregular: ReadonlyMap<string, string>;
  /** Case-folded acronym → concept (matched only when written in capitals). */
  readonly #acronyms = new Map<string, string>();
  /** Case-folded acronym → the concepts of the lexicon lines that write it («мчс» → "emergencies ministry"). */
  readonly #acronymLines = new Map<string, Set<string>>();
  /** First key → phrases starting with it. */
  readonly #phrases = new Map<string, Phrase[]>();
  /**
   * A phrasal verb, as "key particle" (the verb's stem: "come down", "threw" under "throw out") →
   * the concepts of what it means (see `phrasalConcepts`).
   */
  readonly #phrasal = new Map<string, Set<string>>();
  /** Every single word the data names, case-folded (known spellings for typo correction). */
  readonly #known = new Set<string>();
  /** The gazetteer's concepts: place names, which stay names (see `isCommonWord`). */
  readonly #placeConcepts = new Set<string>();
  /** Keys (of `#words` and `#verbRoots`) only the frequent words' lines hold. */
  readonly #frequentOnly = new Set<string>();
  /** While `fromData` builds: the frequent lines' concepts, and the keys their concepts and the others' were added under. */
  #building: { frequent: Set<string>; frequentKeys: Set<string>; coreKeys: Set<string> } | null = null;
  /** The vocabulary this one extends (with an article's acronyms); lookups fall through to it. */
  readonly #parent: Vocabulary | null;

  private constructor(irregular: ReadonlyMap<string, string>, parent: Vocabulary | null = null) {
    this.#irregular = irregular;
    this.#parent = parent;
  }

  /** Builds the vocabulary from parsed data (see `lexiconData`). */
  static fromData(data: LexiconData): Vocabulary {
    const vocabulary = new Vocabulary(data.irregular);
    // The frequent words' lines (en-ru-frequent.tsv) add their own concepts, after the curated ones.
    const lines = new Map(data.bilingual);
    for (const [headword, russian] of data.frequent) if (!lines.has(headword)) lines.set(headword, russian);
    // The gazetteer's places, as the frequent words' lines (a headword a line above names keeps that line).
    // A place named by another line's headword ("turkey" ~ «индейка», "polish" ~ «полировать») keeps
    // the Russian words that line lacks under a concept of its own («Турция» ~ "Turkey", never «индейка»).
    const placesOfTakenNames: [string, string, string[]][] = [];
    for (const [headword, russian] of data.places) {
      const taken = lines.get(headword);
      if (taken) {
        const own = russian.filter((word) => !taken.includes(word));
        if (own.length > 0) placesOfTakenNames.push([headword, `${headword} (place)`, own]);
        continue;
      }
      lines.set(headword, russian);
      vocabulary.#placeConcepts.add(headword);
    }
    const building = { frequent: new Set([...lines.keys()].filter((headword) => !data.bilingual.has(headword))), frequentKeys: new Set<string>(), coreKeys: new Set<string>() };
    vocabulary.#building = building;
    // An acronym the lexicon writes in lower case («мид», "fsb") is matched as the acronym it is
    // (see `#addGroups`), never by its stem: «мидий» (mussels) is not «МИД».
    // (The line's headword then says the acronym's organisation: "emergencies ministry" ~ «МЧС».)
    const acronymConcepts = new Map<string, string>();
    for (const group of data.acronyms) for (const v of group) if (isAcronym(v) && !/\s/.test(v) && group[0]) acronymConcepts.set(foldCase(v), group[0]);
    const addTerm = (text: string, concept: string) => {
      if (!acronymConcepts.has(foldCase(text).trim())) vocabulary.#addTerm(text, concept);
    };
    // The lexicon's own Russian words: a feminine form the lexicon writes is a word of its own («столица» is no table).
    const russianWords = new Set([...lines.values()].flat().map((word) => foldCase(word).trim()));
    for (const [headword, russian] of lines) {
      addTerm(headword, headword);
      for (const word of russian) {
        const organisation = acronymConcepts.get(foldCase(word).trim());
        if (organisation) {
          addTerm(headword, organisation);
          const written = foldCase(word).trim();
          vocabulary.#acronymLines.set(written, (vocabulary.#acronymLines.get(written) ?? new Set()).add(headword));
        }
        else addTerm(word, headword);
        // A noun's plural of another root is the noun too: a line's «ребёнок» is also «дети» ("kid").
        for (const plural of SUPPLETIVE_PLURALS.get(foldCase(word).trim()) ?? []) addTerm(plural, headword);
        // A noun's feminine is the noun too: «слон» is also «слониха», «волк» «волчица», «турист» «туристка».
        if (!organisation) for (const feminine of feminineForms(foldCase(word).trim())) if (!russianWords.has(feminine)) addTerm(feminine, headword);
      }
    }
    for (const [headword, concept, russian] of placesOfTakenNames) {
      vocabulary.#placeConcepts.add(concept);
      addTerm(headword, concept);
      for (const word of russian) addTerm(word, concept);
    }
    for (const [headword, related] of data.wordnet) {
      if (!lines.has(headword)) continue;
      for (const word of related) {
        addTerm(word, headword);
        // A link between two headwords goes both ways: "kill" → "die" makes "die" meet "kill" too.
        if (lines.has(word)) addTerm(headword, word);
      }
    }
    // Two linked lines share a sense of their own, which their own words hold (the headwords and
    // their Russian equivalents), not the words WordNet links to either of them: "condemn" meets
    // "convict" (осудить), and "sentence" meets "convict" (WordNet), but "sentence" does not meet
    // "condemn" through "convict".
    // Informal words and news near-synonyms take the concept of the line they mean, as its own
    // equivalents do, but link no other line ("cop" ~ police, «сдохнуть» ~ die, "detain" ~ arrest).
    for (const [headword, words] of data.colloquial) {
      if (!lines.has(headword)) continue;
      for (const word of words) addTerm(word, headword);
    }
    for (const [a, b] of pivotLinks(data.bilingual)) {
      const shared = `${a} ~ ${b}`;
      for (const line of [a, b]) {
        addTerm(line, shared);
        for (const word of data.bilingual.get(line) ?? []) addTerm(word, shared);
      }
    }
    for (const key of building.frequentKeys) if (!building.coreKeys.has(key)) vocabulary.#frequentOnly.add(key);
    vocabulary.#building = null;
    vocabulary.#addGroups(data.acronyms);
    // Phrasal verbs last: they take the concepts of the words they mean, now complete. A lexicon
    // line of its own ("shut down", «закрыть») is one of them too.
    const phrasalOf = (text: string): string | null => {
      const match = /^(\p{L}+) (\p{L}+)$/u.exec(text);
      return match && PARTICLES.has(match[2] ?? "") ? `${stem(match[1] ?? "")} ${match[2]}` : null;
    };
    const addPhrasal = (key: string, concepts: Iterable<string>) => {
      const set = vocabulary.#phrasal.get(key) ?? new Set<string>();
      for (const concept of concepts) set.add(concept);
      if (set.size > 0) vocabulary.#phrasal.set(key, set);
    };
    for (const headword of data.bilingual.keys()) {
      const key = phrasalOf(headword);
      if (key) addPhrasal(key, [headword]);
    }
    for (const [phrase, words] of data.phrasal) {
      const key = phrasalOf(phrase);
      if (key) addPhrasal(key, words.flatMap((word) => vocabulary.concepts(word, word, stem(word))));
    }
    return vocabulary;
  }

  /** The vocabulary as plain data, stored with an index so that opening it need not stem the data files again. */
  toJSON(): VocabularyJson {
    if (this.#parent) throw new Error("an extended vocabulary is not stored: store its base");
    return {
      words: [...this.#words].map(([key, concepts]) => [key, [...concepts]]),
      verbRoots: [...this.#verbRoots].map(([key, concepts]) => [key, [...concepts]]),
      irregular: [...this.#irregular],
      phrasal: [...this.#phrasal].map(([key, concepts]) => [key, [...concepts]]),
      acronyms: [...this.#acronyms],
      phrases: [...this.#phrases.values()].flat(),
      known: [...this.#known],
      frequentOnly: [...this.#frequentOnly],
      places: [...this.#placeConcepts],
      acronymLines: [...this.#acronymLines].map(([key, concepts]) => [key, [...concepts]]),
    };
  }

  /** The vocabulary `toJSON` wrote. */
  static fromJSON(json: VocabularyJson): Vocabulary {
    const vocabulary = new Vocabulary(new Map(json.irregular));
    for (const [key, concepts] of json.words) vocabulary.#words.set(key, new Set(concepts));
    for (const [key, concepts] of json.verbRoots) vocabulary.#verbRoots.set(key, new Set(concepts));
    for (const [key, concepts] of json.phrasal ?? []) vocabulary.#phrasal.set(key, new Set(concepts));
    for (const [key, concept] of json.acronyms) vocabulary.#acronyms.set(key, concept);
    for (const phrase of json.phrases) {
      const first = phrase.keys[0] ?? "";
      vocabulary.#phrases.set(first, [...(vocabulary.#phrases.get(first) ?? []), phrase]);
    }
    for (const word of json.known) vocabulary.#known.add(word);
    for (const key of json.frequentOnly ?? []) vocabulary.#frequentOnly.add(key);
    for (const concept of json.places ?? []) vocabulary.#placeConcepts.add(concept);
    for (const [key, concepts] of json.acronymLines ?? []) vocabulary.#acronymLines.set(key, new Set(concepts));
    return vocabulary;
  }

  /** This vocabulary extended with `groups` (acronyms an article spells out); this one is unchanged. */
  withAcronyms(groups: readonly (readonly string[])[]): Vocabulary {
    const extended = new Vocabulary(this.#irregular, this);
    extended.#addGroups(groups);
    return extended;
  }

  #addGroups(groups: readonly (readonly string[])[]): void {
    for (const group of groups) {
      const concept = group[0];
      if (!concept) continue;
      for (const variant of group) {
        if (isAcronym(variant) && !/\s/.test(variant)) this.#acronyms.set(foldCase(variant), concept);
        else this.#addTerm(variant, concept);
      }
    }
  }

  /** Adds a word (one key) or a phrase (several) as a way of saying `concept`. */
  #addTerm(text: string, concept: string): void {
    for (const word of foldCase(text).match(/[\p{L}]+/gu) ?? []) if (!isStopWord(word)) this.#known.add(word);
    const keys = phraseKeys(text);
    if (keys.length === 0) return;
    // A phrase whose other words are stop words ("take place", "put out", «не допускать», «в
    // состоянии») would lend its sense to its one content word alone ("place", "put", «допускать»
    // "allow", «состояние» "condition"): it links nothing.
    if (keys.length === 1 && (foldCase(text).match(/[\p{L}]+/gu) ?? []).length > 1) return;
    if (keys.length === 1) {
      const word = foldCase(text).trim();
      // A Russian noun whose vowel drops out (миротворец → миротворцы) is found under both roots.
      const russian = isCyrillic(word) && !/\s/.test(word);
      const table = russian && isRussianInfinitive(word) ? this.#verbRoots : this.#words;
      const add = (into: Map<string, Set<string>>, key: string) => {
        const set = into.get(key) ?? new Set<string>();
        set.add(concept);
        into.set(key, set);
        if (this.#building) (this.#building.frequent.has(concept) ? this.#building.frequentKeys : this.#building.coreKeys).add(key);
      };
      // (Never under a stop word's own form: "takings" stems to "take", and "taken to hospital" is no revenue.
      // Such a word is found by its own form instead: "evening", whose stem is "even".)
      for (const key of russian ? russianRoots(word) : keys) {
        if (russian || !isStopWord(key)) add(table, key);
        else if (!isStopWord(word) && /^[a-z]+$/u.test(word)) add(table, wholeWordKey(word));
      }
      if (russian) {
        // эвакуация and эвакуировать name one action: each is found under the other's root too.
        const pair = actionPairRoots(word);
        for (const key of pair.verbRoots) add(this.#verbRoots, key);
        for (const key of pair.nounRoots) add(this.#words, key);
        // A noun in -ия is what its adjective in -ический relates to: химия ~ химический (завод),
        // экология ~ экологический, биология ~ биологический.
        if (/ия$/u.test(word)) add(this.#words, `${stem(word)}ическ`);
      }
      return;
    }
    const first = keys[0] ?? "";
    const list = this.#phrases.get(first) ?? [];
    if (!list.some((p) => p.concept === concept && p.keys.join(" ") === keys.join(" "))) list.push({ keys, concept });
    this.#phrases.set(first, list);
  }

  /**
   * The keys a word is looked up by: its stem (English; its own form too when the stem is a stop
   * word's form, "evening" → "even"; an irregular form's lemma too, the
   * singular of a "-men" compound: "servicemen" → "serviceman", and of a "-ves" plural: "loaves" →
   * "loaf", "knives" → "knife") or root candidates (Russian).
   */
  lookupKeys(folded: string, wordStem: string): string[] {
    if (isCyrillic(folded)) return rootCandidates(wordStem);
    const lemma = this.#irregular.get(folded) ?? menSingular(folded);
    const keys = lemma ? [wordStem, stem(lemma)] : [wordStem];
    // A word whose stem is a stop word's form, by its own form and its singular ("evenings").
    if (isStopWord(wordStem)) {
      keys.push(wholeWordKey(folded));
      const singular = folded.replace(/s$/u, "");
      if (singular !== folded) keys.push(wholeWordKey(singular));
    }
    for (const singular of vesSingulars(folded)) keys.push(stem(singular));
    return keys;
  }

  /**
   * The concepts of one word. `original` is the word as written: an acronym counts only in
   * capitals ("US" the country, not "us"), and then as its organisation and what the lexicon lines
   * writing it mean, never by its stem.
   */
  concepts(original: string, folded: string, wordStem: string): string[] {
    // An acronym is its organisation, not a word it begins like («МИД» is not «мидия», mussels).
    const acronym = this.acronymConcept(original, folded);
    if (acronym) return [acronym, ...this.#acronymLinesOf(folded)];
    const found = new Set<string>(this.#parent?.concepts(original, folded, wordStem) ?? []);
    for (const table of this.#tablesOf(folded, wordStem)) for (const concept of table) found.add(concept);
    return [...found];
  }

  /** The concepts of the lexicon lines that write an acronym (see `#acronymLines`), this vocabulary's and its parent's. */
  #acronymLinesOf(folded: string): string[] {
    const own = [...(this.#acronymLines.get(folded) ?? [])];
    return this.#parent ? [...own, ...this.#parent.#acronymLinesOf(folded)] : own;
  }

  /**
   * The organisation an acronym stands for: in capitals always ("US", «ОДКБ»); typed in lower case
   * ("csto", «фсб») when it has 3 letters or more, or 2 without a vowel, which no word is («жд», «тц»;
   * "us" is a word, "mp" is not).
   */
  acronymConcept(original: string, folded: string): string | undefined {
    if (!isAcronym(original) && folded.length < 3 && VOWEL.test(folded)) return undefined;
    return this.#acronyms.get(folded) ?? this.#parent?.acronymConcept(original, folded);
  }

  /** Whether the vocabulary knows the word as a common word (a lexicon or WordNet entry, not a name). */
  /** Whether concepts (a word's, see `concepts`) name a place of the gazetteer ("Ohio", «Канзасе»). */
  namesPlace(concepts: readonly string[]): boolean {
    return concepts.some((concept) => this.#placeConcepts.has(concept)) || (this.#parent?.namesPlace(concepts) ?? false);
  }

  isCommonWord(folded: string, wordStem: string): boolean {
    // A place's name the gazetteer translates ("Ohio", «Огайо») is still a name.
    const common = this.#tablesOf(folded, wordStem).some((table) => [...table].some((concept) => !this.#placeConcepts.has(concept)));
    return common || (this.#parent?.isCommonWord(folded, wordStem) ?? false);
  }

  /**
   * Whether the vocabulary has the word itself: its stem (or an English irregular form's lemma) is
   * an entry, not only a shorter root or noun it starts with («казан» of Казань starts like «каза-» of
   * казаться, but is not that verb), and an entry of a curated line: a word only the frequent words'
   * lines know keeps its sound keys, as a name may sound like it («Сочи» and «сочиться»).
   */
  hasWord(folded: string, wordStem: string): boolean {
    const held = (key: string) => !this.#frequentOnly.has(key);
    const own = isCyrillic(folded)
      ? ((this.#words.has(wordStem) || this.#verbRoots.has(wordStem)) && held(wordStem))
      : this.lookupKeys(folded, wordStem).some((key) => this.#words.has(key) && held(key));
    return own || (this.#parent?.hasWord(folded, wordStem) ?? false);
  }

  /**
   * The concept sets a word is found under: by stem (and an irregular form's lemma), and a Russian
   * word also by its verb roots. `asForm`: whether a Russian word is looked up in the forms table
   * (not again for the lemma it gives).
   */
  #tablesOf(folded: string, wordStem: string, asForm = true): Set<string>[] {
    const found: Set<string>[] = [];
    const keys = this.lookupKeys(folded, wordStem);
    if (isCyrillic(folded)) {
      // A form whose stem is not its word's («сядут», «денег») is found as its word is; a short one
      // (an abbreviation of an address: «ул», «пер», «обл») only so, its stem too short for a root
      // (перила, облить).
      const lemma = asForm ? this.#irregular.get(folded) : undefined;
      if (lemma !== undefined) {
        found.push(...this.#tablesOf(lemma, stem(lemma), false));
        if (folded.length <= MAX_ABBREVIATION) return found;
      }
      for (const key of keys) {
        const verb = this.#verbRoots.get(key);
        if (verb) found.push(verb);
        // A noun is met by its own stem, and by an adjective made from it (правительство →
        // правительственный, президент → президентский), not by a longer noun («машинист» ≠ «машина»).
        const noun = key === wordStem || RELATIONAL_TAIL.test(wordStem.slice(key.length)) ? this.#words.get(key) : undefined;
        if (noun) found.push(noun);
      }
      // A verb's present or future the stemmer leaves whole («ведёт», «лечат», «вернёт»: it strips
      // these endings only after а or я) is met by its base, when nothing else meets the word.
      if (found.length === 0) {
        const base = PRESENT_ENDING.exec(folded)?.[1];
        const verb = base !== undefined && base.length >= MIN_PRESENT_BASE ? this.#verbRoots.get(base) : undefined;
        if (verb) found.push(verb);
      }
      return found;
    }
    for (const key of keys) {
      const set = this.#words.get(key);
      if (set) found.push(set);
    }
    return found;
  }

  /** Every single word the vocabulary's data names (case-folded). */
  words(): Iterable<string> {
    return this.#parent ? [...this.#parent.words(), ...this.#known] : this.#known;
  }

  /**
   * The concepts of a verb followed right away by `particle` ("turned up" → arrive, appear; "came
   * down" → fall, collapse), by the verb's lookup keys (see `lookupKeys`); null when that is no
   * phrasal verb the vocabulary knows.
   */
  phrasalConcepts(verbKeys: readonly string[], particle: string): string[] | null {
    if (this.#parent) return this.#parent.phrasalConcepts(verbKeys, particle);
    for (const key of verbKeys) {
      const concepts = this.#phrasal.get(`${key} ${particle}`);
      if (concepts) return [...concepts];
    }
    return null;
  }

  /** Phrases whose first key is one of `keys`. */
  phrasesStartingWith(keys: readonly string[]): Phrase[] {
    const own = keys.flatMap((key) => this.#phrases.get(key) ?? []);
    return this.#parent ? [...this.#parent.phrasesStartingWith(keys), ...own] : own;
  }
}

/** The particles of English phrasal verbs ("turn *up*", "come *down*", "break *into*"). */
export const PARTICLES: ReadonlySet<string> = new Set(["up", "down", "out", "off", "in", "on", "over", "away", "back", "apart", "into"]);

/** What a Russian adjective adds to the noun it is made from, as left by the stemmer: -н-, -ен-, -ск-, -ов-… */
const RELATIONAL_TAIL = /^(?:н|ен|ан|ян|нн|енн|онн|ск|еск|ов|ев|ин|ьн)$/u;

/** Whether a Russian lemma is a verb infinitive (задержать, спасти, помочь, вернуться; see `isInfinitive`). Pure. */
export function isRussianInfinitive(lemma: string): boolean {
  return isInfinitive(foldCase(lemma));
}

/** Words in "-men" that are not plurals of "-man". */
const NOT_MEN_PLURALS = new Set(["abdomen", "acumen", "albumen", "bitumen", "cyclamen", "dolmen", "hymen", "lumen", "omen", "regimen", "rumen", "semen", "specimen", "stamen", "yemen", "carmen", "amen"]);

/**
 * The singular of an English compound with an irregular plural ("gunmen" → "gunman", "policemen"
 * → "policeman", "schoolchildren" → "schoolchild"), if it is one. Pure.
 */
export function menSingular(folded: string): string | undefined {
  if (folded.length > 8 && folded.endsWith("children")) return `${folded.slice(0, -8)}child`;
  if (folded.length < 5 || !folded.endsWith("men") || NOT_MEN_PLURALS.has(folded)) return undefined;
  return `${folded.slice(0, -3)}man`;
}

/**
 * The singulars an English plural in "-ves" may have ("loaves" → "loaf", "knives" → "knife",
 * "wolves" → "wolf"); none for another word. A form that is no word ("moves" → "mof") meets nothing. Pure.
 */
export function vesSingulars(folded: string): string[] {
  if (folded.length < 5 || !folded.endsWith("ves")) return [];
  const base = folded.slice(0, -3);
  return [`${base}f`, `${base}fe`];
}

/** A Russian verb's present or future ending, and the base before it (group 1): «вед|ёт», «леч|ат», «зна|ют». */
const PRESENT_ENDING = /^(.+?)(?:ет|ут|ют|ат|ят|ит|ем|им|ешь|ишь|ете|ите|ется|ются|утся|атся|ятся|ится)$/u;
/** The shortest present base looked up (shorter ones, «ищ» of «ищут», would meet look-alikes). */
const MIN_PRESENT_BASE = 3;

let shared: Vocabulary | null = null;

/** The vocabulary built from the project's data files, once. */
/**
 * The feminine forms a Russian noun for a person or an animal may take (case-folded): «слон» —
 * «слониха», «тигр» — «тигрица», «волк» — «волчица», «медведь» — «медведица», «турист» —
 * «туристка», «пенсионер» — «пенсионерка». Forms of other nouns are words no text writes, or words
 * the lexicon has a line of its own for (see the caller). Pure.
 */
export function feminineForms(word: string): string[] {
  if (!/^[а-яё]{4,}$/u.test(word)) return [];
  const base = word.endsWith("ь") ? word.slice(0, -1) : word;
  if (!/[бвгджзклмнпрстфхцчшщ]$/u.test(base)) return [];
  const forms = [`${base}иха`, `${base.replace(/к$/u, "ч")}ица`];
  if (/(?:ист|ант|ент|ер|ор)$/u.test(base)) forms.push(`${base}ка`);
  return forms;
}

/** Russian nouns whose plural has another root (case-folded): «ребёнок» — «дети». («Человек» — «люди» is left out: both are generic words of questions.) */
const SUPPLETIVE_PLURALS: ReadonlyMap<string, readonly string[]> = new Map([["ребенок", ["дети"]], ["ребёнок", ["дети"]]]);

export function sharedVocabulary(): Vocabulary {
  shared ??= Vocabulary.fromData(lexiconData());
  return shared;
}
