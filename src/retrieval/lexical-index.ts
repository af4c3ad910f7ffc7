import type { Passage } from "../corpus/article.ts";
import { analyze, containsToken, termSet, type TermSet, type Token } from "./analyzer.ts";
import { Bm25Index, type QueryTerm } from "./bm25.ts";
import { sentenceTerms, type SentenceTerms } from "./evidence.ts";

/** One passage found by the lexical side. */
export interface LexicalHit {
  passageId: number;
  /** BM25 score (higher = more relevant; unbounded, compare only within one query). */
  bm25: number;
}

/** Relative weight of a cross-script key match against a same-script stem match. */
const KEY_BOOST = 0.6;
/**
 * Relative weight of a match in a passage's context (its document's title and the passages
 * just before and after it): a passage saying "the death toll exceeded 115 people" is about
 * the Crocus City Hall attack even when the name stands one passage earlier.
 */
const CONTEXT_BOOST = 0.3;
/** Extra weight of names and numbers in a question: they anchor its topic. */
const ANCHOR_BOOST = 2;
/** Extra weight of the word a question asks about ("Which band…"). */
const FOCUS_BOOST = 2;

type FieldName = "words" | "keys" | "contextWords" | "contextKeys";
const FIELDS: readonly FieldName[] = ["words", "keys", "contextWords", "contextKeys"];

const EMPTY_TERMS: TermSet = { words: new Set(), keys: new Set() };

/**
 * BM25 over passages on four fields: `words` (Snowball stems in each language, numbers),
 * `keys` (script-independent phonetic and glossary keys, so an English question finds
 * Russian names and the other way round), and the same two for the passage's context.
 * Also answers which question tokens a passage or a document contains, and how much a
 * token weighs (IDF), for sentence evidence and abstention.
 */
export class LexicalIndex {
  readonly #bm25: Bm25Index<FieldName>;
  readonly #terms: TermSet[] = [];
  readonly #documentFrequency = new Map<string, number>();
  /** In how many documents (articles) each `w:`/`k:` term occurs. */
  readonly #articleFrequency = new Map<string, number>();
  readonly #passages: readonly Passage[];
  /** Terms of whole documents (union of their passages), by document id. */
  readonly #documentTerms = new Map<string, TermSet>();
  /** Sentences of passages, computed when a passage is first weighed for a question. */
  readonly #sentences: (SentenceTerms[] | undefined)[] = [];

  /**
   * Indexes the passages (`passages[i].id === i`). `titles` maps a document id to its title,
   * which counts as context of every passage of that document.
   */
  constructor(passages: readonly Passage[], titles: ReadonlyMap<string, string | null> = new Map()) {
    this.#passages = passages;
    const tokensOf: Token[][] = [];
    for (const passage of passages) {
      const tokens = analyze(passage.text);
      tokensOf[passage.id] = tokens;
      const terms = termSet(tokens);
      this.#terms[passage.id] = terms;
      const doc = this.#documentTerms.get(passage.doc) ?? { words: new Set<string>(), keys: new Set<string>() };
      for (const w of terms.words) doc.words.add(w);
      for (const k of terms.keys) doc.keys.add(k);
      this.#documentTerms.set(passage.doc, doc);
      for (const w of terms.words) this.#count(`w:${w}`);
      for (const k of terms.keys) this.#count(`k:${k}`);
    }
    for (const terms of this.#documentTerms.values()) {
      for (const w of terms.words) this.#articleFrequency.set(`w:${w}`, (this.#articleFrequency.get(`w:${w}`) ?? 0) + 1);
      for (const k of terms.keys) this.#articleFrequency.set(`k:${k}`, (this.#articleFrequency.get(`k:${k}`) ?? 0) + 1);
    }
    const titleTerms = new Map<string, TermSet>();
    for (const [doc, title] of titles) if (title) titleTerms.set(doc, termSet(analyze(title)));

    const documents = passages.map((passage): Record<FieldName, string[]> => {
      const tokens = tokensOf[passage.id] ?? [];
      const own = this.#terms[passage.id] ?? EMPTY_TERMS;
      const context = [passages[passage.id - 1], passages[passage.id + 1]]
        .filter((p): p is Passage => p !== undefined && p.doc === passage.doc)
        .map((p) => this.#terms[p.id] ?? EMPTY_TERMS);
      const title = titleTerms.get(passage.doc);
      if (title) context.push(title);
      return {
        words: tokens.map((t) => t.word),
        keys: tokens.flatMap((t) => t.keys),
        contextWords: [...new Set(context.flatMap((t) => [...t.words]))].filter((w) => !own.words.has(w)),
        contextKeys: [...new Set(context.flatMap((t) => [...t.keys]))].filter((k) => !own.keys.has(k)),
      };
    });
    this.#bm25 = new Bm25Index(FIELDS, documents);
  }

  #count(term: string): void {
    this.#documentFrequency.set(term, (this.#documentFrequency.get(term) ?? 0) + 1);
  }

  /** Passages ranked by BM25 for the analysed question, best first, at most `limit`. */
  search(tokens: readonly Token[], limit: number): LexicalHit[] {
    if (tokens.length === 0) return [];
    const boostOf = (token: Token): number => (token.name || token.numeric ? ANCHOR_BOOST : 1) * (token.focus ? FOCUS_BOOST : 1);
    const words = new Map<string, QueryTerm>();
    const keys = new Map<string, QueryTerm>();
    for (const token of tokens) {
      // Names anchor a question across languages through their keys; numbers count everywhere.
      const wordWeight = (token.numeric ? ANCHOR_BOOST : 1) * (token.focus ? FOCUS_BOOST : 1);
      words.set(token.word, { term: token.word, weight: Math.max(wordWeight, words.get(token.word)?.weight ?? 0) });
      for (const key of token.keys) {
        const prefix = key.length >= 4 && !key.includes(":") && !key.includes("_");
        keys.set(key, { term: key, weight: Math.max(boostOf(token), keys.get(key)?.weight ?? 0), prefix });
      }
    }
    const hits = this.#bm25.search(
      [
        { terms: [...words.values()], boosts: { words: 1, contextWords: CONTEXT_BOOST } },
        { terms: [...keys.values()], boosts: { keys: KEY_BOOST, contextKeys: KEY_BOOST * CONTEXT_BOOST } },
      ],
      limit,
    );
    return hits.map(([passageId, bm25]) => ({ passageId, bm25 }));
  }

  /**
   * How much a question token counts (IDF over passages, log scale, ≥ 0; doubled for the word
   * the question asks about): a word in few passages says more about the topic than one in
   * many. A token the corpus never uses gets the highest value, so unanswerable questions
   * show low coverage.
   */
  weight(token: Token): number {
    const df = Math.max(
      this.#documentFrequency.get(`w:${token.word}`) ?? 0,
      ...token.keys.map((k) => this.#documentFrequency.get(`k:${k}`) ?? 0),
    );
    const idf = Math.log(1 + (this.#passages.length + 1) / (df + 0.5));
    return token.focus ? idf * FOCUS_BOOST : idf;
  }

  /**
   * Share (0…1) of the documents that contain the token (by stem or key). A name in few
   * documents (Crocus, Dagestan) tells which document a question is about; one in most of
   * them (Kazakhstan, City) does not.
   */
  documentShare(token: Token): number {
    const documents = this.#documentTerms.size;
    if (documents === 0) return 0;
    const count = Math.max(
      this.#articleFrequency.get(`w:${token.word}`) ?? 0,
      ...token.keys.filter((k) => !k.startsWith("c:")).map((k) => this.#articleFrequency.get(`k:${k}`) ?? 0),
    );
    return count / documents;
  }

  /** Whether a passage contains the token: same stem, or the same phonetic key (prefix for long keys). */
  covers(passageId: number, token: Token): boolean {
    const terms = this.#terms[passageId];
    return terms ? containsToken(terms, token) : false;
  }

  /** Whether a document contains the token anywhere (see `covers`). */
  documentCovers(doc: string, token: Token): boolean {
    const terms = this.#documentTerms.get(doc);
    return terms ? containsToken(terms, token) : false;
  }

  /** The sentences of a passage with their terms (computed once per passage, then kept). */
  sentences(passageId: number): SentenceTerms[] {
    let sentences = this.#sentences[passageId];
    if (!sentences) {
      const passage = this.#passages[passageId];
      sentences = passage ? sentenceTerms(passage) : [];
      this.#sentences[passageId] = sentences;
    }
    return sentences;
  }
}
