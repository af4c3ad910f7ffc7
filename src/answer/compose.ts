import type { Lang } from "../corpus/article.ts";
import { detectLanguage } from "../corpus/language.ts";
import { AppError } from "../errors.ts";
import { retrieve, type RetrieverParts } from "../retrieval/retriever.ts";
import { decide } from "./decision.ts";
import { followUpQuestion } from "./follow-up.ts";
import { selectQuotes } from "./quotes.ts";
import type { AnswerResult, PreviousTurn, Source } from "./types.ts";

/** Longest question accepted, in characters. */
export const MAX_QUESTION_CHARS = 1000;

/** A question that cannot be searched: empty, too long, or without words. */
export class QuestionError extends AppError {
  override name = "QuestionError";
}

/** What `answer()` reads from: the retrieval parts and each document's source (from the index's manifest). */
export interface AnswerDeps {
  retrieval: RetrieverParts;
  sources: (doc: string) => Source | undefined;
}

/** Options of one answer. */
export interface AnswerOptions {
  /** The previous question in the same chat, for follow-ups. */
  previous?: PreviousTurn;
  /** Reply language when the question itself does not tell (e.g. only a name, or emoji). */
  lang?: Lang;
}

/**
 * Rejects questions that cannot be searched, with a key for the polite reply, and returns
 * the text to search: trimmed, without invisible format characters, with markup tags (pasted
 * HTML) taken out.
 */
export function checkQuestion(question: string): string {
  if (question.trim() === "") throw new QuestionError("The question is empty.", "error.emptyQuestion");
  // Invisible format characters (zero-width spaces and joiners, BOM, soft hyphens) split words.
  const trimmed = question.replace(/[\p{Cf}\u00AD]/gu, "").trim();
  if (trimmed.length > MAX_QUESTION_CHARS) {
    throw new QuestionError(`The question has ${trimmed.length} characters (limit ${MAX_QUESTION_CHARS}).`, "error.questionTooLong");
  }
  const withoutMarkup = trimmed.replace(/<[^>]*>/g, " ");
  if (!/[\p{L}\p{N}]/u.test(withoutMarkup)) throw new QuestionError("The question has no words.", "error.noWords");
  return withoutMarkup.replace(/\s+/g, " ").trim();
}

/**
 * Answers a question from the documents, as data: retrieves passages, weighs their sentences,
 * decides on the quotes whether the documents answer (see `decide`), and quotes the sentences
 * that do, verbatim, each with its source. The caller renders the result (the bot as Telegram
 * HTML, `ask` as text or JSON) in `lang`, the question's language. Throws `QuestionError` for
 * empty, over-long or word-less questions.
 */
export async function answer(question: string, deps: AnswerDeps, options: AnswerOptions = {}): Promise<AnswerResult> {
  const asked = checkQuestion(question);
  const lang = detectLanguage(asked, options.lang);
  const lexical = deps.retrieval.lexical;
  const searchedQuestion = followUpQuestion(asked, options.previous, (t) => t.capitalised || t.acronym || lexical.isName(t));
  const retrieval = await retrieve(searchedQuestion, deps.retrieval, searchedQuestion === asked ? {} : { emphasis: asked });
  const { decision, answering } = decide(retrieval, deps.retrieval.settings);
  const quotes = decision.answered
    ? selectQuotes(answering, retrieval.question, { passages: deps.retrieval.passages, sources: deps.sources, evidence: deps.retrieval.lexical }, deps.retrieval.settings)
    : [];
  const sources = new Map<string, Source>();
  for (const quote of quotes) if (!sources.has(quote.doc)) sources.set(quote.doc, quote.source);
  return {
    lang,
    abstained: quotes.length === 0,
    decision,
    quotes,
    sources: [...sources.values()],
    passages: retrieval.ranked,
    searchedQuestion,
  };
}
