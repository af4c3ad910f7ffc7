import type { Lang } from "../corpus/article.ts";
import { detectLanguage, hasWords } from "../corpus/language.ts";

/** Telegram `language_code`s whose users we address in Russian (Russian is their lingua franca with this corpus). */
const RUSSIAN_CODES = new Set(["ru", "be", "kk", "uk", "ky"]);

/** The language of a text by the project's one rule (`detectLanguage`), null when it has no words. */
export function textLang(text: string): Lang | null {
  return hasWords(text) ? detectLanguage(text) : null;
}

/**
 * The language for the bot's own words to a user: the Telegram client language first
 * (`language_code`, e.g. "ru" or "en-US"), then the language of what they wrote, then English.
 */
export function uiLang(languageCode: string | undefined, text?: string): Lang {
  const base = languageCode?.toLowerCase().split("-")[0];
  if (base) return RUSSIAN_CODES.has(base) ? "ru" : "en";
  return (text ? textLang(text) : null) ?? "en";
}
