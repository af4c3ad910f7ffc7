/**
 * A page's copyright line at its foot ("© 2019–2032 Груминг-салон «Лапушка», ИП …", "(c) 2031 Harbour Yarns"): shop, club and
 * studio pages name themselves there, so a name the page opens with is its site's name when that line repeats it.
 */

/** Filled lines at a page's end looked at for its copyright line. */
export const FOOTER_COPYRIGHT_LINES = 6;

/**
 * The first copyright line (with "©" or "(c)"), from the page's end up, among its last `FOOTER_COPYRIGHT_LINES` filled lines
 * below line `above`, that `accepts` takes (the line trimmed); or null. Pure.
 */
export function footerCopyrightLine(lines: readonly string[], accepts: (line: string) => boolean, above = -1): string | null {
  for (let i = lines.length - 1, seen = 0; i > above && seen < FOOTER_COPYRIGHT_LINES; i--) {
    const line = (lines[i] ?? "").trim();
    if (line === "") continue;
    seen++;
    if ((line.includes("©") || line.toLowerCase().includes("(c)")) && accepts(line)) return line;
  }
  return null;
}
