/**
 * A newspaper's letters page with a news brief over the letters: the brief under its label in capitals ("IN BRIEF", "NEWS IN
 * BRIEF", «КОРОТКО», «НОВОСТИ КОРОТКО») right under a rule, its headline on the next line, is the page's news: the headline is the
 * title, not the page's section or its guide for writers. The readers' letters under it stay (they tell of the event). The page's
 * guide for writers under its heading ("HOW TO SUBMIT A LETTER" over "Letters should be no longer than 250 words …", «КАК
 * НАПИСАТЬ В РЕДАКЦИЮ») is the page's furniture.
 */

/** A news brief's label ("IN BRIEF", "NEWS IN BRIEF", "BRIEFLY", «КОРОТКО», «НОВОСТИ КОРОТКО», «КОРОТКО О ГЛАВНОМ»). */
const BRIEF_LABEL = /^(?:(?:NEWS )?IN BRIEF|BRIEFLY|NEWS BRIEF|(?:НОВОСТИ )?КОРОТКО(?: О ГЛАВНОМ)?|В ДВУХ СЛОВАХ)$/u;
/** Longest headline (characters). */
const MAX_HEADLINE_CHARS = 200;
/** A guide for writers' heading ("HOW TO SUBMIT A LETTER", "How to write to us", «Как написать в редакцию», «Как прислать письмо»). */
const WRITERS_GUIDE = /^(?:how to (?:submit|send|write)(?: (?:a|your))? (?:letters?|to us|to the editor)|submitting (?:a )?letters?|как (?:написать|прислать|отправить)(?: (?:письмо|нам))?(?: в редакцию)?)\s*:?$/iu;
/** Most lines of a guide for writers under its heading, to the next blank line. */
const MAX_GUIDE_LINES = 3;

/** What a brief gives: the lines without its label and headline, and the headline. */
export interface NewsBrief {
  lines: string[];
  title: string;
}

/**
 * Takes the first news brief under a rule (see the module's note): its label and headline leave, the headline is returned. `null`
 * when no brief's label stands right under a rule with a headline under it (no final stop, comma or colon). `isRule` tells a rule.
 */
export function readNewsBrief(lines: readonly string[], isRule: (line: string) => boolean): NewsBrief | null {
  for (let i = 1; i < lines.length - 1; i++) {
    const line = (lines[i] ?? "").trim();
    // (A cheap test first: a label's letters in capitals.)
    if (!line.includes("BRIEF") && !line.includes("КОРОТКО") && !line.includes("ДВУХ")) continue;
    if (!BRIEF_LABEL.test(line) || !isRule((lines[i - 1] ?? "").trim())) continue;
    const headline = (lines[i + 1] ?? "").trim();
    if (headline === "" || headline.length > MAX_HEADLINE_CHARS || /[.,;:…]$/u.test(headline) || !/\p{Ll}/u.test(headline)) continue;
    return { lines: [...lines.slice(0, i), ...lines.slice(i + 2)], title: headline };
  }
  return null;
}

/**
 * Where a guide for writers opened by line `i` ends (see the module's note): its heading and up to `MAX_GUIDE_LINES` lines under it,
 * to the next blank line; null when line `i` opens none.
 */
export function writersGuideEnd(lines: readonly string[], i: number): number | null {
  const line = (lines[i] ?? "").trim();
  // (A cheap test first: the heading's first word.)
  const first = line.slice(0, 3).toLowerCase();
  if ((first !== "how" && first !== "sub" && first !== "как") || !WRITERS_GUIDE.test(line)) return null;
  let end = i + 1;
  while (end < lines.length && end - i <= MAX_GUIDE_LINES && (lines[end] ?? "").trim() !== "") end++;
  return end > i + 1 && (end >= lines.length || (lines[end] ?? "").trim() === "") ? end : null;
}
