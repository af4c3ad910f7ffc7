import type { Lang } from "./article.ts";

const WORD = /[\p{Script=Latin}\p{Script=Cyrillic}]+/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * The one rule for deciding English or Russian, used for articles, questions and the bot's own
 * words. Words are counted by script, and the plain words (not capitalised, or first in the text)
 * decide first: names are often written in the other script ("Что случилось в «Crocus City
 * Hall»?" is Russian, "What did Токаев say?" English). When plain words tie, all words decide;
 * when those tie too, `hint` (e.g. the user's Telegram language), else Russian. Text with no
 * Latin or Cyrillic letter at all (emoji, digits, Arabic) gets `hint`, else English. Pure.
 */
export function detectLanguage(text: string, hint?: Lang): Lang {
  const words = [...text.matchAll(WORD)];
  if (words.length === 0) return hint ?? "en";
  const count = (list: RegExpExecArray[] | RegExpMatchArray[]) => {
    let cyrillic = 0;
    for (const w of list) if (CYRILLIC.test(w[0])) cyrillic += 1;
    return { cyrillic, latin: list.length - cyrillic };
  };
  const plain = words.filter((w, i) => i === 0 || !/^\p{Lu}/u.test(w[0]));
  for (const group of [plain, words]) {
    const { cyrillic, latin } = count(group);
    if (cyrillic !== latin) return cyrillic > latin ? "ru" : "en";
  }
  return hint ?? "ru";
}

/** Whether the text has any Latin or Cyrillic letter (a language can be told from it). */
export function hasWords(text: string): boolean {
  return new RegExp(WORD.source, "u").test(text);
}
