import { LRUCache } from "lru-cache";
import { matchToken, termSet, toIndexForm, type Analyzer, type TermSet, type Token } from "../text/analyzer.ts";

/** An article's title (its headline), or null when it has none. */
export type TitleOf = (doc: string) => string | null;
/** A document's date (ISO), or null when unknown. */
export type DateOf = (doc: string) => string | null;
/** The outlet that published a document (a site's or a body's name), or null when unknown. */
export type OutletOf = (doc: string) => string | null;

/** Analysed titles kept for the questions that follow (documents; the least recently used goes first). */
export const MAX_KEPT_TITLES = 4_000;

/** The terms of a document without a title (it holds no word). */
const NO_TITLE: TermSet = termSet([]);

/**
 * What articles' titles hold, for sentence windows: a headline says what the whole article is about
 * («Нападения в Дагестане»), so a sentence of that article speaks of it even when it does not
 * repeat it («в воскресенье, 23 июня, группа вооруженных людей обстреляла синагогу…»). One per
 * opened index: titles are analysed on first use and kept for the questions that follow (the
 * candidates of one question after another are often in the same articles), up to
 * `MAX_KEPT_TITLES` documents.
 */
export class TitleTerms {
  readonly #titleOf: TitleOf;
  readonly #analyzer: Analyzer;
  /** Each document's title terms (`NO_TITLE` without one), the least recently used let go first. */
  readonly #terms = new LRUCache<string, TermSet>({ max: MAX_KEPT_TITLES });
  /** Each document's outlet terms, kept as the titles' are. */
  readonly #outletTerms = new LRUCache<string, TermSet>({ max: MAX_KEPT_TITLES });

  readonly #dateOf: DateOf;
  readonly #outletOf: OutletOf;

  /**
   * `dateOf` gives a document's date (ISO, "2024-06-24"), when its metadata has one; `outletOf` its
   * outlet ("ФГБУ «Заповедник „Кедровый Увал“»"), when known.
   */
  constructor(titleOf: TitleOf, analyzer: Analyzer, dateOf: DateOf = () => null, outletOf: OutletOf = () => null) {
    this.#titleOf = titleOf;
    this.#analyzer = analyzer;
    this.#dateOf = dateOf;
    this.#outletOf = outletOf;
  }

  /** Whether `doc` is dated in `year` ("2024"); null when its date is unknown. */
  datedIn(doc: string, year: string): boolean | null {
    const date = this.#dateOf(doc);
    const dated = date ? /^(\d{4})-/.exec(date)?.[1] : undefined;
    return dated === undefined ? null : dated === year;
  }

  /** Whether the title of `doc` holds the word (same rule as a sentence: stem, concept, sound key or pair). */
  covers(doc: string, token: Token): boolean {
    return this.#holds(this.#terms, this.#titleOf, doc, token);
  }

  /**
   * Whether the outlet that published `doc` holds the word: a reserve's, a café's or a club's own
   * site reports what happened there, and its text may never repeat the name its header gives
   * («Заповедник «Кедровый Увал»» over a report of a bear attack on its trail). Only for names: the
   * outlet's other words ("Dog Grooming") say nothing of what the article is about.
   */
  outletNames(doc: string, token: Token): boolean {
    return this.#holds(this.#outletTerms, this.#outletOf, doc, token);
  }

  /** Whether the text `textOf` gives for `doc` (analysed once, then kept in `kept`) holds the word. */
  #holds(kept: LRUCache<string, TermSet>, textOf: (doc: string) => string | null, doc: string, token: Token): boolean {
    let terms = kept.get(doc);
    if (terms === undefined) {
      const text = textOf(doc);
      terms = text ? termSet(this.#indexForms(text)) : NO_TITLE;
      kept.set(doc, terms);
    }
    return terms !== NO_TITLE && matchToken(terms, token) !== null;
  }

  #indexForms(text: string): Token[] {
    const tokens = this.#analyzer.analyze(text);
    for (const token of tokens) toIndexForm(token);
    return tokens;
  }
}
