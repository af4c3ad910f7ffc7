/**
 * The name a shop's or small firm's page states in its head — a level-1 heading, a bold name opening a line, or a name in
 * capitals before its tagline, town or contacts after a dot, a dash or a bar ("KINGFISHER TACKLE & BAIT · ORMSLEY", "HOLLINS &
 * MARSH — Estate Agents · Lettings", «**ТАЛЬМА-ДРАЙВ** · прокат автомобилей», «# Центр хорошего слуха «Камертон»») — read as the
 * site's name only when the page's last lines name it again: its copyright, its company line, its address ("© 2031 Lowfield Farm
 * Equestrian Centre", "Kingfisher Tackle & Bait Ltd · Company no. …", «ООО «Тальма-Драйв» · ИНН …», «© 2029 «Камертон»»). A
 * contact row above it ("Call the yard: 01632 …", «📞 +7 …») is passed over. A name in capitals is spelled as those lines spell
 * it; when they spell only its quoted part, its kind keeps its first capital («ШИНОМОНТАЖ «КОЛЕСО 24»» over «© 2019–2025 «Колесо
 * 24»» is «Шиномонтаж «Колесо 24»»). Pure.
 */

import { withGuillemetInnerQuotes } from "./page-inner-quotes.ts";
import { nameBeforePlace, withoutMarkedPictographs } from "./page-marked-name.ts";
import { footerNamePrefix } from "./page-name-prefix.ts";
import { LEADING_PICTOGRAPHS } from "./pictographs.ts";
import { endsWithNameAbbreviation } from "./trade-abbreviated-name.ts";

/** A level-1 heading's name, before a tagline after a dash or a bar; group 1. */
const HEADING_NAME = /^#\s+(.+?)(?:\s+[—–|]\s.*)?$/u;
/** A bold name opening its line, alone or before a dot, a dash or a bar; group 1. */
const BOLD_NAME = /^\*\*([^*]+)\*\*(?:\s+[·—–|]\s.*)?$/u;
/** A line's first part, before a dot, a dash or a bar; group 1. */
const FIRST_PART = /^(.+?)(?:\s+[·—–|]\s.*)?$/u;
/** Shortest and longest name (characters). */
const MIN_NAME_CHARS = 3;
const MAX_NAME_CHARS = 60;
/** Filled lines at the page's end looked at for the name. */
const FOOTER_LINES = 8;

/** A name in capitals: no lower-case letter, at least three capitals in a row. */
function inCapitals(name: string): boolean {
  return !/\p{Ll}/u.test(name) && /\p{Lu}{3}/u.test(name);
}

/** The name a head's line states (see the module's note), or null. */
function statedName(line: string, wide: boolean): string | null {
  // (Read wide, pictographs inside a heading's or bold marks go too: see `withoutMarkedPictographs`.)
  const text = wide ? withoutMarkedPictographs(line.trim().replace(LEADING_PICTOGRAPHS, "")) : line.trim().replace(LEADING_PICTOGRAPHS, "");
  const first = FIRST_PART.exec(text)?.[1];
  const name = (HEADING_NAME.exec(text)?.[1] ?? BOLD_NAME.exec(text)?.[1] ?? (first !== undefined && inCapitals(first) ? first : undefined))?.trim();
  if (name === undefined || name.length < MIN_NAME_CHARS || name.length > MAX_NAME_CHARS) return null;
  // (A name opens with a letter or a quote and is no sentence, label or number: "+7 (3519) 55-12-40", "Call the yard:".)
  // (A period closing a firm's legal form or its owner's initials ends no sentence: "THE LITTLE TALLOW SOAP CO.", see
  // `endsWithNameAbbreviation`.)
  return /^[\p{L}«"]/u.test(name) && (!/[.!?:;,]$/u.test(name) || endsWithNameAbbreviation(name)) && !/\d{3}/u.test(name) ? name : null;
}

/** The name as the footer's lines spell it (see the module's note), or null when they do not name it. */
function spelledInFooter(name: string, footer: readonly string[]): string | null {
  const lower = name.toLowerCase();
  for (const line of footer) {
    const at = line.toLowerCase().indexOf(lower);
    if (at >= 0) return inCapitals(name) ? line.slice(at, at + name.length) : name;
  }
  // (Its quoted part alone: «Камертон» of «Центр хорошего слуха «Камертон»».)
  const quoted = /^(\S.*?)\s*(«[^«»]+»)$/u.exec(name);
  if (quoted === null) return null;
  const [, kind = "", part = ""] = quoted;
  for (const line of footer) {
    const at = line.toLowerCase().indexOf(part.toLowerCase());
    if (at < 0) continue;
    if (!inCapitals(name)) return name;
    return `${kind.charAt(0)}${kind.slice(1).toLowerCase()} ${line.slice(at, at + part.length)}`;
  }
  return null;
}

/**
 * The site's name stated in the head (lines before `headEnd`) and named again at the page's end (see the module's note), or null.
 * Read `wide` (by a post's reader that has found the post's crumb trail, headline and posting line, so the head is the site's),
 * the name may also stand after a pictograph inside its marks or before a place after a dot, the footer may set quotes inside
 * quotes low-high or shorten the name to its first words (see `withoutMarkedPictographs`, `nameBeforePlace`,
 * `withGuillemetInnerQuotes`, `footerNamePrefix`).
 */
export function headSiteName(lines: readonly string[], headEnd: number, wide = false): string | null {
  const footer: string[] = [];
  for (let i = lines.length - 1; i >= headEnd && footer.length < FOOTER_LINES; i--) {
    const line = lines[i] ?? "";
    if (line.trim() !== "") footer.push(wide ? withGuillemetInnerQuotes(line) : line);
  }
  const names: string[] = [];
  for (let i = 0; i < headEnd; i++) {
    const name = statedName(lines[i] ?? "", wide);
    if (name === null) continue;
    names.push(name);
    const spelled = spelledInFooter(name, footer);
    if (spelled !== null) return spelled;
    if (!wide) continue;
    const before = nameBeforePlace(name);
    const spelledBefore = before === null ? null : spelledInFooter(before, footer);
    if (spelledBefore !== null) return spelledBefore;
  }
  for (const name of wide ? names : []) {
    const prefix = footerNamePrefix(name, footer);
    if (prefix !== null) return prefix;
  }
  return null;
}
