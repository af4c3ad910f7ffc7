import type { Lang } from "./article.ts";

const WORD = /[\p{Script=Latin}\p{Script=Cyrillic}]+/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Question words, prepositions, conjunctions and auxiliaries of each language: a text's own little words. */
const RUSSIAN_FUNCTION_WORDS = new Set(
  "как какой какая какое какие каком какую каких каким кто кого кому кем что чего чем где куда откуда когда сколько скольких почему зачем ли в во на и или из от до по с со у о об за для при под над без через после перед это был была было были не ни же уже ещё еще".split(" "),
);
const ENGLISH_FUNCTION_WORDS = new Set(
  "the a an of in on at to for from with by about how what who whom whose where when why which is are was were did do does has have had many much and or not".split(" "),
);

/**
 * The one rule for deciding English or Russian, used for articles, questions and the bot's own
 * words. The function words decide first when only one language has them (a question's names may
 * be typed in lower case in the other script: «сколько заплатили tidewell harbour light»), and the
 * first of them when both have some (the other language's stand in a quoted name: «кто автор
 * картины evening tide at saltcote»). Then
 * words are counted by script, and the plain words (not capitalised, or first in the text) decide
 * first: names are often written in the other script ("Что случилось в «Crocus City Hall»?" is
 * Russian, "What did Токаев say?" English). When plain words tie, all words decide;
 * when those tie too, `hint` (e.g. the user's Telegram language), else Russian. Text with no
 * Latin or Cyrillic letter at all (emoji, digits, Arabic) gets `hint`, else English. Pure.
 */
export function detectLanguage(text: string, hint?: Lang): Lang {
  const words = [...text.matchAll(WORD)];
  if (words.length === 0) return hint ?? "en";
  // Function words first: names typed in lower case ("сколько заплатили tidewell harbour light") are
  // plain words too, but a question's little words are always its own language's.
  let russian = 0;
  let english = 0;
  let first: Lang | null = null;
  for (const w of words) {
    const word = w[0].toLowerCase();
    if (RUSSIAN_FUNCTION_WORDS.has(word)) {
      russian += 1;
      first ??= "ru";
    } else if (ENGLISH_FUNCTION_WORDS.has(word)) {
      english += 1;
      first ??= "en";
    }
  }
  if (russian !== english && (russian === 0 || english === 0)) return russian > english ? "ru" : "en";
  // Both languages' little words: the first one is the question's own, and the other language's
  // stand in a name it quotes («кто автор картины evening tide at saltcote»).
  if (russian > 0 && english > 0 && first !== null) return first;
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
