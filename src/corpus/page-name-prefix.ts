/**
 * A site's name that its footer shortens to its first words: the head spells the clinic's, studio's or shop's full name
 * ("HEXLEY BRIDGE PHYSIOTHERAPY & SPORTS INJURY CLINIC", «СТУДИЯ ТАНЦА «ПИРУЭТ» И ДЕТСКИЙ ЦЕНТР»), the company line or the
 * copyright only the firm's own first words ("© 2026 Hexley Bridge Physiotherapy Ltd", «© 2020 Студия танца «Пируэт»»); an
 * address naming the town the name opens with ("Find us: Hexley Bridge station") is no such line. Those first words, two at
 * least, are the name the site goes by, spelled as the footer spells them; a part ending on a joining word ("&", "and", «и»,
 * «на») is not one. Read only when the footer repeats the whole name nowhere. Pure.
 */

/** A copyright's or company's line: its mark, a company's form or its registration. */
const FIRM_LINE = /©|\(c\)|\b(?:ltd|limited|llp|plc|inc|company\s+no)\b|(?:^|[\s«"])(?:ООО|ИП|АО|МАУ|МБУ|ОГРН|ОГРНИП|ИНН)(?=[\s«"]|$)/iu;
/** Fewest words the shortened name keeps. */
const MIN_WORDS = 2;
/** A word that joins two parts of a name and cannot end one. */
const JOINING_WORD = /^(?:&|and|of|the|и|для|по|на)$/iu;

/** The name's first words (two at least, fewer than all) as a footer line spells them, the longest that one does; or null. */
export function footerNamePrefix(name: string, footer: readonly string[]): string | null {
  const words = name.trim().split(/\s+/u);
  for (let k = words.length - 1; k >= MIN_WORDS; k--) {
    if (JOINING_WORD.test(words[k - 1] ?? "")) continue;
    const prefix = words.slice(0, k).join(" ").toLowerCase();
    for (const line of footer) {
      if (!FIRM_LINE.test(line)) continue;
      const at = line.toLowerCase().indexOf(prefix);
      const after = line.charAt(at + prefix.length);
      // (The words end where a word ends in the footer: "Physiotherapy Ltd", not "Physiotherapists".)
      if (at >= 0 && !/[\p{L}\p{N}]/u.test(after) && (at === 0 || !/[\p{L}\p{N}]/u.test(line.charAt(at - 1)))) return line.slice(at, at + prefix.length);
    }
  }
  return null;
}
