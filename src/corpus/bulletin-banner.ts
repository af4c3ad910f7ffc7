/**
 * A society's page in plain text with its numbered news bulletin set off under a banner between rules ("NEWS BULLETIN No. 112 -
 * JUNE 2025", «ВЕСТНИК № 14 — ИЮНЬ 2031»): the headline right under the banner is the story's title, not the banner. Everything
 * above the headline goes (the society's head, its timetables and tours before the bulletin, the banner); the bulletin's text
 * stays as it is, down to the next rule drawn like the banner's. The footer under that rule goes; its copyright line names the
 * society, the outlet ("(c) Northern Cliff Lift Society 2025").
 */

/** A bulletin's banner: its name, its number, maybe its month. */
const BANNER = /^(?:(?:news|members'?|society)\s+)?(?:bulletin|newsletter)\s+no\.?\s*\d{1,4}\b.{0,30}$|^(?:вестник|бюллетень|информационный листок)\s*№\s*\d{1,4}\b.{0,30}$/iu;
/** The characters a rule is drawn with. */
const RULE_CHARS = "-=*_─━═—";
/** The longest banner (characters). */
const MAX_BANNER_CHARS = 70;
/** The longest headline (characters). */
const MAX_HEADLINE_CHARS = 160;

/** A copyright line's owner, with the years before or after it left out; group 1. */
const COPYRIGHT_OWNER = /^(?:©|\(c\))\s*(?:\d{4}(?:\s*[–—-]\s*\d{4})?,?\s+)?(\D{2,80}?)(?:,?\s+\d{4}(?:\s*[–—-]\s*\d{4})?)?\.?$/iu;

/** What the reader gives: the bulletin's lines, its headline and the footer copyright's owner. */
export interface BulletinBanner {
  lines: string[];
  title: string;
  owner: string | null;
}

/** Reads a page's bulletin under its banner between rules (see the module's note); null when the page has none. `isRule` tells a rule. */
export function readBulletinBanner(lines: readonly string[], isRule: (line: string) => boolean): BulletinBanner | null {
  for (let i = 1; i + 1 < lines.length; i++) {
    // (Cheap test first: a short line right under a line opening with a rule's character.)
    if (!RULE_CHARS.includes((lines[i - 1] ?? "").charAt(0) || "?")) continue;
    const line = (lines[i] ?? "").trim();
    if (line === "" || line.length > MAX_BANNER_CHARS) continue;
    if (!isRule((lines[i - 1] ?? "").trim()) || !isRule((lines[i + 1] ?? "").trim()) || !BANNER.test(line)) continue;
    let at = i + 2;
    while (at < lines.length && (lines[at] ?? "").trim() === "") at++;
    const headline = (lines[at] ?? "").trim();
    if (headline.length < 10 || headline.length > MAX_HEADLINE_CHARS || (/[.!?]$/u.test(headline) && !/["»”]$/u.test(headline))) return null;
    let next = at + 1;
    while (next < lines.length && (lines[next] ?? "").trim() === "") next++;
    if (next >= lines.length || isRule((lines[next] ?? "").trim())) return null;
    const rule = (lines[i + 1] ?? "").trim();
    let end = at + 1;
    while (end < lines.length && (lines[end] ?? "").trim() !== rule) end++;
    let owner: string | null = null;
    for (let j = end + 1; j < lines.length && owner === null; j++) owner = COPYRIGHT_OWNER.exec((lines[j] ?? "").trim())?.[1]?.trim() ?? null;
    return { lines: lines.slice(at + 1, end), title: headline, owner };
  }
  return null;
}
