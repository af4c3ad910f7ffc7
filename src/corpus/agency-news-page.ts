/**
 * A public body's news page: the parent body's name in bold over the body's own name in a heading ("**Федеральная служба по труду и
 * занятости**" over "## Государственная инспекция труда в …"), a hotline box in a quote ("> ### ☎ Горячая линия …" with its
 * numbers, hours and reception), a rule, the news section's heading ("### Новости инспекции", "### Latest news"), the item's stamp,
 * then the item's headline in a level-1 heading; after the item, a memo box under a rule ("**Памятка работнику при сокращении**",
 * "**Know your rights**"). The headline is the title, the body's own name the outlet; the head, the hotline box, the section's
 * heading, the memo box and the footer under the last rule opened by the copyright line are the site's furniture.
 */

/** A page's news section named in its heading («Новости инспекции», "Latest news", «Пресс-центр»). */
const NEWS_SECTION = /^(?:\p{L}+\s+)?(?:новости|news|newsroom|пресс-центр|пресс-релизы|press releases|press cent(?:re|er))(?:\s+\p{L}+){0,2}$/iu;
/** A hotline box's first line ("☎ Горячая линия …", "Helpline: …", «Телефон доверия …»). */
const HOTLINE = /(?:горяч\p{L}* лини|телефон доверия|hotline|helpline)/iu;
/** A memo box's bold heading («**Памятка работнику …**», "**Know your rights**", "**What to do if …**"). */
const MEMO = /^\*\*(?:памятка|советы|что делать|как действовать|know your rights|tips|what to do|advice)(?![\p{L}])[^*]*\*\*$/iu;
/** A Markdown heading's marks. */
const HEADING_MARKS = /^#{1,6}\s+/u;
/** Most filled lines between the news section's heading and the item's headline (its stamp). */
const MAX_LINES_TO_HEADLINE = 2;
/** Most filled lines of the footer under the last rule. */
const MAX_FOOTER_LINES = 4;
/** Longest headline (characters). */
const MAX_HEADLINE_CHARS = 250;

/** What a body's news page gives: its lines without the furniture, the item's headline and the body's name. */
export interface AgencyNewsPage {
  lines: string[];
  title: string;
  body: string | null;
}

/** A heading's or a bold line's words without their marks, a quote's mark and pictographs. */
function plain(line: string): string {
  return line
    .replace(/^>\s*/u, "")
    .replace(HEADING_MARKS, "")
    .replace(/^\*\*(.*)\*\*$/u, "$1")
    .replace(/^[\p{Extended_Pictographic}\uFE0F]+\s*/u, "")
    .trim();
}

/**
 * Reads a body's news page (see the module's note): `null` unless a level-1 heading below the page's top stands at most
 * `MAX_LINES_TO_HEADLINE` filled lines under a news section's heading. `isRule` tells a rule.
 */
export function readAgencyNewsPage(lines: readonly string[], isRule: (line: string) => boolean): AgencyNewsPage | null {
  const filled = lines.flatMap((line, i) => ((line ?? "").trim() === "" ? [] : [i]));
  for (let k = 2; k < filled.length; k++) {
    const at = filled[k] ?? 0;
    const line = lines[at] ?? "";
    // (A cheap test first: a level-1 heading.)
    if (!line.startsWith("# ")) continue;
    const title = plain(line);
    if (title.length > MAX_HEADLINE_CHARS || /[.,;:…]$/u.test(title)) return null;
    const section = filled.slice(Math.max(0, k - MAX_LINES_TO_HEADLINE), k).find((i) => HEADING_MARKS.test(lines[i] ?? "") && NEWS_SECTION.test(plain(lines[i] ?? "")));
    if (section === undefined) return null;
    const drop = new Set<number>([at, section]);
    // (The head: the parent body in bold over the body's own name in a heading.)
    const [first, second] = filled;
    let body: string | null = null;
    if (first !== undefined && second !== undefined && /^\*\*[^*]+\*\*$/u.test((lines[first] ?? "").trim()) && /^##\s/u.test(lines[second] ?? "")) {
      body = plain(lines[second] ?? "");
      drop.add(first).add(second);
    }
    // (The hotline box: a quote opened by the hotline's heading, above the section.)
    for (const i of filled) {
      if (i >= section || !(lines[i] ?? "").startsWith(">") || ((lines[i - 1] ?? "").startsWith(">")) || !HOTLINE.test(lines[i] ?? "")) continue;
      for (let j = i; j < lines.length && (lines[j] ?? "").startsWith(">"); j++) drop.add(j);
    }
    // (The memo box under a rule after the item, down to the next rule.)
    for (const i of filled) {
      if (i <= at || !isRule((lines[i] ?? "").trim())) continue;
      const next = filled.find((j) => j > i);
      if (next === undefined || !MEMO.test((lines[next] ?? "").trim())) continue;
      for (let j = next; j < lines.length && !isRule((lines[j] ?? "").trim()); j++) drop.add(j);
    }
    // (The footer under the last rule opened by the copyright line: the owner, the address, the site's legal note.)
    const last = filled.findLast((i) => isRule((lines[i] ?? "").trim())) ?? -1;
    const footer = filled.filter((i) => i > last);
    if (last > at && footer.length <= MAX_FOOTER_LINES && /^(?:©|\(c\))/iu.test((lines[footer[0] ?? 0] ?? "").trim())) for (const i of [last, ...footer]) drop.add(i);
    return { lines: lines.filter((_line, i) => !drop.has(i)), title, body };
  }
  return null;
}
