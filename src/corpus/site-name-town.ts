/**
 * A site's name read from its page's heading with its town after a dot («Груминг-салон «Лапушка» · Новоборовск», "Harbour Yarns ·
 * Ashby") is the name alone when the page's copyright line names it without the town («© 2019–2032 Груминг-салон «Лапушка», ИП …»):
 * the town says where the business is, not what it is called.
 */
import { footerCopyrightLine } from "./footer-copyright.ts";

/** A town of one to three words after the name and a dot; group 1 is the name. */
const NAME_AND_TOWN = /^(.{3,80}?)\s+·\s+\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,2}$/u;

/** The outlet without its town when the page's copyright names it so (see the module's note); else the outlet as given. */
export function withoutSiteTown(outlet: string | null, lines: readonly string[]): string | null {
  // (Cheap test first: a dot in the name.)
  if (outlet === null || !outlet.includes(" · ")) return outlet;
  const name = NAME_AND_TOWN.exec(outlet)?.[1];
  if (name === undefined) return outlet;
  return footerCopyrightLine(lines, (line) => line.includes(name) && !line.includes(outlet)) === null ? outlet : name;
}
