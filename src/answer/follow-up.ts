import { analyze } from "../retrieval/analyzer.ts";
import type { PreviousTurn } from "./types.ts";

/** Words that open a question continuing the previous one ("And in Dagestan?", "А сколько пострадало?"). */
const CONTINUATION = /^(and|also|what about|how about|but|then|а|и|ещё|еще|тогда|также|а что|а как|но)(?=[\s,?!.]|$)/iu;

/** A follow-up has few content words of its own; a longer question stands on its own. */
const MAX_FOLLOW_UP_WORDS = 4;

/** Capitalised words inside a sentence: the names a question is about. */
const NAME = /(?<=[\p{L}\p{N},;:)»"]\s+)\p{Lu}[\p{L}\p{M}-]*/gu;

/**
 * The question to search for: a follow-up (it opens with "and"/"а"/"what about"…, or
 * has at most one content word, and is short) is read together with the previous
 * question, whose names give way to the follow-up's own names ("How many died in
 * Moscow?" + "And in Dagestan?" searches the first question about Dagestan). Any other
 * question is searched as asked.
 */
export function followUpQuestion(question: string, previous?: PreviousTurn): string {
  if (!previous || previous.question.trim() === "") return question;
  const words = analyze(question).length;
  const continues = CONTINUATION.test(question.trim());
  if (words > MAX_FOLLOW_UP_WORDS || (!continues && words > 1)) return question;
  const ownNames = question.match(NAME) ?? [];
  const context = ownNames.length > 0 ? previous.question.replace(NAME, " ") : previous.question;
  return `${context.trim()} ${question.trim()}`;
}
