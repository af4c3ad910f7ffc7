/**
 * Words one edit apart (a letter missing, added, changed, or two neighbours swapped): the measure of
 * a typo, shared by the articles' typo corrector (`retrieval/typos.ts`) and the chat spellings of
 * question words (`chat-spellings.ts`). Pure.
 */
/** Words shorter than this are never corrected (too many real words lie one edit apart). */
export const MIN_TYPO_WORD_CHARS = 5;

/** A digit anywhere in a word. (A module constant: tsx turns a regex literal with `\p{…}` into a `new RegExp` made each time it is evaluated.) */
export const DIGIT = /\p{N}/u;

/** The word with each one letter left out: the "symmetric delete" keys of edit distance 1. */
export function deletions(word: string): string[] {
  const result: string[] = [];
  for (let i = 0; i < word.length; i++) result.push(word.slice(0, i) + word.slice(i + 1));
  return result;
}

/** Optimal string alignment distance (edits and adjacent swaps), stopping once above 1. */
export function withinOneEdit(a: string, b: string): boolean {
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
