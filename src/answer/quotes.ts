import type { Article } from "../corpus/article.ts";
import { highlightsIn, type EvidenceSource, type WindowEvidence } from "../retrieval/sentence-evidence.ts";
import type { QuestionAnalysis } from "../retrieval/question.ts";
import { RETRIEVAL_SETTINGS, type RetrievalSettings } from "../retrieval/settings.ts";
import { sourceOf } from "./source.ts";
import type { Quote } from "./types.ts";

/**
 * Sentence openings that continue or update the sentence before ("However, later it became known
 * that the death toll rose to 20"): such a sentence is quoted together with the one it follows.
 */
const CONTINUATION = /^[«"“]?(?:however|but|later|subsequently|afterwards|meanwhile|the latter|однако|но|позже|позднее|затем|впоследствии|впрочем|при этом)(?![\p{L}])/iu;

/**
 * The window's end, extended over the next sentence of its line when that one continues it (see
 * `CONTINUATION`) and the quote stays under `maxWindowChars`.
 */
function extendedEnd(window: WindowEvidence, evidence: EvidenceSource, settings: RetrievalSettings): number {
  const next = evidence.sentences(window.passageId).find((s) => s.start >= window.end);
  if (!next || next.breakBefore || !next.quotable || !CONTINUATION.test(next.text)) return window.end;
  return next.end - window.start <= settings.maxWindowChars ? next.end : window.end;
}

/** Text folded for comparing quotes: case, ё and runs of whitespace (NBSP too) do not matter. */
function foldForComparison(text: string): string {
  return text.toLowerCase().replace(/ё/g, "е").replace(/\s+/gu, " ").trim();
}

/**
 * Quotes the windows that answer the question, verbatim, best first: at most `maxQuotes`, each
 * scoring at least `minRelativeScore` of the first. Never the same text twice (folded for case and
 * whitespace, even from two documents, or one inside another), never two overlapping spans of one
 * document. Every quote is cut from the article's cleaned text by offsets and checked to be a
 * substring of it; the words matching the question are marked for bold type.
 */
export function selectQuotes(
  answering: readonly WindowEvidence[],
  question: QuestionAnalysis,
  articles: ReadonlyMap<string, Article>,
  evidence: EvidenceSource,
  settings: RetrievalSettings = RETRIEVAL_SETTINGS,
): Quote[] {
  const quotes: Quote[] = [];
  const seen: string[] = [];
  const bestScore = answering[0]?.score ?? 0;
  for (const window of answering) {
    if (quotes.length >= settings.maxQuotes) break;
    if (window.score < bestScore * settings.minRelativeScore) break;
    const article = articles.get(window.doc);
    if (!article) continue;
    if (quotes.some((q) => q.doc === window.doc && window.start < q.end && q.start < window.end)) continue;
    const end = extendedEnd(window, evidence, settings);
    const text = article.text.slice(window.start, end);
    const folded = foldForComparison(text);
    if (folded === "" || !article.text.includes(text)) continue;
    if (seen.some((s) => s.includes(folded) || folded.includes(s))) continue;
    seen.push(folded);
    const highlights = highlightsIn(question, window.passageId, window.start, end, evidence).map((h) => ({
      start: h.start - window.start,
      end: h.end - window.start,
    }));
    quotes.push({ doc: article.id, text, start: window.start, end, source: sourceOf(article), highlights });
  }
  return quotes;
}
