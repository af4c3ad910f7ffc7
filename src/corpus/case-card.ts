/**
 * A court site's case card above the court's news item on the case: the card's heading («## Карточка дела № 1-64/2025», "Case
 * card No. …"), its tabs row in capitals naming its sections («ДЕЛО · ДВИЖЕНИЕ ДЕЛА · УЧАСТНИКИ · СУДЕБНЫЕ АКТЫ», "CASE · CASE
 * MOVEMENT · PARTIES · JUDGMENTS"), the case's fields, the case-movement table, the parties' table and the acts' line, down to the
 * rule over the news item. The card is the court's database widget; the news item under the rule is the story (it tells the
 * hearings and the parties in words).
 */

/** A case card's section naming its movement or its hearings, in a tabs row («ДВИЖЕНИЕ ДЕЛА», "CASE MOVEMENT", "HEARINGS"). */
const MOVEMENT_TAB = /^(?:ДВИЖЕНИЕ ДЕЛА|CASE MOVEMENT|CASE HISTORY|HEARINGS)$/u;
/** A case card's heading («Карточка дела № 1-64/2025», "Case card No. 1-64/2025", "Case 1-64/2025"). */
const CARD_HEADING = /^(?:#{1,6}\s+)?(?:\*\*)?(?:карточка (?:уголовного |гражданского |административного )?дела|case card|case)\s+(?:№|no\.?)?\s*\S*\d/iu;
/** Shortest paragraph of a news item under the card (characters). */
const MIN_PARAGRAPH_CHARS = 200;
/** Most lines of a case card. */
const MAX_CARD_LINES = 80;

/**
 * Removes from `lines` a case card over a news item (see the module's note): from the card's heading right above its tabs row
 * (or the tabs row) down to the first rule under it, when a paragraph of `MIN_PARAGRAPH_CHARS` or more follows the rule. `isRule`
 * tells a rule line. Whether a card was removed.
 */
export function dropCaseCard(lines: string[], isRule: (line: string) => boolean): boolean {
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    // (A cheap test first: a row of parts between dots or bars without a lower-case letter.)
    if (!line.includes(" · ") && !line.includes(" | ")) continue;
    if (/\p{Ll}/u.test(line)) continue;
    const tabs = line.split(/\s+[·|]\s+/u);
    if (tabs.length < 3 || !tabs.some((tab) => MOVEMENT_TAB.test(tab.trim()))) continue;
    let rule = -1;
    for (let k = i + 1; k < lines.length && k <= i + MAX_CARD_LINES; k++) {
      if (isRule((lines[k] ?? "").trim())) {
        rule = k;
        break;
      }
    }
    if (rule < 0 || !lines.slice(rule + 1).some((text) => text.trim().length >= MIN_PARAGRAPH_CHARS)) return false;
    let from = i;
    let above = i - 1;
    while (above >= 0 && (lines[above] ?? "").trim() === "") above--;
    if (above >= 0 && CARD_HEADING.test((lines[above] ?? "").trim())) from = above;
    lines.splice(from, rule - from + 1);
    return true;
  }
  return false;
}
