/** Words shorter than this are never corrected (too many real words lie one edit apart). */
export const MIN_TYPO_WORD_CHARS = 5;

/** A digit anywhere in a word. (A module constant: tsx turns a regex literal with `\p{…}` into a `new RegExp` made each time it is evaluated.) */
const DIGIT = /\p{N}/u;

/** The word with each one letter left out: the "symmetric delete" keys of edit distance 1. */
function deletions(word: string): string[] {
  const result: string[] = [];
  for (let i = 0; i < word.length; i++) result.push(word.slice(0, i) + word.slice(i + 1));
  return result;
}

/** Optimal string alignment distance (edits and adjacent swaps), stopping once above 1. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diffs: number[] = [];
    for (let i = 0; i < a.length && diffs.length <= 2; i++) if (a[i] !== b[i]) diffs.push(i);
    if (diffs.length === 1) return true;
    const [i, j] = diffs;
    return diffs.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

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

/**
 * The words of `words` one edit away from `word`, in the order `candidates` of a `TypoCorrector`
 * of those words gives them (none when `word` is one of them, too short, or has a digit), found by
 * one pass over the list instead of through an index of every word's deletions: for a few lookups
 * in a few hundred words, making that index costs far more than the lookups.
 */
export function candidatesAmong(word: string, words: readonly string[], minChars = MIN_TYPO_WORD_CHARS): string[] {
  if (word.length < minChars || DIGIT.test(word)) return [];
  const keys = [word, ...deletions(word)];
  const found: { word: string; key: number; at: number }[] = [];
  const seen = new Set<string>();
  for (let at = 0; at < words.length; at++) {
    const candidate = words[at] ?? "";
    if (candidate === word) return [];
    if (Math.abs(candidate.length - word.length) > 1 || candidate.length < minChars - 1 || seen.has(candidate)) continue;
    if (DIGIT.test(candidate) || !withinOneEdit(word, candidate)) continue;
    seen.add(candidate);
    // A corrector meets the candidate at the first of the word's keys (itself, then its deletions in
    // order) that is one of the candidate's; words met at one key come in their order in the list.
    const own = new Set([candidate, ...deletions(candidate)]);
    found.push({ word: candidate, key: keys.findIndex((k) => own.has(k)), at });
  }
  return found.sort((a, b) => a.key - b.key || a.at - b.at).map((f) => f.word);
}
