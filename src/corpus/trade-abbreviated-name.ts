/**
 * A firm's name whose last word is an abbreviation with its period: its legal form or its company word ("THE LITTLE TALLOW SOAP
 * CO.", "Harlow & Sons Ltd.", "Brightwater Bros.", "Acme Inc.", «Петров и Ко.», «Кузнецов и К°.») or its owner's initials («ИП
 * Лыкова А. С.», «Мастерская Гусева И. В.»). A reader of a site's head takes a line ending in a period for a sentence, not a
 * name, and so passed such a firm's name over and took the next line of the head (a "Skip to content" link, a banner) for the
 * site; the abbreviation's period ends the name, not a sentence. Only a short name qualifies, its abbreviation after a space
 * (one word before it at least). Pure.
 */

/** A company word or legal form closing the name, after a space: "Co.", "Ltd.", "& Co.", «и Ко.», «и К°.». */
const COMPANY_WORD = /\S\s+(?:(?:&|and|и)\s+)?(?:co|ltd|inc|corp|bros|llc|plc|pty|к[оo°])\.$/iu;
/** One or two initials closing the name after a capitalised surname: «Лыкова А. С.», "Pike J.". */
const INITIALS = /\s\p{Lu}\p{Ll}+\s+\p{Lu}\.(?:\s*\p{Lu}\.)?$/u;
/** A sentence's stop inside the name: a period, "!" or "?" before a space, not an initial's ("А. С."). */
const INNER_STOP = /(?<!(?:^|\s)\p{Lu})[.!?]\s/u;
/** Longest name (characters). */
const MAX_NAME_CHARS = 60;

/** Whether `name` ends with an abbreviation's period rather than a sentence's (see the module's note). */
export function endsWithNameAbbreviation(name: string): boolean {
  const text = name.trim();
  return text.length <= MAX_NAME_CHARS && (COMPANY_WORD.test(text) || INITIALS.test(text)) && !INNER_STOP.test(text);
}
