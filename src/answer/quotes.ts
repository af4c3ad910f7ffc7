import type { PassageSource } from "../retrieval/passage-source.ts";
import { highlightsIn, type EvidenceSource, type WindowEvidence } from "../retrieval/sentence-evidence.ts";
import type { QuestionAnalysis } from "../retrieval/question.ts";
import { RETRIEVAL_SETTINGS, type RetrievalSettings } from "../retrieval/settings.ts";
import type { Quote, Source } from "./types.ts";

/** Where quotes are cut from and credited to. */
export interface QuoteSources {
  passages: PassageSource;
  sources: (doc: string) => Source | undefined;
  evidence: EvidenceSource;
}

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
 * document. Every quote is cut by offsets from its passage — itself a verbatim slice of the
 * article's cleaned text — and checked to be a substring of it; the words matching the question
 * are marked for bold type.
 */
export function selectQuotes(
  answering: readonly WindowEvidence[],
  question: QuestionAnalysis,
  from: QuoteSources,
  settings: RetrievalSettings = RETRIEVAL_SETTINGS,
): Quote[] {
  const { evidence } = from;
  const quotes: Quote[] = [];
  const seen: string[] = [];
  const bestScore = answering[0]?.score ?? 0;
  for (const window of answering) {
    if (quotes.length >= settings.maxQuotes) break;
    if (window.score < bestScore * settings.minRelativeScore) break;
    const passage = from.passages.get(window.passageId);
    const source = from.sources(window.doc);
    if (!passage || !source || passage.doc !== window.doc) continue;
    if (quotes.some((q) => q.doc === window.doc && window.start < q.end && q.start < window.end)) continue;
    const end = extendedEnd(window, evidence, settings);
    if (window.start < passage.start || end > passage.end) continue;
    const text = passage.text.slice(window.start - passage.start, end - passage.start);
    const folded = foldForComparison(text);
    if (folded === "" || !passage.text.includes(text)) continue;
    if (seen.some((s) => s.includes(folded) || folded.includes(s))) continue;
    seen.push(folded);
    const highlights = highlightsIn(question, window.passageId, window.start, end, evidence).map((h) => ({
      start: h.start - window.start,
      end: h.end - window.start,
    }));
    quotes.push({ doc: window.doc, text, start: window.start, end, source, highlights });
  }
  return quotes;
}
