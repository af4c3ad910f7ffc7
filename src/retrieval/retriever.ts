import type { Passage } from "../corpus/article.ts";
import type { Embedder } from "../embedding/embedder.ts";
import { analyze, isGeneric, type Token } from "./analyzer.ts";
import { asksForNumber, bestSpan, weighSentences, type SentenceEvidence } from "./evidence.ts";
import { reciprocalRankFusion } from "./fusion.ts";
import type { LexicalIndex } from "./lexical-index.ts";
import type { RankedPassage } from "./ranked-passage.ts";
import type { VectorHit } from "../index/vector-index.ts";

/** Nearest-neighbour search over passage vectors (the hnswlib index satisfies it). */
export interface NearestNeighbours {
  search(query: Float32Array, k: number): VectorHit[];
}

/** What retrieval needs: the passages, the lexical index, and optionally the vector side. */
export interface RetrieverParts {
  passages: readonly Passage[];
  lexical: LexicalIndex;
  /** Vector side; null in lexical mode. */
  vectors: NearestNeighbours | null;
  /** Embeds the question; null in lexical mode. */
  embedder: Embedder | null;
}

/** Ranked passages plus the evidence used to decide whether they answer the question. */
export interface Retrieval {
  /** The question's analysed content words. */
  tokens: Token[];
  /** Best first. */
  ranked: RankedPassage[];
  /**
   * Share (0…1) of the question's content-word weight (IDF) that the best of the top
   * passages contains. 0 when the question has no content words.
   */
  coverage: number;
  /**
   * Whether one of the top passages contains one of the question's names (capitalised words
   * inside it, e.g. "Dagestan", "Новосибирске") or numbers; null when the question has none.
   * A question about a name no document mentions is not answered by them.
   */
  anchorMatched: boolean | null;
  /**
   * Whether one of the top passages contains one of the question's other content words (not
   * names, numbers or generic verbs like "happened"); null when the question has none
   * ("Who is Aibek Smadiyarov?", "What happened in Almaty?").
   */
  wordMatched: boolean | null;
  /** Cosine similarity of the closest passage on the vector side, null in lexical mode. */
  topSimilarity: number | null;
}

/** How many candidates each side contributes to the fusion. */
const CANDIDATES = 50;
/** How many of the top fused (and of the top lexical) passages are checked for coverage. */
const COVERAGE_DEPTH = 3;
/** A name in more than this share of the documents does not single out the ones a question is about. */
const MAX_ANCHOR_SHARE = 0.5;
/** How many fused candidates are re-weighed sentence by sentence. */
const RERANK_DEPTH = 30;

/** Weighted share of the question tokens that one passage contains. */
export function passageCoverage(lexical: LexicalIndex, passageId: number, tokens: readonly Token[]): number {
  let total = 0;
  let covered = 0;
  for (const token of tokens) {
    const weight = lexical.weight(token);
    total += weight;
    if (lexical.covers(passageId, token)) covered += weight;
  }
  return total === 0 ? 0 : covered / total;
}

const isNamed = (token: Token): boolean => token.name || token.numeric;

/**
 * A question is about the documents that name its most distinctive name or number (the one in
 * the fewest documents, if in at most half of them: "Crocus" rather than "City" or "Hall").
 * Returns a test telling whether a passage's document names it (null: the question has none).
 */
function documentAnchorTest(tokens: readonly Token[], parts: RetrieverParts): (passageId: number) => boolean | null {
  const named = tokens
    .filter(isNamed)
    .map((token) => ({ token, share: parts.lexical.documentShare(token) }))
    .filter((a) => a.share > 0 && a.share <= MAX_ANCHOR_SHARE);
  const rarest = Math.min(...named.map((a) => a.share));
  const anchors = named.filter((a) => a.share === rarest).map((a) => a.token);
  const known = new Map<string, boolean>();
  return (passageId) => {
    const doc = parts.passages[passageId]?.doc;
    if (anchors.length === 0 || doc === undefined) return null;
    let names = known.get(doc);
    if (names === undefined) {
      names = anchors.some((t) => parts.lexical.documentCovers(doc, t));
      known.set(doc, names);
    }
    return names;
  };
}

/**
 * Hybrid retrieval: BM25 (stems + cross-script keys) and, when present, the vector side,
 * fused by reciprocal rank fusion with a third list, the candidates re-weighed by their best
 * sentence; passages of documents that do not name what the question names are left out.
 * Returns at most `limit` passages, with the evidence `answer()` needs to decide and quote.
 */
export async function retrieve(
  question: string,
  parts: RetrieverParts,
  options: { limit?: number; emphasis?: string } = {},
): Promise<Retrieval> {
  const limit = options.limit ?? 10;
  // Words of `emphasis` (a follow-up's own words, searched together with the previous question)
  // count as what is asked for.
  const emphasized = new Set(options.emphasis ? analyze(options.emphasis).map((t) => t.word) : []);
  const tokens = analyze(question).map((t) => (emphasized.has(t.word) ? { ...t, focus: true } : t));
  const lexicalHits = parts.lexical.search(tokens, CANDIDATES);
  const bm25 = new Map(lexicalHits.map((h) => [h.passageId, h.bm25]));

  let vectorHits: { passageId: number; similarity: number }[] = [];
  if (parts.vectors && parts.embedder && question.trim() !== "") {
    const query = await parts.embedder.embedQuery(question);
    vectorHits = parts.vectors.search(query, Math.min(CANDIDATES, parts.passages.length));
  }
  const similarity = new Map(vectorHits.map((h) => [h.passageId, h.similarity]));

  const firstPass = reciprocalRankFusion([lexicalHits.map((h) => h.passageId), vectorHits.map((h) => h.passageId)]);
  const candidates = [...firstPass.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, RERANK_DEPTH);
  const candidateIds = new Set(candidates.map(([id]) => id));
  const onlyCandidates = (ids: number[]): number[] => ids.filter((id) => candidateIds.has(id));

  // Sentence-level evidence: the best sentence of each candidate, as a third ranked list.
  const wantsNumber = asksForNumber(question);
  const weight = (token: Token): number => parts.lexical.weight(token);
  const evidence = new Map<number, SentenceEvidence>();
  for (const passageId of candidateIds) {
    const best = bestSpan(weighSentences(parts.lexical.sentences(passageId), tokens, weight, wantsNumber));
    if (best) evidence.set(passageId, best);
  }
  const byEvidence = [...evidence.entries()].sort((a, b) => b[1].weight - a[1].weight || a[0] - b[0]).map(([id]) => id);
  const fused = reciprocalRankFusion([
    onlyCandidates(lexicalHits.map((h) => h.passageId)),
    onlyCandidates(vectorHits.map((h) => h.passageId)),
    byEvidence,
  ]);
  const namesAnchor = documentAnchorTest(tokens, parts);
  // When some candidate's document names the question's anchor, passages of documents that do not are left out.
  const someNamed = [...fused.keys()].some((id) => namesAnchor(id) === true);
  // Ties (one list puts a passage first, another second) go to the stronger sentence evidence.
  const evidenceWeight = (id: number): number => evidence.get(id)?.weight ?? 0;
  const order = [...fused.entries()]
    .filter(([id]) => !someNamed || namesAnchor(id) !== false)
    .sort((a, b) => b[1] - a[1] || evidenceWeight(b[0]) - evidenceWeight(a[0]) || a[0] - b[0])
    .slice(0, limit);

  const ranked: RankedPassage[] = [];
  for (const [passageId, score] of order) {
    const passage = parts.passages[passageId];
    if (!passage) continue;
    ranked.push({
      passage,
      rank: ranked.length + 1,
      fused: score,
      bm25: bm25.get(passageId) ?? null,
      similarity: similarity.get(passageId) ?? null,
      bestSentence: evidence.get(passageId) ?? null,
      anchorInDocument: namesAnchor(passageId),
    });
  }
  // Judged on the top fused passages and the top lexical ones: a noisy vector side must not
  // push the passages that contain the question's words out of sight.
  const top = [...new Set([...ranked.slice(0, COVERAGE_DEPTH).map((r) => r.passage.id), ...lexicalHits.slice(0, COVERAGE_DEPTH).map((h) => h.passageId)])];
  const coverage = Math.max(0, ...top.map((id) => passageCoverage(parts.lexical, id, tokens)));
  const matchedAny = (group: Token[]): boolean | null =>
    group.length === 0 ? null : group.some((t) => top.some((id) => parts.lexical.covers(id, t)));
  return {
    tokens,
    ranked,
    coverage,
    anchorMatched: matchedAny(tokens.filter(isNamed)),
    wordMatched: matchedAny(tokens.filter((t) => !isNamed(t) && !isGeneric(t))),
    topSimilarity: vectorHits[0]?.similarity ?? null,
  };
}
