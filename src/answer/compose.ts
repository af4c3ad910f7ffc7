import type { Article, Lang } from "../corpus/article.ts";
import { detectLanguage } from "../corpus/language.ts";
import { AppError } from "../errors.ts";
import { retrieve, type Retrieval, type RetrieverParts } from "../retrieval/retriever.ts";
import { ANSWER_TEXTS } from "./messages.ts";
import { followUpQuestion } from "./follow-up.ts";
import { selectQuotes } from "./quotes.ts";
import { groupByDocument, sourceName } from "./source.ts";
import type { AnswerResult, PreviousTurn, Quote, Source } from "./types.ts";

/** Longest question accepted, in characters. */
export const MAX_QUESTION_CHARS = 1000;

/**
 * Abstention rule, lexical side. A question is answered when one of the best passages
 * contains at least this share of the question's content-word weight (IDF)…
 */
export const MIN_COVERAGE = 0.25;
/**
 * …or, for a question naming something (a capitalised word inside it, or a number) that one
 * of the best passages also names, at least this share. A question whose names no passage
 * mentions is not answered ("Who won the 2018 FIFA World Cup?"). See the README
 * ("How answers are found") for how these were chosen.
 */
export const MIN_COVERAGE_WITH_NAME = 0.15;

/**
 * Abstention rule, vector side: a cosine similarity of the closest passage at or above this
 * keeps the answer even when few words are shared (a paraphrase or another language).
 * On the scale of multilingual-e5-small; unused in lexical mode.
 */
export const MIN_SIMILARITY = 0.88;

/** A question that cannot be searched: empty, too long, or without words. */
export class QuestionError extends AppError {
  override name = "QuestionError";
}

/** What `answer()` reads from: the retrieval parts and the cleaned articles by id. */
export interface AnswerDeps {
  retrieval: RetrieverParts;
  articles: ReadonlyMap<string, Article>;
}

/** Options of one answer. */
export interface AnswerOptions {
  /** The previous question in the same chat, for follow-ups. */
  previous?: PreviousTurn;
  /** Reply language when the question itself does not tell (e.g. only a name). */
  lang?: Lang;
}

/**
 * Language of a question: by its Latin or Cyrillic letters, else (emoji, Arabic, Hebrew…)
 * the hint (the user's Telegram language), else English.
 */
export function questionLanguage(question: string, hint?: Lang): Lang {
  if (!/[A-Za-z\u0400-\u04FF]/u.test(question)) return hint ?? "en";
  return detectLanguage(question);
}

/** One source line: title (or outlet), outlet, date and link, whichever are known. */
export function sourceLine(source: Source): string {
  const name = sourceName(source);
  const parts = [source.title && source.outlet ? `${name} (${source.outlet})` : name];
  if (source.date) parts.push(source.date);
  if (source.url) parts.push(source.url);
  return `— ${parts.join(", ")}`;
}

function renderText(lang: Lang, quotes: readonly Quote[]): string {
  const texts = ANSWER_TEXTS[lang];
  if (quotes.length === 0) return texts.nothingFound;
  const blocks = groupByDocument(quotes).map((group) => [...group.quotes.map((q) => `«${q.text}»`), sourceLine(group.source)].join("\n"));
  return [texts.lead, ...blocks].join("\n\n");
}

/**
 * Rejects questions that cannot be searched, with a key for the polite reply, and returns
 * the text to search: trimmed, with markup tags (pasted HTML) taken out.
 */
export function checkQuestion(question: string): string {
  const trimmed = question.trim();
  if (trimmed === "") throw new QuestionError("The question is empty.", "error.emptyQuestion");
  if (trimmed.length > MAX_QUESTION_CHARS) {
    throw new QuestionError(`The question has ${trimmed.length} characters (limit ${MAX_QUESTION_CHARS}).`, "error.questionTooLong");
  }
  const withoutMarkup = trimmed.replace(/<[^>]*>/g, " ");
  if (!/[\p{L}\p{N}]/u.test(withoutMarkup)) throw new QuestionError("The question has no words.", "error.noWords");
  return withoutMarkup.replace(/\s+/g, " ").trim();
}

/**
 * Whether the retrieved passages answer the question (see MIN_COVERAGE…): enough of the
 * question's weight, its names found, and — in the language of the best passage, where they
 * would match if it answered — some of its plain words; or, with a model, a close vector.
 */
export function isAnswered(retrieval: Retrieval, lang: Lang, topLang: Lang | undefined): boolean {
  if (retrieval.ranked.length === 0) return false;
  if (retrieval.topSimilarity !== null && retrieval.topSimilarity >= MIN_SIMILARITY) return true;
  // "When was Tokayev born?" finds Tokayev, but no word about birth.
  if (topLang === lang && retrieval.wordMatched === false) return false;
  return retrieval.anchorMatched === null
    ? retrieval.coverage >= MIN_COVERAGE
    : retrieval.anchorMatched && retrieval.coverage >= MIN_COVERAGE_WITH_NAME;
}

/**
 * Answers a question from the documents: retrieves passages, decides whether they answer
 * it, and quotes the sentences that do, verbatim, each with its source. The reply's own
 * words are in the question's language. Throws `QuestionError` for empty, over-long or
 * word-less questions.
 */
export async function answer(question: string, deps: AnswerDeps, options: AnswerOptions = {}): Promise<AnswerResult> {
  const asked = checkQuestion(question);
  const lang = questionLanguage(asked, options.lang);
  const searchedQuestion = followUpQuestion(asked, options.previous);
  const retrieval = await retrieve(searchedQuestion, deps.retrieval, searchedQuestion === asked ? {} : { emphasis: asked });
  const topLang = deps.articles.get(retrieval.ranked[0]?.passage.doc ?? "")?.meta.lang;
  const quotes = isAnswered(retrieval, lang, topLang) ? selectQuotes(retrieval.ranked, deps.articles) : [];
  return {
    lang,
    abstained: quotes.length === 0,
    text: renderText(lang, quotes),
    quotes,
    passages: retrieval.ranked,
    searchedQuestion,
  };
}
