import type { Passage } from "../corpus/article.ts";
import { learnAcronyms } from "./acronyms.ts";
import { Analyzer, indexForm, matchToken, termSet, type TermSet, type Token } from "./analyzer.ts";
import { Bm25Index, type QueryTerm } from "./bm25.ts";
import { sentenceTerms, type EvidenceSource, type SentenceTerms } from "./sentence-evidence.ts";
import { RETRIEVAL_SETTINGS, type RetrievalSettings } from "./settings.ts";
import { MIN_TYPO_WORD_CHARS, TypoCorrector } from "./typos.ts";
import { isCyrillic, stem } from "./stem.ts";
import { sharedVocabulary, type Vocabulary } from "./vocabulary.ts";

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

type FieldName = "stems" | "phonetic" | "pairs" | "concepts" | "contextStems" | "contextPhonetic" | "contextConcepts";
const FIELDS: readonly FieldName[] = ["stems", "phonetic", "pairs", "concepts", "contextStems", "contextPhonetic", "contextConcepts"];

const EMPTY_TERMS: TermSet = { stems: new Set(), phonetic: new Set(), pairs: new Set(), concepts: new Set() };

/** How often a term is written with a capital letter inside a sentence, of its mid-sentence occurrences. */
interface CapitalCount {
  capitalised: number;
  total: number;
}

/** Adds one term's terms into another (a document's, from its passages). */
function addInto(target: TermSet, source: TermSet): void {
  for (const s of source.stems) target.stems.add(s);
  for (const k of source.phonetic) target.phonetic.add(k);
  for (const p of source.pairs) target.pairs.add(p);
  for (const c of source.concepts) target.concepts.add(c);
}

/**
 * BM25 over passages on typed fields: stems (within a language), phonetic keys and pairs (names
 * across scripts), vocabulary concepts (words across languages and wordings), and the same for
 * a passage's context (its title and neighbouring passages). Also answers which question tokens
 * a passage or document contains, how much a token weighs (IDF), whether a word is a name by how
 * the articles write it, and what a misspelt word stands for.
 */
export class LexicalIndex implements EvidenceSource {
  readonly analyzer: Analyzer;
  readonly #settings: RetrievalSettings;
  readonly #bm25: Bm25Index<FieldName>;
  readonly #terms: TermSet[] = [];
  readonly #passages: readonly Passage[];
  /** In how many passages each stem / phonetic key / concept occurs. */
  readonly #passageFrequency = {
    stems: new Map<string, number>(),
    phonetic: new Map<string, number>(),
    pairs: new Map<string, number>(),
    concepts: new Map<string, number>(),
  };
  /** Terms of whole documents (union of their passages), by document id. */
  readonly #documentTerms = new Map<string, TermSet>();
  /** In how many documents each stem / phonetic key occurs. */
  readonly #documentFrequency = { stems: new Map<string, number>(), phonetic: new Map<string, number>() };
  /**
   * Capitalisation inside sentences (names are written with capitals): by stem, and by phonetic key
   * for each script (a Latin question word is judged by the Cyrillic articles' words that sound like
   * it, and the other way round; within a script, sound-alikes are other words: "freed" ~ "Friday").
   */
  readonly #capitals = { stems: new Map<string, CapitalCount>(), latin: new Map<string, CapitalCount>(), cyrillic: new Map<string, CapitalCount>() };
  /** Written words of the articles and how often each occurs (for typo correction). */
  readonly #surface = new Map<string, number>();
  #typos: { words: TypoCorrector; stems: TypoCorrector; wordOfStem: Map<string, string> } | null = null;
  /** Sentences of passages, computed when a passage is first weighed for a question. */
  readonly #sentences: (SentenceTerms[] | undefined)[] = [];

  /**
   * Indexes the passages (`passages[i].id === i`). `titles` maps a document id to its title, which
   * counts as context of every passage of that document. Acronyms the articles spell out
   * ("… Organization (CSTO)") join the vocabulary.
   */
  constructor(
    passages: readonly Passage[],
    titles: ReadonlyMap<string, string | null> = new Map(),
    options: { vocabulary?: Vocabulary; settings?: RetrievalSettings } = {},
  ) {
    this.#passages = passages;
    this.#settings = options.settings ?? RETRIEVAL_SETTINGS;
    const learned = passages.flatMap((p) => learnAcronyms(p.text));
    const vocabulary = options.vocabulary ?? sharedVocabulary();
    this.analyzer = new Analyzer(learned.length > 0 ? vocabulary.withAcronyms(learned) : vocabulary);

    const tokensOf: Token[][] = [];
    const allTokensOf: Token[][] = [];
    for (const passage of passages) {
      const all = this.analyzer.analyze(passage.text);
      allTokensOf[passage.id] = all;
      const tokens = all.map(indexForm);
      tokensOf[passage.id] = tokens;
      const terms = termSet(tokens);
      this.#terms[passage.id] = terms;
      const doc = this.#documentTerms.get(passage.doc) ?? { stems: new Set<string>(), phonetic: new Set<string>(), pairs: new Set<string>(), concepts: new Set<string>() };
      addInto(doc, terms);
      this.#documentTerms.set(passage.doc, doc);
      for (const s of terms.stems) this.#passageFrequency.stems.set(s, (this.#passageFrequency.stems.get(s) ?? 0) + 1);
      for (const k of terms.phonetic) this.#passageFrequency.phonetic.set(k, (this.#passageFrequency.phonetic.get(k) ?? 0) + 1);
      for (const c of terms.concepts) this.#passageFrequency.concepts.set(c, (this.#passageFrequency.concepts.get(c) ?? 0) + 1);
      for (const p of terms.pairs) this.#passageFrequency.pairs.set(p, (this.#passageFrequency.pairs.get(p) ?? 0) + 1);
      for (const token of tokens) {
        if (token.numeric || token.joined) continue;
        this.#surface.set(token.folded, (this.#surface.get(token.folded) ?? 0) + 1);
      }
    }
    // Capitalisation is counted once per occurrence in the article (overlapping passages repeat sentences).
    const counted = new Map<string, Set<number>>();
    for (const passage of passages) {
      const seen = counted.get(passage.doc) ?? new Set<number>();
      counted.set(passage.doc, seen);
      for (const token of allTokensOf[passage.id] ?? []) {
        const offset = passage.start + token.start;
        if (token.numeric || seen.has(offset)) continue;
        seen.add(offset);
        if (!this.#midSentence(passage.text, token)) continue;
        const capital = token.capitalised ? 1 : 0;
        const byScript = isCyrillic(token.folded) ? this.#capitals.cyrillic : this.#capitals.latin;
        for (const [map, keys] of [[this.#capitals.stems, [token.stem]], [byScript, token.phonetic]] as const) {
          for (const k of keys) {
            const count = map.get(k) ?? { capitalised: 0, total: 0 };
            count.capitalised += capital;
            count.total += 1;
            map.set(k, count);
          }
        }
      }
    }
    for (const terms of this.#documentTerms.values()) {
      for (const s of terms.stems) this.#documentFrequency.stems.set(s, (this.#documentFrequency.stems.get(s) ?? 0) + 1);
      for (const k of terms.phonetic) this.#documentFrequency.phonetic.set(k, (this.#documentFrequency.phonetic.get(k) ?? 0) + 1);
    }
    const titleTerms = new Map<string, TermSet>();
    for (const [doc, title] of titles) if (title) titleTerms.set(doc, termSet(this.analyzer.analyze(title)));

    const documents = passages.map((passage): Record<FieldName, string[]> => {
      const tokens = tokensOf[passage.id] ?? [];
      const own = this.#terms[passage.id] ?? EMPTY_TERMS;
      const context = [passages[passage.id - 1], passages[passage.id + 1]]
        .filter((p): p is Passage => p !== undefined && p.doc === passage.doc)
        .map((p) => this.#terms[p.id] ?? EMPTY_TERMS);
      const title = titleTerms.get(passage.doc);
      if (title) context.push(title);
      const contextOf = (pick: (t: TermSet) => Set<string>, ownSet: Set<string>) => [...new Set(context.flatMap((t) => [...pick(t)]))].filter((x) => !ownSet.has(x));
      return {
        stems: tokens.map((t) => t.stem),
        phonetic: tokens.flatMap((t) => t.phonetic),
        pairs: tokens.flatMap((t) => t.pairs),
        concepts: tokens.flatMap((t) => t.concepts),
        contextStems: contextOf((t) => t.stems, own.stems),
        contextPhonetic: contextOf((t) => t.phonetic, own.phonetic),
        contextConcepts: contextOf((t) => t.concepts, own.concepts),
      };
    });
    this.#bm25 = new Bm25Index(FIELDS, documents, { k1: this.#settings.bm25K1, b: this.#settings.bm25B });
  }

  /**
   * Whether a token stands inside a sentence (not first), where a capital marks a name. Opening
   * quotes are looked through: «Ладоги» inside a sentence is a name.
   */
  #midSentence(text: string, token: Token): boolean {
    const before = text.slice(Math.max(0, token.start - 12), token.start).replace(/[\s«"“„'‘]+$/u, "");
    if (before === "" && token.start > 12) return true;
    return before !== "" && !/[.!?…\n:(–—-]$/u.test(before);
  }

  /** Passages ranked by BM25 for the weighted question tokens, best first, at most `limit`. */
  search(query: readonly WeightedToken[], limit: number): LexicalHit[] {
    if (query.length === 0) return [];
    const s = this.#settings;
    const add = (map: Map<string, QueryTerm>, term: string, weight: number, prefix = false) => {
      const existing = map.get(term);
      if (!existing || existing.weight < weight) map.set(term, { term, weight, prefix });
    };
    const stems = new Map<string, QueryTerm>();
    const phonetic = new Map<string, QueryTerm>();
    const pairs = new Map<string, QueryTerm>();
    const concepts = new Map<string, QueryTerm>();
    for (const { token, weight } of query) {
      add(stems, token.stem, weight);
      for (const key of token.phonetic) add(phonetic, key, weight, key.length >= 4);
      for (const pair of token.pairs) add(pairs, pair, weight);
      // Translations of one word count as one synonym set, not as several words.
      const share = token.concepts.length > 0 ? weight / Math.sqrt(token.concepts.length) : 0;
      for (const concept of token.concepts) add(concepts, concept, share);
    }
    const hits = this.#bm25.search(
      [
        { terms: [...stems.values()], boosts: { stems: 1, contextStems: s.contextBoost } },
        { terms: [...phonetic.values()], boosts: { phonetic: s.phoneticBoost, contextPhonetic: s.phoneticBoost * s.contextBoost } },
        { terms: [...pairs.values()], boosts: { pairs: s.pairBoost } },
        { terms: [...concepts.values()], boosts: { concepts: s.conceptBoost, contextConcepts: s.conceptBoost * s.contextBoost } },
      ],
      limit,
    );
    return hits.map(([passageId, bm25]) => ({ passageId, bm25 }));
  }

  /** In how many passages the token occurs (by stem, concept or phonetic key: the largest count). */
  passageFrequency(token: Token): number {
    const f = this.#passageFrequency;
    return Math.max(
      f.stems.get(token.stem) ?? 0,
      ...token.phonetic.map((k) => f.phonetic.get(k) ?? 0),
      ...token.concepts.map((c) => f.concepts.get(c) ?? 0),
    );
  }

  /**
   * How much a question token counts (IDF over passages, log scale, > 0): a word in few passages
   * says more about the topic than one in many. A token the articles never use gets the highest
   * value, so a question about something else finds little of its weight anywhere.
   */
  weight(token: Token): number {
    return Math.log(1 + (this.#passages.length + 1) / (this.passageFrequency(token) + 0.5));
  }

  /** Whether the articles use the word (by stem or concept; a sound-alike does not count). */
  knows(token: Token): boolean {
    const f = this.#passageFrequency;
    return (f.stems.get(token.stem) ?? 0) > 0 || token.concepts.some((c) => (f.concepts.get(c) ?? 0) > 0);
  }

  /**
   * Share (0…1) of the documents that contain the token (by stem or phonetic key). A name in few
   * documents (Crocus, Dagestan) tells which document a question is about; one in most does not.
   */
  documentShare(token: Token): number {
    const documents = this.#documentTerms.size;
    if (documents === 0) return 0;
    const f = this.#documentFrequency;
    return Math.max(f.stems.get(token.stem) ?? 0, ...token.phonetic.map((k) => f.phonetic.get(k) ?? 0)) / documents;
  }

  /**
   * Whether the articles write the word as a name: capitalised in most of its mid-sentence
   * occurrences (by stem, or across scripts by phonetic key), and not a common word of the
   * vocabulary. Users type names in lower case; the articles do not.
   */
  isName(token: Token): boolean {
    if (token.numeric || this.analyzer.vocabulary.isCommonWord(token.folded, token.stem)) return false;
    const otherScript = isCyrillic(token.folded) ? this.#capitals.latin : this.#capitals.cyrillic;
    const counts = [this.#capitals.stems.get(token.stem), ...token.phonetic.map((k) => otherScript.get(k))];
    return counts.some((c) => c !== undefined && c.total > 0 && c.capitalised / c.total >= this.#settings.nameCapitalShare);
  }

  /**
   * Whether the word continues a name whose first word came just before it, as the articles write
   * that pair ("крокус сити холл" → «Крокус Сити Холл» ~ "Crocus City Hall").
   */
  continuesName(token: Token): boolean {
    return token.pairs.some((p) => (this.#passageFrequency.pairs.get(p) ?? 0) > 0);
  }

  /** Whether a passage contains the token (see `matchToken`). */
  covers(passageId: number, token: Token): boolean {
    const terms = this.#terms[passageId];
    return terms ? matchToken(terms, token) !== null : false;
  }

  /** Whether a document contains the token anywhere (see `matchToken`). */
  documentCovers(doc: string, token: Token): boolean {
    const terms = this.#documentTerms.get(doc);
    return terms ? matchToken(terms, token) !== null : false;
  }

  /**
   * The word a misspelt question word stands for: a word of the articles (or of the vocabulary's
   * lexicon) one edit away, for words of 5 letters or more; null when none or not needed.
   */
  correct(folded: string): string | null {
    if (!this.#typos) {
      // Only the articles' own words: a correction towards a dictionary word the articles never use
      // would find nothing, and a rare real word («звали») would be turned into another («завал»).
      const known = new Map(this.#surface);
      // Stems too: a misspelt inflected form ("arested") is one edit from a known stem ("arrest").
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
    if (byWord || folded.length < MIN_TYPO_WORD_CHARS) return byWord;
    const byStem = this.#typos.stems.correct(stem(folded));
    return byStem ? (this.#typos.wordOfStem.get(byStem) ?? null) : null;
  }

  /** The sentences of a passage with their terms (computed once per passage, then kept). */
  sentences(passageId: number): SentenceTerms[] {
    let sentences = this.#sentences[passageId];
    if (!sentences) {
      const passage = this.#passages[passageId];
      sentences = passage ? sentenceTerms(passage, this.analyzer) : [];
      this.#sentences[passageId] = sentences;
    }
    return sentences;
  }
}
