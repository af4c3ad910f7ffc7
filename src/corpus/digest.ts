import { createRequire } from "node:module";

const { transliterate } = createRequire(import.meta.url)("transliteration") as typeof import("transliteration");

/**
 * A digest e-mail with several stories, each in a numbered section under its rubric ("1 | ГОРОД", "2 | ПРОИСШЕСТВИЯ",
 * "3. SPORT"), saved as one article file named after one of them ("823_oblomki_sputnika_verkhny_tarlyk.txt"). The file
 * is about that story: the other stories, the digest's header and its contents are not its text.
 */

/** A digest's section head: its number and its rubric in capitals; group 1 is the number. */
const SECTION_HEAD = /^(\d{1,2})\s*[|.·)]\s*[\p{Lu}][\p{Lu}\s&-]{1,40}$/u;
/** A rule line around a section head. */
const RULE = /^(?:[-=_─━═~*]\s?){3,}$/u;
/** Fewest of the file name's words a section must have for the file to be about it. */
const MIN_SHARE = 0.5;

/**
 * A word's key for matching a file name's Latin words to a text's words in any script: transliterated, in lower case,
 * without vowels (transliterations differ in them: "verkhny", «Верхний» → "verhniy"), "kh" as "h", its first four letters.
 */
function wordKey(word: string): string {
  return transliterate(word)
    .toLowerCase()
    .replace(/kh/gu, "h")
    .replace(/[^a-z]/gu, "")
    .replace(/(?!^)[aeiouy]/gu, "")
    .replace(/^[aeiouy]/u, "")
    .slice(0, 4);
}

/** The keys of a file name's words: without the number, the extension and words under four letters. */
function fileNameKeys(id: string): Set<string> {
  const stem = id.replace(/\.[a-z]+$/iu, "").replace(/^\d+[_-]/u, "");
  return new Set(
    stem
      .split(/[_\-\s.]+/u)
      .filter((word) => word.length >= 4 && !/\d/u.test(word))
      .map(wordKey)
      .filter((key) => key.length >= 3),
  );
}

/**
 * The lines of the digest's section the file is named after: its lines without its head (its headline comes first),
 * when the text has two numbered section heads or more (see `SECTION_HEAD`, numbered 1, 2, …) and one section holds at
 * least `MIN_SHARE` of the file name's words, more than any other. Null otherwise. Pure.
 */
export function digestStory(lines: readonly string[], id: string): string[] | null {
  const heads = lines.flatMap((line, i) => (SECTION_HEAD.exec(line)?.[1] === undefined ? [] : [i]));
  if (heads.length < 2 || heads.some((at, k) => SECTION_HEAD.exec(lines[at] ?? "")?.[1] !== String(k + 1))) return null;
  const keys = fileNameKeys(id);
  if (keys.size === 0) return null;
  const sections = heads.map((at, k) => {
    const body = lines.slice(at + 1, heads[k + 1] ?? lines.length);
    const found = new Set(body.join(" ").split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 4).map(wordKey));
    return { body, share: [...keys].filter((key) => found.has(key)).length / keys.size };
  });
  const ranked = [...sections].sort((a, b) => b.share - a.share);
  const best = ranked[0];
  if (best === undefined || best.share < MIN_SHARE || (ranked[1]?.share ?? 0) >= best.share) return null;
  // (The rules around the section's head go with it; a rule after its text closes it: the digest's footer follows.)
  const filled = best.body.findIndex((line) => line !== "" && !RULE.test(line));
  const close = best.body.findIndex((line, i) => i > filled && RULE.test(line));
  const body = best.body.slice(0, close < 0 ? best.body.length : close);
  while (body.length > 0 && (body[0] === "" || RULE.test(body[0] ?? ""))) body.shift();
  while (body.length > 0 && (body.at(-1) === "" || RULE.test(body.at(-1) ?? ""))) body.pop();
  return body;
}

/** A newsletter's section heading: a line in capitals of two to ten words (digits and signs allowed), no lower-case letter, no markup. */
const CAPITALS_HEADING = /^(?=(?:\S+\s+){1,9}\S+$)(?![#>|*_])[^\p{Ll}]*\p{Lu}{2}[^\p{Ll}]*$/u;
/** Fewest section headings that make a text a newsletter of sections. */
const MIN_NEWSLETTER_SECTIONS = 3;

/**
 * The index of the section heading a newsletter's file is named after: the text opens with a section under a heading in
 * capitals (see `CAPITALS_HEADING`) that holds none of the file name's words, has `MIN_NEWSLETTER_SECTIONS` such headings or more, each under a blank line or a rule, and one heading holds at least `MIN_SHARE` of the file name's words, more than any other ("TRAVEL UPDATE: CADDOW
 * BRIDGE CLOSED" in "835_caddow_bridge_newsletter.txt"). That heading is the file's story's headline; the other sections
 * are not mistaken for it. Null otherwise. Pure.
 */
export function namedSectionHeading(lines: readonly string[], id: string): number | null {
  const isAlone = (i: number): boolean => [lines[i - 1]].every((line) => line === undefined || line === "" || RULE.test(line));
  const heads = lines.flatMap((line, i) => (CAPITALS_HEADING.test(line) && !RULE.test(line) && isAlone(i) ? [i] : []));
  const first = lines.findIndex((line) => line !== "");
  if (heads.length < MIN_NEWSLETTER_SECTIONS || heads[0] !== first) return null;
  const keys = fileNameKeys(id);
  if (keys.size === 0) return null;
  const shares = heads.map((at) => {
    const found = new Set((lines[at] ?? "").split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 4).map(wordKey));
    return { at, share: [...keys].filter((key) => found.has(key)).length / keys.size };
  });
  // (The opening section is another story: a headline naming the file's words opens a text that is about it.)
  if ((shares[0]?.share ?? 0) > 0) return null;
  const ranked = [...shares].sort((a, b) => b.share - a.share);
  const best = ranked[0];
  if (best === undefined || best.share < MIN_SHARE || (ranked[1]?.share ?? 0) >= best.share) return null;
  return best.at;
}

/** How many times longer than any other section a newsletter's lead story is. */
const LEAD_SECTION_FACTOR = 2;
/** Fewest words of a lead story's heading: a headline, not a section's label ("KEY NUMBERS", "WHAT'S ON"). */
const MIN_LEAD_HEADLINE_WORDS = 5;

/**
 * The index of a newsletter's lead story's heading when none is named after the file: the text opens with a section under a
 * heading in capitals, has `MIN_NEWSLETTER_SECTIONS` such headings or more (see `namedSectionHeading`), and one section (its
 * heading's line to the next heading) holds at least `LEAD_SECTION_FACTOR` times as many characters as any other ("NINE YACHTS
 * LOST IN NIGHT FIRE ON C PONTOON" among "FROM THE COMMODORE", "WHAT'S ON" and "NOTICES" of a club's bulletin). That section is
 * the bulletin's story; its heading, of `MIN_LEAD_HEADLINE_WORDS` words or more, is the headline. Null otherwise, and when the
 * opening section is the longest (its heading is the headline already). Pure.
 */
export function leadSectionHeading(lines: readonly string[]): number | null {
  const isAlone = (i: number): boolean => [lines[i - 1]].every((line) => line === undefined || line === "" || RULE.test(line));
  const heads = lines.flatMap((line, i) => (CAPITALS_HEADING.test(line) && !RULE.test(line) && isAlone(i) ? [i] : []));
  const first = lines.findIndex((line) => line !== "");
  if (heads.length < MIN_NEWSLETTER_SECTIONS || heads[0] !== first) return null;
  const sizes = heads.map((at, k) => ({ at, chars: lines.slice(at + 1, heads[k + 1] ?? lines.length).join("").length }));
  const ranked = [...sizes].sort((a, b) => b.chars - a.chars);
  const best = ranked[0];
  if (best === undefined || best.at === first || best.chars < LEAD_SECTION_FACTOR * (ranked[1]?.chars ?? 0)) return null;
  return (lines[best.at] ?? "").split(/\s+/u).filter((word) => /\p{L}/u.test(word)).length >= MIN_LEAD_HEADLINE_WORDS ? best.at : null;
}
