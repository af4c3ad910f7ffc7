/**
 * A site's name inside a heading's or bold marks, as a shop's or club's Markdown head writes it: a pictograph may stand between the
 * marks and the name ("# ⚡ «Вольт-Сервис»", "**🥩 МЯСНАЯ ЛАВКА «КУЗЬМИЧ»** — фермерское мясо", "# 🏊 Riverside Swim School"), and a
 * heading may give the town after a dot ("# ⛸ Ледовая арена «Кристалл» · Старолесск", "# Hollins Riding School · Ashby"). The
 * pictograph is the site's logo and the town where it stands; neither is part of the name its footer repeats («© 2019–2031
 * «Кузьмич»», "© 2031 Riverside Swim School Ltd"), so a reader of the head's name that kept them never met it again. Pure.
 */

/** Pictographs (and their variation selectors) right after a heading's or bold marks opening a line; group 1 the marks. */
const MARKED_PICTOGRAPHS = /^(#{1,3}\s+|\*\*|__)(?:[\p{Extended_Pictographic}\u2600-\u27BF]\uFE0F?\s*)+/u;
/** A name's place after a dot: a word or two in a capital; group 1 the name before it. */
const PLACE_AFTER_DOT = /^(\S.*?\S)\s+·\s+\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?$/u;

/** The line without the pictographs its heading's or bold marks open with (the marks kept). */
export function withoutMarkedPictographs(line: string): string {
  return line.replace(MARKED_PICTOGRAPHS, "$1");
}

/** The name without a place after a dot (see the module's note), or null when it gives none. */
export function nameBeforePlace(name: string): string | null {
  return PLACE_AFTER_DOT.exec(name)?.[1] ?? null;
}
