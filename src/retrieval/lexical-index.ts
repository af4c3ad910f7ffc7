import { LRUCache } from "lru-cache";
import type { Passage } from "../corpus/article.ts";
import { Analyzer, matchToken, soundSpelling, type Token } from "../text/analyzer.ts";
import { bm25Idf, bm25LengthNorm, topK } from "./bm25.ts";
import { FIELDS, inMemorySegment, perField, type FieldName, type LexicalSegment } from "../index/lexical-segment.ts";
import type { PackedDictionary, Postings } from "../index/packed-dictionary.ts";
import { passagesInMemory, type PassageSource } from "./passage-source.ts";
import { sentenceTerms, type AnalysedText, type EvidenceSource, type SentenceMemo, type SentenceTerms } from "./sentence-evidence.ts";
import { RETRIEVAL_SETTINGS, type RetrievalSettings } from "./settings.ts";
import { isCyrillic, stem, surnameNominative } from "../text/stem.ts";
import { candidatesAmong, MIN_TYPO_WORD_CHARS } from "../text/one-edit.ts";
import { TypoCorrector } from "./typos.ts";
import { sharedPersonNouns, type PersonNouns } from "../text/person-nouns.ts";
import { sharedFamousPeople, type FamousPeople } from "../text/famous-people.ts";
import { sharedVocabulary, type Vocabulary } from "../text/vocabulary.ts";

/** One passage found by the lexical side. */
export interface LexicalHit {
  passageId: number;
  /** BM25 score (higher = more relevant; unbounded, compare only within one query). */
  bm25: number;
}

/** A question token and how much it counts in the query. */
export interface WeightedToken {
  token: Token;
  weight: number;
}

/** A segment as the index serves it. */
export interface IndexedSegment {
  segment: LexicalSegment;
  /** Global id of the segment's local passage 0. */
  base: number;
  /**
   * Whether each of the segment's documents (by its position in `documents`) is still in the index;
   * a document removed or replaced since the segment was written is not. Absent: all are.
   */
  liveDocuments?: readonly boolean[];
}

/** Postings of a phonetic prefix are looked at for at most this many keys (a short prefix matches many). */
const MAX_PREFIX_TERMS = 32;
/**
 * Postings kept between queries (the terms of frequent questions), with the BM25 contributions
 * last computed from them, in bytes (6 bytes a posting, 14 with its contribution): 8 million
 * postings, those of about 60 questions. Questions never asked before share most of their words
 * with earlier ones: at 100k passages, twice the former 56 MB halved the search time of a first
 * pass over 271 new questions (searches alone: 0.76–0.94 s → 0.43–0.60 s), the process's peak
 * memory unchanged (about 320 MB: the collector's headroom covers it).
 */
const POSTINGS_CACHE_BYTES = 112_000_000;
/** Passages whose sentences are kept analysed between queries. */
const SENTENCE_CACHE = 4_000;
/**
 * Sentence texts whose analysis (terms, answer-type evidence) is kept between passages (see
 * `SentenceMemo`): about as many sentences as the passages of `SENTENCE_CACHE` hold.
 */
const SENTENCE_TEXT_CACHE = 16_000;
/** What `LexicalIndex.correct` remembers for a word it has no correction for (a word is never empty). */
const NO_CORRECTION = "";
/**
 * A phonetic key this long or longer also covers a passage or document as a prefix of its keys (a
 * stemmer may cut a name short). Longer than a sentence's match needs (see `matchToken`), which also
 * compares the spellings: here there are none to compare, and a four-letter key meets other names
 * ("Crocus", krks, would cover "Kirkstow", krkst, and a bakery blast would answer "crocus attack how many wounded").
 */
const COVER_PREFIX_KEY_CHARS = 5;
/** Weight of a prefix match relative to an exact one. */
const PREFIX_DISCOUNT = 0.5;

/** A term of a dictionary a token is matched by (see `LexicalIndex.#matchTerms`), with its postings' ids once read. */
interface MatchTerm {
  field: FieldName;
  /** The term's index in the field's dictionary. */
  i: number;
  ids: Uint32Array | null;
}

/** One term of a field scored at a weight, in a search. */
interface ScoringStep {
  field: FieldName;
  term: string;
  weight: number;
  /** Passages holding the term (over all segments), looked up once per search. */
  df: number;
  /**
   * The synonym set the term is one of (a question word's concepts in one field), or -1: a passage
   * scores the best of a set's terms, not their sum (see `search`).
   */
  group: number;
}

/** The bytes of a typed array (a view, no copy). */
function bytesOf(array: Uint32Array | Uint16Array): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

/** Cached postings of one term of a segment's field, with the BM25 contributions last computed for them. */
interface CachedPostings extends Postings {
  /** The term's scale (IDF × (k1 + 1), which moves only with the index) `contributions` were computed for. */
  scale: number;
  /** Each posting's BM25 contribution at `scale`, before the query's weight; null until the term is scored. */
  contributions: Float64Array | null;
}

interface SegmentState extends IndexedSegment {
  /** 1 for a passage of a live document, by local id. */
  live: Uint8Array;
  liveCount: number;
  /** Every passage of the segment is live. */
  allLive: boolean;
}

/**
 * BM25 over passages on typed fields (see `FIELDS`), across the segments of an index (a full build
 * writes one per 100,000 passages; an incremental update adds one for the articles it adds or
 * replaces). Statistics (document frequencies, average lengths) are global. Postings and passage
 * texts are read when a query needs them, so memory grows with what queries touch, not with the
 * corpus. Also answers which question tokens a passage or document contains, how much a token
 * weighs (IDF), whether a word is a name by how the articles write it, and what a misspelt word
 * stands for.
 */
export class LexicalIndex implements EvidenceSource {
  readonly analyzer: Analyzer;
  readonly #settings: RetrievalSettings;
  readonly #segments: SegmentState[];
  readonly #passages: PassageSource;
  readonly #total: number;
  readonly #averageLength: Record<FieldName, number>;
  readonly #liveDocuments: number;
  /** Document id → its segment and position there (live documents only). */
  /** Where each live document's passages are (made when first needed: 170,000 entries at a million passages). */
  #documentMap: Map<string, { segment: number; index: number }> | null = null;
  readonly #postingsCache = new Map<string, CachedPostings>();
  /** Bytes the cached postings (and their contributions) hold. */
  #cachedBytes = 0;
  /**
   * Analysed passages and sentence texts, the least recently used let go first. (`lru-cache`, not a
   * Map whose oldest key is deleted: a Map's first key is found past every key deleted before it,
   * about 2 µs at 4,000 entries and 9 µs at 16,000, for each entry added.)
   */
  readonly #sentences = new LRUCache<number, SentenceTerms[]>({ max: SENTENCE_CACHE });
  /** Analysed sentence texts (see `SentenceMemo`). */
  readonly #sentenceMemo: SentenceMemo = new LRUCache<string, AnalysedText>({ max: SENTENCE_TEXT_CACHE });
  /** `weight` answers by token object (tokens are not changed once analysed). */
  readonly #weights = new WeakMap<Token, number>();
  /** The terms each token is matched by, per segment (see `#matchTerms`). */
  readonly #tokenTerms = new WeakMap<Token, MatchTerm[][]>();
  /** `documentCovers` answers by token object, then document. */
  readonly #documentCovered = new WeakMap<Token, Map<string, boolean>>();
  /** BM25 scores by passage id during a search (all zero between searches; made at the first). */
  #scores: Float64Array | null = null;
  /** The passages a search has scored, in the order first scored. */
  #touched: Int32Array | null = null;
  /** A synonym set's best contributions per passage while it is scored (see `search`), zero between sets. */
  #bestScores: Float64Array | null = null;
  #bestTouched: Int32Array | null = null;
  #typos: { words: TypoCorrector; stems: TypoCorrector; wordOfStem: Map<string, string> } | null = null;
  /** `correct`'s answers by word (`NO_CORRECTION` for none; made at its first call). */
  #corrections: LRUCache<string, string> | null = null;
  /**
   * The vocabulary's words of 4 letters or more by first letter, in the vocabulary's order, for
   * misspellings the articles' own words do not explain (made when first needed).
   */
  #vocabularyByLetter: Map<string, string[]> | null = null;
  /** The vocabulary's stems by first letter, each with a word of it (made when first needed). */
  #vocabularyStems: Map<string, Map<string, string>> | null = null;
  /** The articles' Latin and Cyrillic words and their counts by their first sound (see `#loanword`; made when first needed). */
  #spellings: [Map<string, Map<string, number>>, Map<string, Map<string, number>>] | null = null;
  /** Nouns for a person (see `isPersonNoun`); the project's own unless given. */
  #personNouns: PersonNouns | null;
  /** Famous people's names (see `unknownPeople`), read on first use. */
  #famousPeople: FamousPeople | null = null;
  /** The words of one script and first sound by the sound of their stem and of the whole word, once spelt out (see `#loanword`). */
  readonly #soundBuckets = new Map<string, { stems: Map<string, [string, number]>; words: Map<string, [string, number]> }>();

  constructor(segments: readonly IndexedSegment[], passages: PassageSource, options: { vocabulary?: Vocabulary; settings?: RetrievalSettings; personNouns?: PersonNouns } = {}) {
    this.#settings = options.settings ?? RETRIEVAL_SETTINGS;
    this.#passages = passages;
    this.#personNouns = options.personNouns ?? null;
    const acronyms = segments.flatMap((s) => s.segment.data.acronyms);
    const vocabulary = options.vocabulary ?? sharedVocabulary();
    this.analyzer = new Analyzer(acronyms.length > 0 ? vocabulary.withAcronyms(acronyms) : vocabulary);
    this.#segments = segments.map((s) => {
      const { data } = s.segment;
      const live = new Uint8Array(data.passages);
      let liveCount = 0;
      for (let index = 0; index < data.documents.length; index++) {
        if (s.liveDocuments && !s.liveDocuments[index]) continue;
        liveCount += 1;
        live.fill(1, data.docFirstPassage[index] ?? 0, data.docFirstPassage[index + 1] ?? 0);
      }
      return { ...s, live, liveCount, allLive: liveCount === data.documents.length };
    });
    this.#total = segments.reduce((n, s) => n + s.segment.data.passages, 0);
    this.#liveDocuments = this.#segments.reduce((n, s) => n + s.liveCount, 0);
    this.#averageLength = perField((f) => Math.max(1, segments.reduce((n, s) => n + s.segment.data.totalLengths[f], 0) / Math.max(1, this.#total)));
  }

  #documentsByName(): Map<string, { segment: number; index: number }> {
    if (!this.#documentMap) {
      const map = new Map<string, { segment: number; index: number }>();
      this.#segments.forEach((s, segment) => {
        s.segment.data.documents.forEach((doc, index) => {
          if (!s.liveDocuments || s.liveDocuments[index]) map.set(doc, { segment, index });
        });
      });
      this.#documentMap = map;
    }
    return this.#documentMap;
  }

  /** An index over passages held in memory, built on the spot (tests, a handful of articles). */
  static fromPassages(
    passages: readonly Passage[],
    titles: ReadonlyMap<string, string | null> = new Map(),
    options: { vocabulary?: Vocabulary; settings?: RetrievalSettings; personNouns?: PersonNouns } = {},
  ): LexicalIndex {
    return new LexicalIndex([{ segment: inMemorySegment(passages, titles, options.vocabulary), base: 0 }], passagesInMemory(passages), options);
  }

  /** The segment holding a global passage id, and the local id there. */
  #locate(passageId: number): { state: SegmentState; local: number } | null {
    let low = 0;
    let high = this.#segments.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if ((this.#segments[mid]?.base ?? 0) <= passageId) low = mid;
      else high = mid - 1;
    }
    const state = this.#segments[low];
    if (!state) return null;
    const local = passageId - state.base;
    return local >= 0 && local < state.segment.data.passages ? { state, local } : null;
  }

  /** The postings of term `i` of a segment's field, cached between queries up to `POSTINGS_CACHE_BYTES`. */
  #postings(segmentIndex: number, field: FieldName, dictionary: PackedDictionary, i: number): CachedPostings {
    const key = `${segmentIndex}\u0000${field}\u0000${i}`;
    const cached = this.#postingsCache.get(key);
    if (cached) {
      // Most recently used last.
      this.#postingsCache.delete(key);
      this.#postingsCache.set(key, cached);
      return cached;
    }
    const { ids, tfs } = dictionary.postings(i);
    const postings: CachedPostings = { ids, tfs, scale: 0, contributions: null };
    this.#postingsCache.set(key, postings);
    this.#cachedBytes += ids.byteLength + tfs.byteLength;
    for (const [oldKey, old] of this.#postingsCache) {
      if (this.#cachedBytes <= POSTINGS_CACHE_BYTES) break;
      this.#postingsCache.delete(oldKey);
      this.#cachedBytes -= old.ids.byteLength + old.tfs.byteLength + (old.contributions?.byteLength ?? 0);
    }
    return postings;
  }

  /** Passages (over all segments) holding `term` in `field`. */
  #df(field: FieldName, term: string): number {
    let df = 0;
    for (const s of this.#segments) {
      const dictionary = s.segment.dictionaries[field];
      const i = dictionary.find(term);
      if (i >= 0) df += dictionary.df(i);
    }
    return df;
  }

  /**
   * Adds `weight ×` the BM25 contribution of `term` in `field` (held by `df` passages over all
   * segments) to each live passage's score
   * (`repeat` times over: for identical steps, see `search`); a passage scored for the first time is
   * appended to `touched` (its count returned). With `best`, a passage keeps the highest of its
   * contributions instead (a synonym set's scores, gathered apart from the others).
   */
  #accumulate(field: FieldName, term: string, df: number, weight: number, scores: Float64Array, touched: Int32Array, count: number, repeat = 1, best = false): number {
    if (df === 0) return count;
    const params = { k1: this.#settings.bm25K1, b: this.#settings.bm25B };
    // The contributions are cached without the query's weight (which varies with a word's role and
    // its number of synonyms from one question to the next): a frequent term's long postings are
    // computed once per opened index, and each search multiplies them by its weight as it adds them.
    const scale = bm25Idf(df, this.#total) * (params.k1 + 1);
    const f = FIELDS.indexOf(field);
    const { fixed: fixedNorm, perLength: lengthNorm } = bm25LengthNorm(this.#averageLength[field], params);
    let touchedCount = count;
    for (let segmentIndex = 0; segmentIndex < this.#segments.length; segmentIndex++) {
      const s = this.#segments[segmentIndex];
      if (!s) continue;
      const dictionary = s.segment.dictionaries[field];
      const i = dictionary.find(term);
      if (i < 0) continue;
      const postings = this.#postings(segmentIndex, field, dictionary, i);
      const { ids, tfs } = postings;
      const { lengths, passages } = s.segment.data;
      const live = s.live;
      const base = s.base;
      const offset = f * passages;
      const n = ids.length;
      // Two passes: the contributions (bm25Tf unrolled, divisions independent of each other), then
      // their sums into the scores (a store and a load per posting). Together they run about twice
      // as fast as one loop that waits on its division before each store; the arithmetic is the same.
      // The contributions stay with the cached postings: a term searched again skips the first pass.
      let contributions = postings.contributions;
      if (!contributions || postings.scale !== scale) {
        if (!contributions) {
          contributions = new Float64Array(n);
          // (The cache may run over its budget by these until its next read.)
          this.#cachedBytes += contributions.byteLength;
        }
        for (let k = 0; k < n; k++) {
          const tf = tfs[k] ?? 0;
          contributions[k] = (scale * tf) / (tf + fixedNorm + lengthNorm * (lengths[offset + (ids[k] ?? 0)] ?? 0));
        }
        postings.scale = scale;
        postings.contributions = contributions;
      }
      if (s.allLive && repeat === 1 && !best) {
        // The usual case: no liveness to check, and the count of touched passages advanced without
        // a branch (whether a passage is new to the search is a coin toss the CPU mispredicts).
        for (let k = 0; k < n; k++) {
          const id = base + (ids[k] ?? 0);
          const previous = scores[id] ?? 0;
          touched[touchedCount] = id;
          touchedCount += +(previous === 0);
          scores[id] = previous + weight * (contributions[k] ?? 0);
        }
        continue;
      }
      // Dead passages skipped; a contribution repeated for identical postings is added as many
      // times, one addition after another (the same sums as scoring each step in turn); a synonym
      // set's best kept instead of a sum.
      for (let k = 0; k < n; k++) {
        const local = ids[k] ?? 0;
        if (live[local] !== 1) continue;
        const id = base + local;
        const previous = scores[id] ?? 0;
        if (previous === 0) touched[touchedCount++] = id;
        const contribution = weight * (contributions[k] ?? 0);
        if (best) {
          if (contribution > previous) scores[id] = contribution;
          continue;
        }
        let sum = previous + contribution;
        for (let r = 1; r < repeat; r++) sum += contribution;
        scores[id] = sum;
      }
    }
    return touchedCount;
  }

  /** Terms of `field` in any segment that start with `prefix` (at most `MAX_PREFIX_TERMS`), the prefix itself excluded. */
  #prefixTerms(field: FieldName, prefix: string): string[] {
    const terms = new Set<string>();
    for (const s of this.#segments) {
      const dictionary = s.segment.dictionaries[field];
      const [from, to] = dictionary.prefixRange(prefix);
      for (let i = from; i < to && terms.size < MAX_PREFIX_TERMS; i++) terms.add(dictionary.term(i));
    }
    terms.delete(prefix);
    return [...terms];
  }

  /** Whether two scoring steps add the same contributions to the same passages: one field, one weight, identical postings. */
  #samePostings(a: ScoringStep, b: ScoringStep): boolean {
    if (a.field !== b.field || a.weight !== b.weight || a.df !== b.df) return false;
    for (let segmentIndex = 0; segmentIndex < this.#segments.length; segmentIndex++) {
      const dictionary = this.#segments[segmentIndex]?.segment.dictionaries[a.field];
      if (!dictionary) continue;
      const i = dictionary.find(a.term);
      const j = dictionary.find(b.term);
      if (i < 0 || j < 0) {
        // In no passage of this segment, both; or in some, only one.
        if (i >= 0 || j >= 0) return false;
        continue;
      }
      const first = this.#postings(segmentIndex, a.field, dictionary, i);
      const second = this.#postings(segmentIndex, b.field, dictionary, j);
      if (!bytesOf(first.ids).equals(bytesOf(second.ids)) || !bytesOf(first.tfs).equals(bytesOf(second.tfs))) return false;
    }
    return true;
  }

  /** Passages ranked by BM25 for the weighted question tokens, best first, at most `limit`. */
  search(query: readonly WeightedToken[], limit: number): LexicalHit[] {
    if (query.length === 0 || this.#total === 0) return [];
    const s = this.#settings;
    const terms = new Map<string, { field: FieldName; term: string; weight: number; prefix: boolean; group: number }>();
    let group = -1;
    const add = (field: FieldName, term: string, weight: number, prefix = false, inGroup = -1) => {
      const key = `${field}\u0000${term}`;
      const existing = terms.get(key);
      if (!existing || existing.weight < weight) terms.set(key, { field, term, weight, prefix, group: inGroup });
    };
    for (const { token, weight } of query) {
      // (A word the vocabulary translates, or a name, meets a passage in its own language twice, by
      // stem and by concept or sound key, and one in the other language once: its stem weighs less,
      // or the other language's articles would rank below any passage of the question's language
      // that repeats the word.)
      add("stems", token.stem, weight * (token.concepts.length > 0 ? s.translatedStemBoost : token.phonetic.length > 0 ? s.soundStemBoost : 1));
      add("titleStems", token.stem, weight * s.contextBoost);
      for (const key of token.phonetic) {
        add("phonetic", key, weight * s.phoneticBoost, key.length >= 4);
        add("titlePhonetic", key, weight * s.phoneticBoost * s.contextBoost, key.length >= 4);
      }
      for (const pair of token.pairs) add("pairs", pair, weight * s.pairBoost);
      // Translations of one word count as one synonym set, not as several words: a passage scores
      // the best of them, not their sum. (Summed, even over the root of their number, an article in
      // the word's own language, which holds all its concepts, outranked one in the other language,
      // which holds only that of the line it translates: "fight" is {fight, fighting, fighter} in
      // English, «драка» {fight, scrimmage, fistfight}.)
      const inText = ++group;
      const inTitle = ++group;
      for (const concept of token.concepts) {
        add("concepts", concept, weight * s.conceptBoost, false, inText);
        add("titleConcepts", concept, weight * s.conceptBoost * s.contextBoost, false, inTitle);
      }
    }
    // Scores and the passages scored are kept between queries (zero again after each): a query
    // touches a fraction of the passages, and clearing those costs less than a new array.
    this.#scores ??= new Float64Array(this.#total);
    this.#touched ??= new Int32Array(this.#total);
    const scores = this.#scores;
    const touched = this.#touched;
    // What is scored, in order: each term, a phonetic prefix followed by the longer keys it starts.
    const steps: ScoringStep[] = [];
    for (const { field, term, weight, prefix, group: inGroup } of terms.values()) {
      steps.push({ field, term, weight, df: this.#df(field, term), group: inGroup });
      if (prefix) for (const longer of this.#prefixTerms(field, term)) steps.push({ field, term: longer, weight: weight * PREFIX_DISCOUNT, df: this.#df(field, longer), group: -1 });
    }
    // A synonym set's steps one after another (a term kept at a higher weight for another word
    // leaves its first word's set).
    steps.sort((a, b) => (a.group < 0 ? 0 : 1) - (b.group < 0 ? 0 : 1) || a.group - b.group);
    let count = 0;
    let done = false;
    try {
      for (let i = 0; i < steps.length; i++) {
        const step = steps[i];
        if (!step || step.df === 0) continue;
        // The steps right after it (terms in no passage aside) that score the very same postings at
        // the same weight add the same contributions to the same passages, nothing in between: one
        // pass adds them all, in the same order (the synonym concepts of a word: city, municipal, urban).
        if (step.group >= 0) {
          // A synonym set: its best term per passage, gathered aside, then added. (A term with the
          // same postings as one before gives the same best: the synonym concepts of a word are
          // often held by the same passages, city, municipal, urban.)
          const set = [step];
          while (i + 1 < steps.length && steps[i + 1]?.group === step.group) {
            const next = steps[++i];
            if (next && next.df > 0 && !set.some((kept) => this.#samePostings(kept, next))) set.push(next);
          }
          if (set.length === 1) {
            count = this.#accumulate(step.field, step.term, step.df, step.weight, scores, touched, count);
            continue;
          }
          this.#bestScores ??= new Float64Array(this.#total);
          this.#bestTouched ??= new Int32Array(this.#total);
          const bestScores = this.#bestScores;
          const bestTouched = this.#bestTouched;
          let bestCount = 0;
          for (const term of set) bestCount = this.#accumulate(term.field, term.term, term.df, term.weight, bestScores, bestTouched, bestCount, 1, true);
          for (let k = 0; k < bestCount; k++) {
            const id = bestTouched[k] ?? 0;
            const previous = scores[id] ?? 0;
            if (previous === 0) touched[count++] = id;
            scores[id] = previous + (bestScores[id] ?? 0);
            bestScores[id] = 0;
          }
          continue;
        }
        let repeat = 1;
        for (let j = i + 1; j < steps.length; j++) {
          const next = steps[j];
          if (!next) break;
          if (next.df === 0) continue;
          if (!this.#samePostings(step, next)) break;
          repeat += 1;
          i = j;
        }
        count = this.#accumulate(step.field, step.term, step.df, step.weight, scores, touched, count, repeat);
      }
      const hits = topK(touched.subarray(0, count), scores, limit).map(([passageId, bm25]) => ({ passageId, bm25 }));
      done = true;
      return hits;
    } finally {
      // Zeroed by the passages touched when they are few; when they are many (or a search cut short
      // by an unreadable postings file may have scored passages it has not counted), whole: one
      // sequential fill beats as many scattered stores.
      if (done && count < scores.length / 16) for (let k = 0; k < count; k++) scores[touched[k] ?? 0] = 0;
      else scores.fill(0);
    }
  }

  /** In how many passages the token occurs (by stem, concept or phonetic key: the largest count). */
  passageFrequency(token: Token): number {
    return Math.max(this.#df("stems", token.stem), ...token.phonetic.map((k) => this.#df("phonetic", k)), ...token.concepts.map((c) => this.#df("concepts", c)));
  }

  /**
   * How much a question token counts (IDF over passages, log scale, > 0): a word in few passages
   * says more about the topic than one in many. A token the articles never use gets the highest
   * value, so a question about something else finds little of its weight anywhere.
   */
  weight(token: Token): number {
    // Remembered per token object: the answer stage weighs each question word once per candidate passage.
    let weight = this.#weights.get(token);
    if (weight === undefined) {
      weight = Math.log(1 + (this.#total + 1) / (this.passageFrequency(token) + 0.5));
      this.#weights.set(token, weight);
    }
    return weight;
  }

  /** Whether a word is a noun for a person ("brewer", «проводницу»: see `PersonNouns`). */
  /** Whether a word names a place the vocabulary's gazetteer knows ("Ohio", «Канзасе»). */
  namesPlace(token: Token): boolean {
    return this.analyzer.vocabulary.namesPlace(token.concepts);
  }

  isPersonNoun(token: Token): boolean {
    // (Read when a name question first needs it, not when the index opens.)
    this.#personNouns ??= sharedPersonNouns();
    return this.#personNouns.has(token);
  }

  /** Whether the articles use the word (by stem or concept; a sound-alike does not count). */
  knows(token: Token): boolean {
    return this.#df("stems", token.stem) > 0 || token.concepts.some((c) => this.#df("concepts", c) > 0);
  }

  /**
   * The question's words that name a famous person (see `FamousPeople`) whom no article names: no
   * article writes a word of the stem of one of their surnames, in either script, as a name (with a
   * capital inside a sentence, or only first in its sentences: «маски» are not «Маск»).
   */
  unknownPeople(tokens: readonly Token[]): Token[] {
    this.#famousPeople ??= sharedFamousPeople();
    const common = (token: Pick<Token, "folded" | "stem">) => this.analyzer.vocabulary.isCommonWord(token.folded, token.stem);
    return this.#famousPeople
      .mentions(tokens, common)
      .filter((m) => !m.surnameStems.some((s) => this.#writesAsName(s)))
      .flatMap((m) => tokens.slice(m.from, m.to + 1).filter((t) => !t.joined && !t.numeric));
  }

  /** Whether the articles write words of the stem, and as a name: capitalised in most of their occurrences inside a sentence. */
  #writesAsName(wordStem: string): boolean {
    if (this.#sumStat("stems", wordStem, (seg, i) => seg.data.stemStats.documents[i] ?? 0) === 0) return false;
    const [capitalised, inside] = this.#capitalisedInside(wordStem);
    return inside === 0 || capitalised / inside >= this.#settings.nameCapitalShare;
  }

  /** How often the articles write words of the stem inside a sentence with a capital, and how often inside a sentence at all. */
  #capitalisedInside(wordStem: string): [number, number] {
    return [
      this.#sumStat("stems", wordStem, (seg, i) => seg.data.stemStats.capitalised[i] ?? 0),
      this.#sumStat("stems", wordStem, (seg, i) => seg.data.stemStats.midSentence[i] ?? 0),
    ];
  }

  /** The word's sound keys that names the articles write have, in either script («крокус» ~ "Crocus": `krks`). */
  nameSounds(token: Token): string[] {
    return token.phonetic.filter((k) => this.#df("phonetic", k) > 0);
  }

  /** Sums a per-term statistic of the stems or phonetic dictionary over the segments. */
  #sumStat(field: "stems" | "phonetic", term: string, pick: (segment: LexicalSegment, i: number) => number): number {
    let sum = 0;
    for (const s of this.#segments) {
      const i = s.segment.dictionaries[field].find(term);
      if (i >= 0) sum += pick(s.segment, i);
    }
    return sum;
  }

  /**
   * Share (0…1) of the documents that contain the token (by stem or phonetic key). A name in few
   * documents (Crocus, Dagestan) tells which document a question is about; one in most does not.
   */
  documentShare(token: Token): number {
    if (this.#liveDocuments === 0) return 0;
    const count = Math.max(
      this.#sumStat("stems", token.stem, (seg, i) => seg.data.stemStats.documents[i] ?? 0),
      ...token.phonetic.map((k) => this.#sumStat("phonetic", k, (seg, i) => seg.data.phoneticStats.documents[i] ?? 0)),
    );
    return Math.min(1, count / this.#liveDocuments);
  }

  /**
   * Share (0…1) of the live documents that hold the word in any of its senses: by stem, by a
   * concept of the vocabulary (so in the other language's articles too: «катамаран» is held by an
   * English article about a catamaran), by pair, or by sound key (`documentShare`). Counted until
   * more than `limit` (a share) of the documents hold it: the caller asks whether a word is rare,
   * and a common concept's long postings are not walked to the end.
   */
  senseShare(token: Token, limit: number): number {
    if (this.#liveDocuments === 0) return 0;
    const cap = Math.floor(limit * this.#liveDocuments) + 1;
    const docs = new Set<number>();
    let offset = 0;
    for (let segmentIndex = 0; segmentIndex < this.#segments.length && docs.size < cap; segmentIndex++) {
      const s = this.#segments[segmentIndex];
      if (!s) continue;
      const { dictionaries, data } = s.segment;
      const terms: [FieldName, string][] = [["stems", token.stem], ...token.concepts.map((c): [FieldName, string] => ["concepts", c]), ...token.pairs.map((p): [FieldName, string] => ["pairs", p])];
      for (const [field, term] of terms) {
        const i = dictionaries[field].find(term);
        if (i < 0) continue;
        const { ids } = this.#postings(segmentIndex, field, dictionaries[field], i);
        // Postings and documents are both in passage order: one walk maps each posting to its document.
        let doc = 0;
        for (let k = 0; k < ids.length && docs.size < cap; k++) {
          const local = ids[k] ?? 0;
          if (s.live[local] !== 1) continue;
          while ((data.docFirstPassage[doc + 1] ?? Infinity) <= local) doc += 1;
          docs.add(offset + doc);
        }
        if (docs.size >= cap) break;
      }
      offset += data.documents.length;
    }
    return Math.max(this.documentShare(token), Math.min(1, docs.size / this.#liveDocuments));
  }

  /**
   * Whether the articles write the word as a name: capitalised in most of its mid-sentence
   * occurrences (by stem, or across scripts by phonetic key), and not a common word of the
   * vocabulary. Users type names in lower case; the articles do not.
   */
  isName(token: Token): boolean {
    if (token.numeric || this.analyzer.vocabulary.isCommonWord(token.folded, token.stem)) return false;
    // A place the gazetteer knows is a name, whether or not the articles write it («в Канзасе»).
    if (this.namesPlace(token)) return true;
    const share = (capitalised: number, total: number) => total > 0 && capitalised / total >= this.#settings.nameCapitalShare;
    if (share(...this.#capitalisedInside(token.stem))) return true;
    // A surname's case form typed in lower case has another stem than the name as the articles
    // mostly write it («сорокоумову» → «сорокоумов», «Сорокоумов» → «сорокоум»): its nominative's counts.
    const nominative = surnameNominative(token.folded);
    if (nominative !== null) {
      const nominativeStem = stem(nominative);
      if (nominativeStem !== token.stem && share(...this.#capitalisedInside(nominativeStem))) return true;
    }
    // Across scripts only: within one script, sound-alikes are other words ("freed" ~ "Friday").
    const other = (seg: LexicalSegment) => (isCyrillic(token.folded) ? seg.data.phoneticStats.latin : seg.data.phoneticStats.cyrillic);
    return token.phonetic.some((k) =>
      share(
        this.#sumStat("phonetic", k, (seg, i) => other(seg).capitalised[i] ?? 0),
        this.#sumStat("phonetic", k, (seg, i) => other(seg).midSentence[i] ?? 0),
      ),
    );
  }

  /**
   * Whether the word continues a name whose first word came just before it, as the articles write
   * that pair ("крокус сити холл" → «Крокус Сити Холл» ~ "Crocus City Hall").
   */
  continuesName(token: Token): boolean {
    return token.pairs.some((p) => this.#df("pairs", p) > 0);
  }

  /**
   * The terms a token is matched by in a segment (see `#holds`), in the order they are tried, each
   * with its postings' passage ids once read. Made at the token's first test there and kept with
   * the token: a question's words are tested in each of its ~30 candidates, and finding each term
   * and its postings again (a dictionary lookup, a cache key made and the cache reordered) cost
   * more than the tests.
   */
  #matchTerms(segmentIndex: number, token: Token): MatchTerm[] {
    let perSegment = this.#tokenTerms.get(token);
    if (!perSegment) {
      perSegment = [];
      this.#tokenTerms.set(token, perSegment);
    }
    let terms = perSegment[segmentIndex];
    if (!terms) {
      const found: MatchTerm[] = [];
      const dictionaries = this.#segments[segmentIndex]?.segment.dictionaries;
      if (dictionaries) {
        const add = (field: FieldName, term: string) => {
          const i = dictionaries[field].find(term);
          if (i >= 0) found.push({ field, i, ids: null });
        };
        add("stems", token.stem);
        for (const c of token.concepts) add("concepts", c);
        for (const key of token.phonetic) {
          add("phonetic", key);
          if (key.length >= COVER_PREFIX_KEY_CHARS) {
            const [start, end] = dictionaries.phonetic.prefixRange(key);
            for (let i = start; i < Math.min(end, start + MAX_PREFIX_TERMS); i++) found.push({ field: "phonetic", i, ids: null });
          }
        }
        for (const p of token.pairs) add("pairs", p);
      }
      terms = found;
      perSegment[segmentIndex] = terms;
    }
    return terms;
  }

  /**
   * Whether passages `[from, to)` of a segment hold the token (same rule as `matchToken`): its stem,
   * a concept, a phonetic key (a long key also as a prefix of others) or a pair.
   */
  #holds(segmentIndex: number, from: number, to: number, token: Token): boolean {
    for (const term of this.#matchTerms(segmentIndex, token)) {
      // Postings read when first needed (a term tried after one that matched may never be).
      let { ids } = term;
      if (ids === null) {
        const dictionary = this.#segments[segmentIndex]?.segment.dictionaries[term.field];
        if (!dictionary) continue;
        ids = this.#postings(segmentIndex, term.field, dictionary, term.i).ids;
        term.ids = ids;
      }
      let low = 0;
      let high = ids.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if ((ids[mid] ?? 0) < from) low = mid + 1;
        else high = mid;
      }
      if (low >= ids.length || (ids[low] ?? 0) >= to) continue;
      if (term.field !== "phonetic") return true;
      // A sound key is checked on the words that carry it, as `matchToken` does: within one script a
      // sound-alike is another word unless it starts alike or is one edit away ("Crux" is no "Crocus").
      const base = this.#segments[segmentIndex]?.base ?? 0;
      for (let k = low; k < ids.length && (ids[k] ?? 0) < to; k++) {
        if (this.sentences(base + (ids[k] ?? 0)).some((sentence) => matchToken(sentence.terms, token) !== null)) return true;
      }
    }
    return false;
  }

  /** Whether a passage contains the token: same stem, a shared concept, phonetic key (a long key also as a prefix) or pair. */
  covers(passageId: number, token: Token): boolean {
    const at = this.#locate(passageId);
    if (!at) return false;
    return this.#holds(this.#segments.indexOf(at.state), at.local, at.local + 1, token);
  }

  /**
   * The document (its id, the file name) a passage belongs to, from the segments' tables: no
   * passage is read for it. Undefined for an id no segment holds.
   */
  documentOf(passageId: number): string | undefined {
    const at = this.#locate(passageId);
    if (!at) return undefined;
    const data = at.state.segment.data;
    // The last document whose first passage is at or before the passage.
    const first = data.docFirstPassage;
    let low = 0;
    let high = data.documents.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((first[middle] ?? 0) <= at.local) low = middle;
      else high = middle - 1;
    }
    return data.documents[low];
  }

  /**
   * Whether a document contains the token anywhere (see `covers`). Remembered per token object
   * (a question's anchor is checked in the document of each of its ~30 candidate passages, often
   * the same few documents; tokens are not changed once analysed).
   */
  documentCovers(doc: string, token: Token): boolean {
    let known = this.#documentCovered.get(token);
    if (!known) {
      known = new Map();
      this.#documentCovered.set(token, known);
    }
    let covered = known.get(doc);
    if (covered === undefined) {
      const where = this.#documentsByName().get(doc);
      const first = where ? this.#segments[where.segment]?.segment.data.docFirstPassage : undefined;
      covered = where && first ? this.#holds(where.segment, first[where.index] ?? 0, first[where.index + 1] ?? 0, token) : false;
      known.set(doc, covered);
    }
    return covered;
  }

  /** The ids of a document's passages, in order (none for a document the index does not hold). */
  passagesOfDocument(doc: string): number[] {
    const where = this.#documentsByName().get(doc);
    const state = where ? this.#segments[where.segment] : undefined;
    const first = state?.segment.data.docFirstPassage;
    if (!where || !state || !first) return [];
    const ids: number[] = [];
    for (let local = first[where.index] ?? 0; local < (first[where.index + 1] ?? 0); local++) ids.push(state.base + local);
    return ids;
  }

  /**
   * Whether one passage of the document holds every token: a full name's words together ("Ирина
   * Мальцева"), not each of them somewhere (an Irina in one paragraph, a «мальчик» that sounds
   * like the surname in another).
   */
  documentCoversTogether(doc: string, tokens: readonly Token[]): boolean {
    const where = this.#documentsByName().get(doc);
    const first = where ? this.#segments[where.segment]?.segment.data.docFirstPassage : undefined;
    if (!where || !first) return false;
    const to = first[where.index + 1] ?? 0;
    for (let passage = first[where.index] ?? 0; passage < to; passage++) {
      if (tokens.every((token) => this.#holds(where.segment, passage, passage + 1, token))) return true;
    }
    return false;
  }

  /**
   * The word a misspelt question word stands for: a word of the articles one edit away (or, by
   * stem, the word of a stem one edit away), for words of 5 letters or more; null when none.
   * The articles' own words first; then the vocabulary's words whose concepts the articles use
   * (a misspelt "explsion" asked of a Russian article about a «взрыв»). Never a dictionary word the
   * articles do not use: it would find nothing, and a rare real word («звали») would be turned into
   * another («завал»). Remembered per word (up to `typoCacheWords` of them, the least recently
   * used let go first): the same slips come back, and each costs a pass over the vocabulary's words
   * of its first letter.
   */
  correct(folded: string): string | null {
    this.#corrections ??= new LRUCache<string, string>({ max: this.#settings.typoCacheWords });
    const known = this.#corrections.get(folded);
    if (known !== undefined) return known === NO_CORRECTION ? null : known;
    const corrected = this.#correctUncached(folded);
    this.#corrections.set(folded, corrected ?? NO_CORRECTION);
    return corrected;
  }

  /** `correct`, worked out. */
  #correctUncached(folded: string): string | null {
    if (!this.#typos) {
      const known = new Map<string, number>();
      for (const s of this.#segments) for (const [word, count] of s.segment.data.surface) known.set(word, (known.get(word) ?? 0) + count);
      const stems = new Map<string, number>();
      const wordOfStem = new Map<string, string>();
      for (const [word, count] of known) {
        const wordStem = stem(word);
        if ((stems.get(wordStem) ?? 0) < count) {
          stems.set(wordStem, count);
          wordOfStem.set(wordStem, word);
        }
      }
      this.#typos = { words: new TypoCorrector(known), stems: new TypoCorrector(stems, 4), wordOfStem };
    }
    const byWord = this.#typos.words.correct(folded);
    // A word the articles write in the other script, sounding exactly alike, comes before a word one
    // edit away in its own that sounds otherwise ("teply" is «тёплый», not "reply"; a slip that keeps
    // the sound stands), and before the vocabulary's words («барелей» is the article's "barrels").
    if (folded.length >= MIN_TYPO_WORD_CHARS && (!byWord || soundSpelling(byWord) !== soundSpelling(folded))) {
      const soundAlike = this.#loanword(folded, true);
      if (soundAlike) return soundAlike;
    }
    if (byWord || folded.length < MIN_TYPO_WORD_CHARS) return byWord;
    const byStem = this.#typos.stems.correct(stem(folded));
    // A stem one edit away must be a stem of some length: "knots" (stem "knot") is not "not".
    if (byStem && byStem.length >= MIN_TYPO_WORD_CHARS - 1) return this.#typos.wordOfStem.get(byStem) ?? null;
    return this.#correctByVocabulary(folded) ?? this.#loanword(folded);
  }

  /**
   * The articles' word in the other script that a loanword the vocabulary lacks is spelt as: the
   * most used word whose stem sounds one edit away from the question word's ("vodka" → «водку»,
   * "methanol" → «метанол», «метанол» → "methanol"); null when none. Only the words whose first
   * sound is the question word's are spelt out (a large archive has hundreds of thousands of words).
   */
  #loanword(folded: string, exactOnly = false): string | null {
    const sound = soundSpelling(stem(folded));
    const first = sound[0];
    if (first === undefined) return null;
    if (!this.#spellings) {
      // Each script's words of the articles with their counts, by the first sound of their first two letters.
      const byFirstSound: [Map<string, Map<string, number>>, Map<string, Map<string, number>>] = [new Map(), new Map()];
      const firstSound = new Map<string, string>();
      for (const s of this.#segments) {
        for (const [word, count] of s.segment.data.surface) {
          if (word.length < MIN_TYPO_WORD_CHARS || !/^\p{L}+$/u.test(word)) continue;
          const head = word.slice(0, 2);
          let key = firstSound.get(head);
          if (key === undefined) {
            key = soundSpelling(head)[0] ?? "";
            firstSound.set(head, key);
          }
          const buckets = byFirstSound[isCyrillic(word) ? 1 : 0];
          const bucket = buckets.get(key) ?? new Map<string, number>();
          bucket.set(word, (bucket.get(word) ?? 0) + count);
          buckets.set(key, bucket);
        }
      }
      this.#spellings = byFirstSound;
    }
    const script = isCyrillic(folded) ? 0 : 1;
    const bucketKey = `${script}${first}`;
    let bySound = this.#soundBuckets.get(bucketKey);
    if (!bySound) {
      // The sound of each word's stem, and of the whole word, the most used word of each sound (kept
      // for the next question).
      bySound = { stems: new Map<string, [string, number]>(), words: new Map<string, [string, number]>() };
      for (const [word, count] of this.#spellings[script].get(first) ?? []) {
        for (const [table, wordSound] of [[bySound.stems, soundSpelling(stem(word))], [bySound.words, soundSpelling(word)]] as const) {
          const known = table.get(wordSound);
          if (!known || known[1] < count) table.set(wordSound, [word, count]);
        }
      }
      this.#soundBuckets.set(bucketKey, bySound);
    }
    const same = bySound.stems.get(sound);
    if (exactOnly) return (same ?? bySound.words.get(soundSpelling(folded)))?.[0] ?? null;
    if (same) return same[0];
    // A loanword's consonants survive the other script, its vowels less so («ирландии» is "Ireland",
    // not "island"): a candidate with the same consonants comes first, then the most used.
    const consonants = (spelling: string) => spelling.replace(/[aeiou]/g, "");
    const own = consonants(sound);
    let best: [string, number] | null = null;
    let bestSameConsonants = false;
    for (const candidate of candidatesAmong(sound, [...bySound.stems.keys()])) {
      const found = bySound.stems.get(candidate);
      if (!found) continue;
      const sameConsonants = consonants(candidate) === own;
      // A consonant changed makes another word ("balloon" is not «балок»); one more or less may be
      // how the other script spells it («шотландии» is "Scotland").
      if (!sameConsonants && !oneConsonantApart(consonants(candidate), own)) continue;
      if (!best || (sameConsonants && !bestSameConsonants) || (sameConsonants === bestSameConsonants && found[1] > best[1])) {
        best = found;
        bestSameConsonants = sameConsonants;
      }
    }
    return best?.[0] ?? null;
  }

  /**
   * The vocabulary word one edit away from `folded` whose concepts some passage holds, or null. The
   * vocabulary's words are looked through by first letter (a slip at the first letter is rare): a
   * pass over the few hundred words of that letter, the vocabulary sorted by first letter once.
   */
  #correctByVocabulary(folded: string): string | null {
    if (!this.#vocabularyByLetter) {
      const byLetter = new Map<string, string[]>();
      // Each word once, in the vocabulary's order (as a corrector of them would hold them).
      for (const word of new Set(this.analyzer.vocabulary.words())) {
        if (word.length < MIN_TYPO_WORD_CHARS - 1) continue;
        const letter = word[0] ?? "";
        const list = byLetter.get(letter);
        if (list) list.push(word);
        else byLetter.set(letter, [word]);
      }
      this.#vocabularyByLetter = byLetter;
    }
    const words = this.#vocabularyByLetter.get(folded[0] ?? "") ?? [];
    const best = this.#mostUsed(candidatesAmong(folded, words));
    if (best !== null) return best;
    // Then by stem: a slip in a stem the vocabulary knows in other forms («барелей» → «баррель»).
    const foldedStem = stem(folded);
    if (foldedStem.length < MIN_TYPO_WORD_CHARS) return null;
    if (!this.#vocabularyStems) {
      const byLetter = new Map<string, Map<string, string>>();
      for (const list of this.#vocabularyByLetter.values()) {
        for (const word of list) {
          const wordStem = stem(word);
          const letter = wordStem[0] ?? "";
          const stems = byLetter.get(letter) ?? new Map<string, string>();
          if (!stems.has(wordStem)) stems.set(wordStem, word);
          byLetter.set(letter, stems);
        }
      }
      this.#vocabularyStems = byLetter;
    }
    const stems = this.#vocabularyStems.get(foldedStem[0] ?? "");
    if (!stems) return null;
    // (Its first two letters kept: a short stem with its start changed is another word, «сапса» is not «спаса».)
    const start = foldedStem.slice(0, 2);
    const candidates = candidatesAmong(foldedStem, [...stems.keys()]).filter((candidate) => candidate.startsWith(start));
    return this.#mostUsed(candidates.map((candidate) => stems.get(candidate) ?? candidate));
  }

  /** Among vocabulary words, the one whose concepts the most passages hold ("explosion", not "expulsion"); null when none is held. */
  #mostUsed(candidates: readonly string[]): string | null {
    let best: string | null = null;
    let bestCount = 0;
    for (const candidate of candidates) {
      const concepts = this.analyzer.analyze(candidate)[0]?.concepts ?? [];
      const count = Math.max(0, ...concepts.map((c) => this.#df("concepts", c)));
      if (count > bestCount) {
        best = candidate;
        bestCount = count;
      }
    }
    return best;
  }

  /** The sentences of a passage with their terms (analysed when first needed; the most recent kept). */
  sentences(passageId: number): SentenceTerms[] {
    let sentences = this.#sentences.get(passageId);
    if (sentences) return sentences;
    const passage = this.#passages.get(passageId);
    sentences = passage ? sentenceTerms(passage, this.analyzer, this.#sentenceMemo) : [];
    this.#sentences.set(passageId, sentences);
    return sentences;
  }
}

/** Whether two consonant skeletons differ by one consonant added or dropped (not changed). */
function oneConsonantApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) !== 1) return false;
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  for (let i = 0; i < longer.length; i++) if (longer.slice(0, i) + longer.slice(i + 1) === shorter) return true;
  return false;
}
