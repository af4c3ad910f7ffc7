/**
 * A sponsor's block between two rules inside a trade magazine's story ("-----" over "SPONSORED CONTENT" over "Is your tie
 * pattern costing you? TieCheck Pro …" over "-----", «ПАРТНЁРСКИЙ МАТЕРИАЛ»): an advertiser's words set among the story's
 * paragraphs, not the story's.
 */

/** The characters a rule line is drawn with. */
const RULE_START: ReadonlySet<string> = new Set(["-", "=", "_", "*", "─", "━", "═", "—"]);
/** A rule line ("-----", "=====", "─────"). */
const RULE = /^[-=_*─━═—]{3,}$/u;
/** A sponsor's label alone on its line ("SPONSORED CONTENT", "Partner content", "ADVERTISEMENT FEATURE", «РЕКЛАМА», «НА ПРАВАХ РЕКЛАМЫ»). */
const SPONSOR_LABEL =
  /^(?:sponsored(?: content| feature| post| by [^.!?]{1,40})?|partner content|paid (?:content|post|partnership)|promoted(?: content)?|advertisement feature|advertorial|промо|реклама|на правах рекламы|партн[её]рский материал|спецпроект)$/iu;
/** Most lines between a sponsor's label and the closing rule. */
const MAX_SPONSORED_LINES = 8;

/**
 * A sponsor's block: a rule, the sponsor's label right under it (see `SPONSOR_LABEL`), then up to `MAX_SPONSORED_LINES` lines to
 * the closing rule. Where the block ends (exclusive, after the closing rule), or null when line `i` opens none.
 */
export function sponsoredBoxEnd(lines: readonly string[], i: number): number | null {
  // (Only a line opening with a rule's character is read.)
  if (!RULE_START.has((lines[i] ?? "")[0] ?? "")) return null;
  if (!RULE.test((lines[i] ?? "").trim()) || !SPONSOR_LABEL.test((lines[i + 1] ?? "").trim())) return null;
  for (let end = i + 2; end < lines.length && end - i <= MAX_SPONSORED_LINES + 2; end++) {
    if (RULE.test((lines[end] ?? "").trim())) return end + 1;
  }
  return null;
}
