/**
 * A business's or a club's site written in Markdown shows its standing offer in sections under their own headings, each a
 * listing of entries under bold names ("## Наши залы" / "**Большой зал** — до 120 гостей …", "## Banquet menu" /
 * "**Salads:** …", "## Prices" / "**Adult** — £12"): the site's furniture, not the story. Such a page names itself in bold at its
 * top ("**Банкетный зал «Малахит»** · Краснополянск") and again alone in its footer: that name is the outlet.
 */

/** A Markdown heading of level 2 or 3. */
const SUB_HEADING = /^#{2,3}\s+\S/u;
/** An entry under its bold name ("**Большой зал** — до 120 гостей", "**Салаты:** «Цезарь» …", "**Adult** (16+) — £12"). */
const BOLD_ENTRY = /^\*\*[^*]{2,80}(?::\*\*|\*\*\s*(?:[—–:-]|\(|$))/u;
/** Fewest entries under bold names that make a section a listing. */
const MIN_ENTRIES = 3;
/** A name in bold opening a line ("**Банкетный зал «Малахит»** · Краснополянск"). */
const BOLD_NAME = /^\*\*([^*]{3,80})\*\*/u;

/**
 * Drops (in place) every section under a level-2 or level-3 heading, down to the next heading or rule, whose filled lines are
 * mostly entries under bold names (`MIN_ENTRIES` or more) and hold no other line longer than an entry's. Cheap: only lines
 * opening with "##" are looked at unless the page has such a heading. `isRule` tells a rule. True when anything went.
 */
export function dropListingSections(lines: string[], isRule: (line: string) => boolean): boolean {
  const drop: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!(lines[i] ?? "").startsWith("##") || !SUB_HEADING.test(lines[i] ?? "")) continue;
    let end = i + 1;
    let filled = 0;
    let entries = 0;
    while (end < lines.length) {
      const line = (lines[end] ?? "").trim();
      if (line.startsWith("#") || isRule(line)) break;
      if (line !== "") {
        filled++;
        if (BOLD_ENTRY.test(line)) entries++;
      }
      end++;
    }
    if (entries >= MIN_ENTRIES && entries * 2 > filled) for (let k = i; k < end; k++) drop.push(k);
    i = end - 1;
  }
  for (const k of drop.reverse()) lines.splice(k, 1);
  return drop.length > 0;
}

/**
 * The site's name in bold opening its first filled line that a footer line repeats alone in bold (see the module's note), or
 * null. `isRule` tells a rule; the footer is what stands under the last one.
 */
export function repeatedBoldSiteName(lines: readonly string[], isRule: (line: string) => boolean): string | null {
  const first = lines.find((line) => line.trim() !== "")?.trim() ?? "";
  const name = BOLD_NAME.exec(first)?.[1];
  if (name === undefined) return null;
  const alone = `**${name}**`;
  for (let i = lines.length - 1; i > 0; i--) {
    const line = (lines[i] ?? "").trim();
    if (line === alone) return name.trim();
    if (isRule(line)) return null;
  }
  return null;
}

/** A paragraph of sentences: long, closed by a sentence's end, no list item's or bold label's line. */
const SENTENCE_LINE = /^(?![-*+>|#]|\d{1,3}[.)]\s)[^\n]{99,}[.!?…»"”]$/u;

/**
 * Drops (in place) the head of a site named in bold at its top (see `repeatedBoldSiteName`): the lines above its first rule (the
 * name with its town, its tagline, its contacts), unless one of them is a paragraph of sentences. True when they went.
 */
export function dropBoldSiteHead(lines: string[], isRule: (line: string) => boolean): boolean {
  const rule = lines.findIndex((line) => isRule(line.trim()));
  if (rule <= 0 || lines.slice(0, rule).some((line) => SENTENCE_LINE.test(line.trim()))) return false;
  lines.splice(0, rule);
  return true;
}
