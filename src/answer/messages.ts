import type { Lang } from "../corpus/article.ts";
import type { MessageKey } from "../errors.ts";
import type { AnswerResult } from "./types.ts";

/** The reply's own words in one language (quotes stay in their original language). */
export interface AnswerTexts {
  /** First line of an answer with quotes. */
  lead: string;
  /** Reply when the documents do not answer the question. */
  nothingFound: string;
  /** Reply to a request for instructions or advice that names no event of the articles (decision `advice-asked`). */
  adviceAsked: string;
  /** Label before the link in a source line. */
  link: string;
  /** Text for each error's message key. */
  errors: Record<MessageKey, string>;
}

const en: AnswerTexts = {
  lead: "Here is what the documents say:",
  nothingFound:
    "I found nothing in the documents that answers this question. Try other words, or see /sources for what the documents cover.",
  adviceAsked:
    "I answer questions about the events the news articles report, not requests for advice or instructions. Ask me what happened, or see /sources for what the documents cover.",
  link: "link",
  errors: {
    "error.generic": "Sorry, something went wrong on my side. Please try again in a moment.",
    "error.emptyQuestion": "Please send a question in words, for example: How many people died in the Crocus City Hall attack?",
    "error.questionTooLong": "That question is too long. Please ask it in under 1,000 characters.",
    "error.noWords": "I could not find any words to search for. Please ask your question in English or Russian.",
    "error.indexMissing": "The document index is not built yet. An administrator needs to run the indexer.",
    "error.indexCorrupt": "The document index is damaged. An administrator needs to rebuild it.",
    "error.indexMismatch": "The document index was built with another model. An administrator needs to rebuild it.",
    "error.modelUnavailable": "The language model is not available right now.",
    "error.config": "The bot is not configured correctly.",
    "error.corpusEmpty": "There are no readable documents to index.",
    "error.badFile": "That file cannot be added: it must be a UTF-8 .txt or .md article.",
  },
};

const ru: AnswerTexts = {
  lead: "Вот что говорится в документах:",
  nothingFound:
    "В документах не нашлось ответа на этот вопрос. Попробуйте спросить другими словами или посмотрите /sources — там список документов.",
  adviceAsked:
    "Я отвечаю на вопросы о событиях, о которых рассказывают новостные статьи, а советов и инструкций не даю. Спросите, что произошло, или посмотрите /sources — там список документов.",
  link: "ссылка",
  errors: {
    "error.generic": "Извините, что-то пошло не так. Попробуйте ещё раз чуть позже.",
    "error.emptyQuestion": "Пожалуйста, задайте вопрос словами, например: Сколько дней продлится траур в Дагестане?",
    "error.questionTooLong": "Вопрос слишком длинный. Пожалуйста, уложитесь в 1000 символов.",
    "error.noWords": "Не удалось найти в вопросе слов для поиска. Пожалуйста, спросите по-русски или по-английски.",
    "error.indexMissing": "Индекс документов ещё не построен. Администратору нужно запустить индексацию.",
    "error.indexCorrupt": "Индекс документов повреждён. Администратору нужно его перестроить.",
    "error.indexMismatch": "Индекс построен другой моделью. Администратору нужно его перестроить.",
    "error.modelUnavailable": "Языковая модель сейчас недоступна.",
    "error.config": "Бот настроен неправильно.",
    "error.corpusEmpty": "Нет документов, которые можно проиндексировать.",
    "error.badFile": "Этот файл нельзя добавить: нужна статья в формате .txt или .md в кодировке UTF-8.",
  },
};

/** The reply texts of each language. */
export const ANSWER_TEXTS: Record<Lang, AnswerTexts> = { en, ru };

/** The user-facing text of an error's message key, in the given language. */
export function errorText(key: MessageKey, lang: Lang): string {
  return ANSWER_TEXTS[lang].errors[key];
}

/** The reply to an abstention, in the answer's language: why nothing is quoted, as the user should hear it. */
export function abstentionText(result: Pick<AnswerResult, "lang" | "decision">): string {
  const texts = ANSWER_TEXTS[result.lang];
  return !result.decision.answered && result.decision.reason === "advice-asked" ? texts.adviceAsked : texts.nothingFound;
}

