import type { Lang } from "./article.ts";

const CYRILLIC_LETTER = /\p{Script=Cyrillic}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;

/**
 * Guesses whether `text` is Russian or English from its letters: "ru" when Cyrillic letters
 * outnumber Latin ones, otherwise "en" (also for text with no letters at all, e.g. "2024?").
 * Counting letters rather than words keeps mixed text ("передает NUR.KZ", "Tokayev said «да»")
 * decided by what most of it is written in. Pure.
 */
export function detectLanguage(text: string): Lang {
  const cyrillic = text.match(CYRILLIC_LETTER)?.length ?? 0;
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  return cyrillic > latin ? "ru" : "en";
}
