/**
 * A page's copyright line at its foot ("© 2019–2032 Груминг-салон «Лапушка», ИП …", "(c) 2031 Harbour Yarns"): shop, club and
 * studio pages name themselves there, so a name the page opens with is its site's name when that line repeats it; and its year
 * is the year of the page's stamps written without one («29 октября»).
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

/** A copyright's year, or the last of its span ("© 2019–2032"); group 1 is that year. */
const COPYRIGHT_YEAR = /(?:©|\(c\))[^\d\n]{0,40}(?:\d{4}\s*[–—-]\s*)?(\d{4})/iu;
/** A copyright's span of years ("© 2012–2025"); group 1 is its last year. */
const COPYRIGHT_SPAN = /(?:©|\(c\))[^\d\n]{0,40}\d{4}\s*[–—-]\s*(\d{4})/iu;

/** The year of the page's copyright line (the last of a span), or null: a page's stamps without a year are of it. Pure. */
export function copyrightYear(lines: readonly string[]): string | null {
  return yearOf(lines, COPYRIGHT_YEAR);
}

/**
 * The last year of the page's copyright span, or null when its copyright gives one year only (that may be the year the site was
 * made, not the page's: "© 2019" under a post of "Monday 14 July"). Pure.
 */
export function copyrightSpanYear(lines: readonly string[]): string | null {
  return yearOf(lines, COPYRIGHT_SPAN);
}

/** The year `pattern` (group 1) reads in the page's copyright line, or null. */
function yearOf(lines: readonly string[], pattern: RegExp): string | null {
  const line = footerCopyrightLine(lines, (text) => pattern.test(text));
  return line === null ? null : (pattern.exec(line)?.[1] ?? null);
}
