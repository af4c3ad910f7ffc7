import type { Article } from "../corpus/article.ts";
import type { RankedPassage } from "../retrieval/ranked-passage.ts";
import { sourceOf } from "./source.ts";
import type { Quote } from "./types.ts";

/** Settings of quote selection. */
export interface QuoteOptions {
  /** At most this many quotes in a reply. */
  maxQuotes: number;
  /** Passages (in rank order) that quotes may come from. */
  depth: number;
  /** Further passages are quoted only when their best sentence weighs at least this share of the first one's. */
  minRelativeWeight: number;
  /** Two overlapping quotes of one document are merged into one when it stays this short (characters). */
  maxMergedChars: number;
}

/** Defaults: up to three quotes from the top five passages. */
export const DEFAULT_QUOTE_OPTIONS: QuoteOptions = { maxQuotes: 3, depth: 5, minRelativeWeight: 0.5, maxMergedChars: 400 };

/**
 * Quotes the sentences of the best passages that answer the question, verbatim: each
 * passage's best-supported sentence or two (see `bestSpan` in retrieval); never the same text twice, never from a document that
 * does not name what the question names, and further passages only when their evidence is
 * comparable to the first one's. Every quote is cut from the
 * article's cleaned text by offsets and checked to be a substring of it.
 */
export function selectQuotes(
  ranked: readonly RankedPassage[],
  articles: ReadonlyMap<string, Article>,
  options: QuoteOptions = DEFAULT_QUOTE_OPTIONS,
): Quote[] {
  // The best sentence of each of the top passages, strongest first (rank breaks ties).
  const candidates = ranked
    .slice(0, options.depth)
    .filter((item) => item.bestSentence && item.bestSentence.weight > 0 && item.anchorInDocument !== false)
    .sort((a, b) => (b.bestSentence?.weight ?? 0) - (a.bestSentence?.weight ?? 0) || a.rank - b.rank);
  const quotes: Quote[] = [];
  const firstWeight = candidates[0]?.bestSentence?.weight ?? 0;
  for (const item of candidates) {
    if (quotes.length >= options.maxQuotes) break;
    const article = articles.get(item.passage.doc);
    const best = item.bestSentence;
    if (!article || !best || best.weight < firstWeight * options.minRelativeWeight) continue;
    const { start, end } = best;
    // Overlapping passages share sentences: the same best sentence found twice is quoted once,
    // with whatever the second passage adds to it (the sentence after it), if still short.
    const overlapping = quotes.findIndex((q) => q.doc === article.id && start < q.end && q.start < end);
    if (overlapping >= 0) {
      const existing = quotes[overlapping];
      if (!existing) continue;
      const union = { start: Math.min(start, existing.start), end: Math.max(end, existing.end) };
      if (union.end - union.start <= options.maxMergedChars) {
        quotes[overlapping] = { ...existing, ...union, text: article.text.slice(union.start, union.end) };
      }
      continue;
    }
    const text = article.text.slice(start, end);
    if (text.trim() === "" || !article.text.includes(text)) continue;
    quotes.push({ doc: article.id, text, start, end, source: sourceOf(article) });
  }
  return quotes;
}
