import { analyze } from "../retrieval/analyzer.ts";
import type { PreviousTurn } from "./types.ts";

/** Words that open a question continuing the previous one ("And in Dagestan?", "А сколько пострадало?"). */
const CONTINUATION = /^(and|also|what about|how about|but|then|а|и|ещё|еще|тогда|также|а что|а как|но)(?=[\s,?!.]|$)/iu;

/** A follow-up has few content words of its own; a longer question stands on its own. */
const MAX_FOLLOW_UP_WORDS = 4;

/** Capitalised words inside a sentence: the names a question is about. */
const NAME = /(?<=(?:[\p{L}\p{N},;:)»"]\s+)|\()\p{Lu}[\p{L}\p{M}-]*/gu;

/**
 * The question to search for: a follow-up (it opens with "and"/"а"/"what about"…, or
 * has at most one content word, and is short) is read together with the previous
 * question: "How many died in Moscow?" + "And in Dagestan?" searches the first question
 * about Dagestan; "Who signed the decree in Dagestan?" + "And how many were injured?"
 * searches the injured in Dagestan. Any other question is searched as asked.
 */
export function followUpQuestion(question: string, previous?: PreviousTurn): string {
  if (!previous || previous.question.trim() === "") return question;
  const words = analyze(question).length;
  const continues = CONTINUATION.test(question.trim());
  if (words > MAX_FOLLOW_UP_WORDS || (!continues && words > 1)) return question;
  // The follow-up keeps what it says and takes the rest from the previous question: its own
  // names replace the previous ones ("And in Dagestan?"), or, naming nothing, it takes just the
  // previous names, the topic ("А сколько пострадало?" after a question about Dagestan).
  const asked = question.trim();
  const ownNames = asked.match(NAME) ?? [];
  const previousNames = previous.question.match(NAME) ?? [];
  if (ownNames.length === 0 && previousNames.length > 0) {
    // Inside the sentence, so that they still read as names: "А сколько пострадало (Дагестане)?"
    return `${asked.replace(/[\s?!.…]+$/u, "")} (${previousNames.join(" ")})?`;
  }
  const context = ownNames.length > 0 ? previous.question.replace(NAME, " ") : previous.question;
  return `${context.replace(/\s+/g, " ").trim()} ${asked}`;
}
