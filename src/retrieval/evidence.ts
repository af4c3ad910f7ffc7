import type { Passage } from "../corpus/article.ts";
import { splitSentences } from "../corpus/sentences.ts";
import { analyze, containsToken, mentionsQuantity, termSet, type TermSet, type Token } from "./analyzer.ts";

/** One sentence of a passage, with offsets into the article's cleaned text. */
export interface SentenceTerms {
  start: number;
  end: number;
  terms: TermSet;
  /** The sentence states a quantity (a number that is not a date, or a number word). */
  hasQuantity: boolean;
  /** A line break separates the sentence from the one before (a new line or paragraph). */
  breakBefore: boolean;
}

/** The best-supported sentence of a passage for a question. */
export interface SentenceEvidence {
  /** Offsets into the article's cleaned text. */
  start: number;
  end: number;
  /** Weight (IDF units) of the question's words the sentence contains, plus the answer-type bonus. */
  weight: number;
  /** A line break separates the sentence from the one before. */
  breakBefore: boolean;
}

/** Whether the question asks for a quantity ("how many", "сколько", "what number"). */
export function asksForNumber(question: string): boolean {
  return (
    /\b(how\s+(many|much|long|old)|what\s+number|number\s+of)\b/i.test(question) ||
    /(сколько|какому номеру|какой номер|каком количестве|число\s)/i.test(question)
  );
}

/** Splits a passage into sentences with their terms (cached by the caller: this is the costly part). */
export function sentenceTerms(passage: Passage): SentenceTerms[] {
  return splitSentences(passage.text).map((s, i, all) => {
    const text = passage.text.slice(s.start, s.end);
    const gap = passage.text.slice(all[i - 1]?.end ?? 0, s.start);
    return {
      start: passage.start + s.start,
      end: passage.start + s.end,
      terms: termSet(analyze(text)),
      hasQuantity: mentionsQuantity(text),
      breakBefore: i > 0 && gap.includes("\n"),
    };
  });
}

/**
 * Scores each sentence by the weight of the question's tokens it contains. Answers usually
 * sit in one sentence that names several of the question's words, so the best sentence
 * tells more than the passage's bag of words. For a "how many" question, a sentence that
 * states a quantity gains the weight of the question's heaviest token and one that does not
 * counts half: it cannot hold the answer. Returns sentences in text order.
 */
export function weighSentences(
  sentences: readonly SentenceTerms[],
  tokens: readonly Token[],
  weight: (token: Token) => number,
  wantsNumber: boolean,
): SentenceEvidence[] {
  const numberBonus = wantsNumber ? Math.max(0, ...tokens.map(weight)) : 0;
  return sentences.map((s) => {
    let total = 0;
    for (const token of tokens) if (containsToken(s.terms, token)) total += weight(token);
    if (wantsNumber) total = s.hasQuantity ? total + numberBonus : total / 2;
    return { start: s.start, end: s.end, weight: total, breakBefore: s.breakBefore };
  });
}

/** Longest quote, in characters, when a second sentence is added to the best one. */
const MAX_SPAN_CHARS = 400;
/** A best sentence shorter than this is always quoted with the next one (it rarely stands alone). */
const SHORT_SENTENCE_CHARS = 60;

/**
 * The span to quote from a passage: its best-weighted sentence, together with the next
 * sentence when that one also bears on the question ("…four terrorists… The latter were
 * detained in the Bryansk region") or the best one is too short to stand alone, as long as
 * the two stay under 400 characters and on one line. The weight stays the best sentence's. Null when no
 * sentence bears on the question.
 */
export function bestSpan(sentences: readonly SentenceEvidence[]): SentenceEvidence | null {
  let bestIndex = -1;
  sentences.forEach((s, i) => {
    if (s.weight > 0 && (bestIndex < 0 || s.weight > (sentences[bestIndex]?.weight ?? 0))) bestIndex = i;
  });
  const best = sentences[bestIndex];
  if (!best) return null;
  const next = sentences[bestIndex + 1];
  const short = best.end - best.start < SHORT_SENTENCE_CHARS;
  if (next && !next.breakBefore && (next.weight > 0 || short) && next.end - best.start <= MAX_SPAN_CHARS) {
    return { ...best, end: next.end };
  }
  return best;
}
