/**
 * A club's, charity's or small firm's own page opens with its name, in capitals or in a level-1 heading (a logo's picture may stand
 * above it), a tagline or a registration after a dot or a dash ("1st ASHBY SCOUT GROUP", "SEAWATCH LIFEBOATS · Registered
 * charity no. …", «# «Мастер» — ремонт бытовой техники в …»), and its footer names it again: a heading's name anywhere in the
 * footer («© 2019–2032 «Мастер»»), a name in capitals of two words or more opening a footer line, after a copyright sign or not
 * ("© 1st Ashby Scout Group 2031", "Seawatch Lifeboats, Lifeboat House, …"), or shortened after its first word ("Ashby Valley
 * CTC is run entirely by volunteers"). Such a name is the outlet when nothing else names one: as the footer spells it, or, when the
 * footer shortens it, as a name written from its capitals.
 */

import { capitalsAsName } from "./minutes.ts";

/** The page's name in a level-1 heading, before a tagline after a dash. */
const HEADING_NAME = /^#\s+(.{3,80}?)(?:\s+[—–]\s+.*)?$/u;
/** The page's name in capitals (not in quotes: a paper's or a channel's masthead), before a tagline or a registration after a dot, a bar or a dash. */
const CAPITALS_NAME = /^(?=[\p{Lu}\d])(?:[^\p{Ll}«»"]|\d(?:st|nd|rd|th)\b){3,80}?(?=\s+[·|—–]\s|$)/u;
/** Lines at the page's end looked at for its footer. */
const FOOTER_LINES = 6;
/** Least letters of the name's first word for the footer's short name to count ("Ashby Valley CTC"). */
const MIN_FIRST_WORD = 4;

/** The name without bare quotes around it (««Мастер»» → «Мастер»). */
function unquoted(name: string): string {
  return /^«[^«»]+»$/u.test(name) ? name.slice(1, -1) : name;
}

/** The page's last `FOOTER_LINES` filled lines after line `top`. */
function footerOf(lines: readonly string[], top: number): string[] {
  const footer: string[] = [];
  for (let i = lines.length - 1; i > top && footer.length < FOOTER_LINES; i--) if ((lines[i] ?? "").trim() !== "") footer.unshift(lines[i] ?? "");
  return footer;
}

/** The site's name its first line gives and its footer repeats (see the module's note), or null. Cheap: two lines' tests first. */
export function footerSiteName(lines: readonly string[]): string | null {
  const at = lines.findIndex((line) => line.trim() !== "" && !line.trim().startsWith("!["));
  const top = (lines[at] ?? "").trim();
  const heading = HEADING_NAME.exec(top)?.[1];
  if (heading !== undefined) {
    const name = unquoted(heading.trim());
    const lower = name.toLowerCase();
    for (const line of footerOf(lines, at)) {
      const at = line.toLowerCase().indexOf(lower);
      if (at >= 0) return line.slice(at, at + name.length);
    }
    return null;
  }
  const name = CAPITALS_NAME.exec(top)?.[0]?.trim() ?? "";
  const words = name.split(/\s+/u);
  if (words.length < 2 || !/\p{Lu}{3}/u.test(name)) return null;
  const lower = name.toLowerCase();
  const footer = footerOf(lines, at);
  for (const line of footer) {
    const opening = line.trim().replace(/^©\s*/u, "");
    if (opening.toLowerCase().startsWith(lower)) return opening.slice(0, name.length);
  }
  // (A footer line opened by the name's first word shortens it: the name in capitals is written as a name.)
  const word = (words[0] ?? "").toLowerCase();
  if (word.length < MIN_FIRST_WORD) return null;
  return footer.some((line) => line.trim().toLowerCase().startsWith(`${word} `)) ? capitalsAsName(name) : null;
}
