/**
 * A small business's blog on its site: the blog's label, a row of its categories ("Categories: Test tips | Road safety | …",
 * «Рубрики: …»), then the post's category marked by arrows ("» Road safety", ">> Road safety") over the post's headline. The
 * post runs down to the next rule; its headline is the title. The site's head and its blocks between rules above the blog (a price
 * list, the blog's label), the categories' row, the marker, the post's share row and the site's footer under the rule are
 * furniture; the footer's copyright names the outlet.
 */

/** A blog's categories row: its word, then names between bars or dots. */
const CATEGORIES_ROW = /^(?:categories|topics|рубрики|категории|темы)\s*:\s*(.+)$/iu;
/** A post's category marker: arrows, then a name. */
const CATEGORY_MARKER = /^(?:>>|»|→|▸|►)\s*(.+)$/u;
/** Most filled lines between the categories' row and the marker. */
const MAX_LINES_TO_MARKER = 2;
/** A footer's copyright line and its owner ("© Clearview Driving School 2012–2031", «© Автошкола «Старт», 2031»). */
const COPYRIGHT_OWNER = /^(?:©|\(c\))\s*(?:\d{4}(?:[–-]\d{4})?\s+)?(\p{L}[^©]{1,60}?),?\s+(?:\d{4}(?:[–-]\d{4})?)\.?$/iu;
/** Longest headline (characters). */
const MAX_TITLE_CHARS = 150;

/** What a blog post under its category gives: the post's text, its headline and the site's name from the footer's copyright. */
export interface BlogCategoryPost {
  lines: string[];
  title: string;
  site: string | null;
}

/** Reads a blog post under its category's marker (see the module's note); `null` when no marker names one of the row's categories. */
export function readBlogCategoryPost(lines: readonly string[], isRule: (line: string) => boolean): BlogCategoryPost | null {
  for (let r = 0; r < lines.length; r++) {
    const line = (lines[r] ?? "").trim();
    // (Cheap test first: the row opens with its word and a colon.)
    const colon = line.indexOf(":");
    if (colon < 4 || colon > 10) continue;
    const names = CATEGORIES_ROW.exec(line)?.[1]?.split(/\s+[|·•/]\s+/u).map((name) => name.trim().toLowerCase());
    if (!names || names.length < 2) continue;
    let filled = 0;
    for (let m = r + 1; m < lines.length && filled < MAX_LINES_TO_MARKER; m++) {
      const markerLine = (lines[m] ?? "").trim();
      if (markerLine === "") continue;
      filled++;
      const name = CATEGORY_MARKER.exec(markerLine)?.[1]?.trim().toLowerCase();
      if (name === undefined || !names.includes(name)) continue;
      let h = m + 1;
      while (h < lines.length && (lines[h] ?? "").trim() === "") h++;
      const title = (lines[h] ?? "").trim();
      if (title === "" || title.length > MAX_TITLE_CHARS || /[.:;]$/u.test(title) || h + 1 >= lines.length) return null;
      // (The post runs down to the next rule; the site's head and blocks above it and the footer under that rule go, the footer's
      // copyright naming the site.)
      const end = lines.findIndex((ruleLine, i) => i > h && isRule(ruleLine.trim()));
      const owner = end < 0 ? undefined : lines.slice(end).map((footerLine) => COPYRIGHT_OWNER.exec(footerLine.trim())?.[1]).find((name) => name !== undefined);
      return { lines: lines.slice(h + 1, end < 0 ? lines.length : end), title, site: owner ?? null };
    }
  }
  return null;
}
