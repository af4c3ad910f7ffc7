/**
 * A shop's or small firm's plain-text page opening with its name in capitals ("FRETLINE GUITARS", «ТИПОГРАФИЯ ЛИТЕРА»), whose
 * copyright line at its foot repeats the name after the sign and the year ("© 2025 Fretline Guitars Ltd. Company no. …"). The name,
 * as the copyright spells it, is the outlet when nothing else names one.
 */
import { footerCopyrightLine } from "./footer-copyright.ts";

/** A site's name in capitals: two words or more, no lower-case letter, no sentence's mark. */
const CAPITALS_NAME = /^(?=.*\p{Lu}{3})[^\p{Ll}.!?:|·,]{3,60}$/u;

/** The name in capitals opening the page as its copyright line spells it (see the module's note), or null. Cheap: the first line's test first. */
export function copyrightSiteName(lines: readonly string[]): string | null {
  const at = lines.findIndex((line) => line.trim() !== "");
  const name = (lines[at] ?? "").trim();
  if (!CAPITALS_NAME.test(name) || name.split(/\s+/u).length < 2) return null;
  const lower = name.toLowerCase();
  const line = footerCopyrightLine(lines, (text) => text.toLowerCase().includes(lower), at);
  if (line === null) return null;
  const from = line.toLowerCase().indexOf(lower);
  return line.slice(from, from + name.length);
}
