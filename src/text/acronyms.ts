import { isStopWord } from "./stop-words.ts";
import { foldCase } from "./stem.ts";

/** An acronym in brackets: "(CSTO)", «(ОДКБ)». */
const BRACKETED = /\((\p{Lu}[\p{Lu}\p{N}]{1,9})\)/gu;
/** How far back (characters) the full name of a bracketed acronym is looked for. */
const LOOK_BACK_CHARS = 200;

/**
 * Acronyms an article spells out itself — "Collective Security Treaty Organization (CSTO)",
 * «Организация Договора о коллективной безопасности (ОДКБ)» — as groups `[acronym, full name]`.
 * The full name is the shortest run of words before the brackets whose significant words'
 * initials spell the acronym (stop words such as "of", «о» may be skipped). Pure.
 */
export function learnAcronyms(text: string): string[][] {
  const groups: string[][] = [];
  const seen = new Set<string>();
  for (const match of text.matchAll(BRACKETED)) {
    const acronym = match[1] ?? "";
    const before = text.slice(Math.max(0, match.index - LOOK_BACK_CHARS), match.index);
    const words = (before.match(/[\p{L}\p{M}'’-]+/gu) ?? []).slice(-12);
    const letters = [...foldCase(acronym)].filter((c) => /\p{L}/u.test(c));
    for (let from = words.length - 1; from >= 0; from--) {
      const candidate = words.slice(from);
      const initials = candidate.filter((w) => !isStopWord(foldCase(w))).map((w) => foldCase(w)[0] ?? "");
      if (initials.length > letters.length) break;
      if (initials.join("") === letters.join("")) {
        const name = candidate.join(" ");
        const key = `${acronym}|${foldCase(name)}`;
        if (!seen.has(key)) {
          seen.add(key);
          groups.push([acronym, name]);
        }
        break;
      }
    }
  }
  return groups;
}
