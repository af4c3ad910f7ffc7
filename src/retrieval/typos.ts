import { DIGIT, deletions, MIN_TYPO_WORD_CHARS, withinOneEdit } from "../text/one-edit.ts";

/**
 * Finds the word a misspelt one stands for: a known word one edit away (a letter missing, added,
 * changed, or two swapped), for words of 5 letters or more and never for numbers. Known words are
 * given with a frequency; the most frequent candidate wins. Lookups use symmetric deletes.
 */
export class TypoCorrector {
  readonly #frequency: ReadonlyMap<string, number>;
  readonly #byDeletion = new Map<string, string[]>();
  readonly #minChars: number;

  /** `words`: known (case-folded) words and how often each occurs; `minChars`: shortest word corrected. */
  constructor(words: ReadonlyMap<string, number>, minChars = MIN_TYPO_WORD_CHARS) {
    this.#frequency = words;
    this.#minChars = minChars;
    for (const word of words.keys()) {
      if (word.length < minChars - 1 || DIGIT.test(word)) continue;
      for (const key of [word, ...deletions(word)]) {
        const list = this.#byDeletion.get(key);
        if (list) list.push(word);
        else this.#byDeletion.set(key, [word]);
      }
    }
  }

  /** The known word `word` is most likely a misspelling of, or null (known already, too short, or nothing near). */
  correct(word: string): string | null {
    let best: string | null = null;
    for (const candidate of this.candidates(word)) {
      if (best === null || (this.#frequency.get(candidate) ?? 0) > (this.#frequency.get(best) ?? 0)) best = candidate;
    }
    return best;
  }

  /** Every known word one edit away from `word` (none when it is known already, too short, or has a digit). */
  candidates(word: string): string[] {
    if (word.length < this.#minChars || DIGIT.test(word) || this.#frequency.has(word)) return [];
    const found = new Set<string>();
    for (const key of [word, ...deletions(word)]) {
      for (const candidate of this.#byDeletion.get(key) ?? []) if (withinOneEdit(word, candidate)) found.add(candidate);
    }
    return [...found];
  }
}
