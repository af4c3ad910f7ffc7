import MiniSearch from "minisearch";
import type { Passage } from "../corpus/article.ts";
import { analyze, containsToken, termSet, type TermSet, type Token } from "./analyzer.ts";
import { sentenceTerms, type SentenceTerms } from "./evidence.ts";

/** One passage found by the lexical side. */
export interface LexicalHit {
  passageId: number;
  /** BM25 score from MiniSearch (higher = more relevant; unbounded, compare only within one query). */
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

interface IndexedPassage {
  id: number;
  words: string;
  keys: string;
  contextWords: string;
  contextKeys: string;
}

/** Extra weight of the word a question asks about ("Which band…"). */
const FOCUS_BOOST = 2;

const splitOnSpace = (text: string): string[] => (text === "" ? [] : text.split(" "));

/**
 * BM25 over passages (MiniSearch), on two fields: `words` (Snowball stems in each
 * language, numbers) and `keys` (script-independent phonetic keys, so an English
 * question finds Russian names and the other way round).
 */
export class LexicalIndex {
  readonly #search: MiniSearch<IndexedPassage>;
  readonly #terms: TermSet[] = [];
  readonly #documentFrequency = new Map<string, number>();
  readonly #passageCount: number;
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
    this.#search = new MiniSearch<IndexedPassage>({
      fields: ["words", "keys", "contextWords", "contextKeys"],
      idField: "id",
      tokenize: splitOnSpace,
      processTerm: (term) => term,
      searchOptions: { tokenize: splitOnSpace, processTerm: (term) => term },
    });
    for (const passage of passages) {
      const terms = termSet(analyze(passage.text));
      this.#terms[passage.id] = terms;
      const doc = this.#documentTerms.get(passage.doc) ?? { words: new Set<string>(), keys: new Set<string>() };
      for (const w of terms.words) doc.words.add(w);
      for (const k of terms.keys) doc.keys.add(k);
      this.#documentTerms.set(passage.doc, doc);
      for (const term of [...terms.words].map((w) => `w:${w}`).concat([...terms.keys].map((k) => `k:${k}`))) {
        this.#documentFrequency.set(term, (this.#documentFrequency.get(term) ?? 0) + 1);
      }
    }
    const titleTerms = new Map<string, TermSet>();
    for (const [doc, title] of titles) if (title) titleTerms.set(doc, termSet(analyze(title)));
    const docs = passages.map((passage): IndexedPassage => {
      const own = this.#terms[passage.id] ?? { words: new Set<string>(), keys: new Set<string>() };
      const neighbours = [passages[passage.id - 1], passages[passage.id + 1]]
        .filter((p): p is Passage => p !== undefined && p.doc === passage.doc)
        .map((p) => this.#terms[p.id]);
      const title = titleTerms.get(passage.doc);
      const context = [...neighbours, title].filter((t): t is TermSet => t !== undefined);
      const contextWords = new Set(context.flatMap((t) => [...t.words]).filter((w) => !own.words.has(w)));
      const contextKeys = new Set(context.flatMap((t) => [...t.keys]).filter((k) => !own.keys.has(k)));
      return {
        id: passage.id,
        words: [...own.words].join(" "),
        keys: [...own.keys].join(" "),
        contextWords: [...contextWords].join(" "),
        contextKeys: [...contextKeys].join(" "),
      };
    });
    this.#search.addAll(docs);
    this.#passageCount = passages.length;
    this.#passages = passages;
  }

  /** Passages ranked by BM25 for the analysed question, best first, at most `limit`. */
  search(tokens: readonly Token[], limit: number): LexicalHit[] {
    const words = [...new Set(tokens.map((t) => t.word))];
    const keys = [...new Set(tokens.flatMap((t) => t.keys))];
    // Names anchor a question across languages (only their keys can match there); numbers anywhere.
    const anchors = new Set(tokens.filter((t) => t.name || t.numeric).flatMap((t) => (t.numeric ? [t.word] : t.keys)));
    const focus = new Set(tokens.filter((t) => t.focus).flatMap((t) => [t.word, ...t.keys]));
    const boostTerm = (term: string): number => (anchors.has(term) ? ANCHOR_BOOST : 1) * (focus.has(term) ? FOCUS_BOOST : 1);
    if (words.length === 0) return [];
    const results = this.#search.search({
      combineWith: "OR",
      queries: [
        { queries: words, fields: ["words", "contextWords"], combineWith: "OR", boost: { contextWords: CONTEXT_BOOST }, boostTerm },
        ...(keys.length > 0
          ? [
              {
                queries: keys,
                fields: ["keys", "contextKeys"],
                combineWith: "OR" as const,
                prefix: (term: string) => term.length >= 4 && !term.includes("_"),
                boost: { keys: KEY_BOOST, contextKeys: KEY_BOOST * CONTEXT_BOOST },
                boostTerm,
              },
            ]
          : []),
      ],
    });
    return results.slice(0, limit).map((r) => ({ passageId: Number(r.id), bm25: r.score }));
  }

  /**
   * Inverse document frequency of a question token over passages (log scale, ≥ 0):
   * a word in few passages says more about the topic than one in many. A token the
   * corpus never uses gets the highest value, so unanswerable questions show low coverage.
   */
  weight(token: Token): number {
    const df = Math.max(
      this.#documentFrequency.get(`w:${token.word}`) ?? 0,
      ...token.keys.map((k) => this.#documentFrequency.get(`k:${k}`) ?? 0),
    );
    const idf = Math.log(1 + (this.#passageCount + 1) / (df + 0.5));
    return token.focus ? idf * FOCUS_BOOST : idf;
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

  /** Whether a passage contains the token: same stem, or the same phonetic key (prefix for long keys). */
  covers(passageId: number, token: Token): boolean {
    const terms = this.#terms[passageId];
    return terms ? containsToken(terms, token) : false;
  }
}
