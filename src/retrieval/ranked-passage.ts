import type { Passage } from "../corpus/article.ts";

/** A retrieved passage with the signals that ranked it. */
export interface RankedPassage {
  passage: Passage;
  /** 1-based rank after fusion. */
  rank: number;
  /** Reciprocal-rank-fusion score (higher = more relevant; sum of 1/(k + rank) over the lists). */
  fused: number;
  /** BM25 score of the lexical side (higher = more relevant), null when the lexical side missed it. */
  bm25: number | null;
  /** Cosine similarity of the vector side (−1…1, higher = closer), null when absent. */
  similarity: number | null;
  /**
   * Whether the passage's document names the question's most distinctive name or number; null
   * when the question has none. A passage from a document about something else is not quoted.
   */
  anchorInDocument: boolean | null;
}
