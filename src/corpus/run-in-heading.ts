/**
 * A run-in heading: a paragraph opening with a few words in bold that end in a stop, the paragraph's
 * text going on after them on the same line («**Без тепла полгорода.** Без отопления остались…»,
 * "**What happens next.** The council will meet…"). Such words name the section, as a subheading
 * does, and say nothing: once the bold is gone they read as a sentence and could be quoted as an
 * answer («Ущерб и что дальше.» for "how much damage"). The heading is set on a line of its own,
 * without its stop, as a subheading's words are; the paragraph's text follows on the next line,
 * unchanged. A bold label before a colon («**Цены:** …», "**Note:** …") is a field, and stays; so do
 * bold words that state something, a verb among them («**Прыжки временно приостановлены.** Все записи
 * отменены»), unless they open with a question word. Pure.
 */

/** Most words of a run-in heading. */
const MAX_HEADING_WORDS = 8;

/** "**Heading.** Text": the bold words opening with a capital and ending in a stop, then the text. */
const RUN_IN = /^\*\*(\p{Lu}[^*\n]*?)\.\*\*[ \t\u00A0]+(\S.*)$/u;

/** A question word opening a heading («Почему рухнула лестница», "What happens next"): a heading whatever its verb. */
const QUESTION_OPENING = /^(?:почему|зачем|отчего|как|что|кто|где|куда|откуда|когда|чем|сколько|why|how|what|who|where|when|which)(?![\p{L}])/iu;

/**
 * A word that may be a finite verb or a short participle («приостановлены», «закрыли», «работает»,
 * "was", "reopened"): bold words holding one state something («**Прыжки временно приостановлены.**»),
 * and stay a sentence. (Nouns ending the same way — «бюджет», «план» — only keep a heading as it was.)
 */
const VERB_LIKE = /^(?:\p{Script=Cyrillic}{2,}(?:л|ла|ло|ли|лся|лась|лось|лись|ен|ена|ено|ены|ан|ана|ано|аны|ят|ют|ет|ит|ут|ат|ется|ются|ится|ятся)|\p{Script=Latin}{2,}ed|is|are|was|were|has|have|had|will|can|must|may|stays|remains|reopens|opens|closes)$/iu;

/** The line as its heading's line and its text's line, or the line alone when it opens with no run-in heading. Pure. */
export function splitRunInHeading(line: string): string[] {
  const match = RUN_IN.exec(line);
  const heading = match?.[1]?.trim();
  const text = match?.[2];
  if (heading === undefined || text === undefined || /[.!?…]/u.test(heading)) return [line];
  const words = heading.split(/\s+/u);
  if (words.length > MAX_HEADING_WORDS) return [line];
  if (!QUESTION_OPENING.test(heading) && words.some((word) => VERB_LIKE.test(word.replace(/[^\p{L}-]/gu, "")))) return [line];
  return [heading, text];
}
