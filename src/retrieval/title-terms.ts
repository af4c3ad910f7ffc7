import { matchToken, termSet, toIndexForm, type Analyzer, type TermSet, type Token } from "../text/analyzer.ts";

/** An article's title (its headline), or null when it has none. */
export type TitleOf = (doc: string) => string | null;

/**
 * What articles' titles hold, for the sentence windows of one question: a headline says what the
 * whole article is about («Нападения в Дагестане»), so a sentence of that article speaks of it
 * even when it does not repeat it («в воскресенье, 23 июня, группа вооруженных людей обстреляла
 * синагогу…»). Titles are analysed on first use and kept for this question only (a few documents).
 */
export class TitleTerms {
  readonly #titleOf: TitleOf;
  readonly #analyzer: Analyzer;
  readonly #terms = new Map<string, TermSet | null>();

  constructor(titleOf: TitleOf, analyzer: Analyzer) {
    this.#titleOf = titleOf;
    this.#analyzer = analyzer;
  }

  /** Whether the title of `doc` holds the word (same rule as a sentence: stem, concept, sound key or pair). */
  covers(doc: string, token: Token): boolean {
    let terms = this.#terms.get(doc);
    if (terms === undefined) {
      const title = this.#titleOf(doc);
      terms = title ? termSet(this.#indexForms(title)) : null;
      this.#terms.set(doc, terms);
    }
    return terms !== null && matchToken(terms, token) !== null;
  }

  #indexForms(text: string): Token[] {
    const tokens = this.#analyzer.analyze(text);
    for (const token of tokens) toIndexForm(token);
    return tokens;
  }
}
