import { analyze, type Token } from "../text/analyzer.ts";
import type { PreviousTurn } from "./types.ts";

/** Words that open a question continuing the previous one ("And in Dagestan?", "А сколько пострадало?"). */
const CONTINUATION = /^(and|what about|how about|а|и|а что|а как)(?=[\s,?!.]|$)/iu;

/** Pronouns and pro-adverbs that point back at the previous question ("When was that?", «Что он сказал?»). */
const PRONOUNS = new Set([
  "it", "he", "she", "they", "him", "her", "them", "his", "their", "there", "that", "this", "those", "these", "then",
  "он", "она", "оно", "они", "его", "ее", "её", "их", "ему", "ей", "им", "ним", "ней", "там", "тут", "это", "этом", "тогда", "туда", "оттуда",
]);

/** A follow-up opening with "and / а" may add at most this many words of its own besides names. */
const MAX_OWN_WORDS = 2;

/** The default test of a name: written with a capital inside the question, an acronym, or a number. */
const capitalised = (token: Token): boolean => token.capitalised || token.acronym;

/**
 * The question to search for. A question is read together with the previous one only when it
 * cannot stand on its own:
 * - it opens with "and / what about / а / и" and brings only names ("And in Dagestan?"), or, naming
 *   nothing, at most two words of its own ("А сколько пострадало?");
 * - or it points back with a pronoun and has no word of its own ("When was that?").
 * Any other question — "Who is Tokayev?" after a question about Crocus — is searched as asked.
 * A follow-up's own names replace the previous ones ("How many died in Crocus?" + "And in
 * Dagestan?"); naming nothing, it takes the previous question's names, its topic. `isName` tells
 * names the articles know in a question typed in lower case ("and in dagestan").
 */
export function followUpQuestion(question: string, previous?: PreviousTurn, isName: (token: Token) => boolean = capitalised): string {
  if (!previous || previous.question.trim() === "") return question;
  const asked = question.trim();
  const tokens = analyze(asked).filter((t) => !t.joined);
  const names = tokens.filter((t) => t.numeric || isName(t));
  const words = tokens.filter((t) => !names.includes(t));
  const opens = CONTINUATION.test(asked);
  const pointsBack = (asked.toLowerCase().replace(/ё/g, "е").match(/\p{L}+/gu) ?? []).some((w) => PRONOUNS.has(w));
  const followsUp = (opens && (words.length === 0 || (names.length === 0 && words.length <= MAX_OWN_WORDS))) || (pointsBack && words.length === 0);
  if (!followsUp) return question;

  const previousNames = analyze(previous.question).filter((t) => !t.joined && !t.numeric && isName(t));
  if (names.length === 0) {
    if (previousNames.length === 0) return `${previous.question.trim()} ${asked}`;
    // Inside the sentence, so that they still read as names: "А сколько пострадало (Дагестане)?"
    return `${asked.replace(/[\s?!.…]+$/u, "")} (${previousNames.map((t) => t.original).join(" ")})?`;
  }
  // The follow-up's own names replace the previous question's.
  let context = previous.question;
  for (const token of [...previousNames].sort((a, b) => b.start - a.start)) context = context.slice(0, token.start) + context.slice(token.end);
  return `${context.replace(/\s+/g, " ").trim()} ${asked}`;
}
