import type { Lang } from "../corpus/article.ts";

/** Telegram `language_code`s whose users we address in Russian (Russian is their lingua franca with this corpus). */
const RUSSIAN_CODES = new Set(["ru", "be", "kk", "uk", "ky"]);

/**
 * The language of a text by its words: Russian when Cyrillic words are at least as many as Latin ones
 * (so "Что случилось в «Crocus City Hall»?" is Russian), null when it has no words.
 */
export function textLang(text: string): Lang | null {
  const cyrillic = text.match(/\p{Script=Cyrillic}+/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}+/gu)?.length ?? 0;
  if (cyrillic === 0 && latin === 0) return null;
  return cyrillic >= latin ? "ru" : "en";
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
