import { isStopWord } from "./stop-words.ts";
import { foldCase } from "./stem.ts";

/** "Full Name (ABBR)": up to 10 words, then an acronym in brackets. */
const SPELLED_OUT = /((?:[\p{L}\p{M}'’-]+\s+){1,10}?[\p{L}\p{M}'’-]+)\s*\((\p{Lu}[\p{Lu}\p{N}]{1,9})\)/gu;

/**
 * Acronyms an article spells out itself — "Collective Security Treaty Organization (CSTO)",
 * «Организация Договора о коллективной безопасности (ОДКБ)» — as groups `[acronym, full name]`.
 * The full name is the shortest run of words before the brackets whose significant words'
 * initials spell the acronym (stop words such as "of", «о» may be skipped). Pure.
 */
export function learnAcronyms(text: string): string[][] {
  const groups: string[][] = [];
  const seen = new Set<string>();
  for (const match of text.matchAll(SPELLED_OUT)) {
    const acronym = match[2] ?? "";
    const words = (match[1] ?? "").split(/\s+/);
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
