/**
 * An association's standing fees on its notice page (a garage or housing cooperative's, a club's): a section under a heading naming
 * its dues or tariffs («Взносы и тарифы на 2027 год», «Тарифы», "Membership fees", "Dues and charges") with a table of payments,
 * down to the next rule, and the site's visit counter («Посещений сегодня: 1 318 · всего: 41 902», "Visitors today: 12 · total:
 * 3,456") are the site's furniture, not the story.
 */

/** A fees section's heading. */
const FEES_HEADING = /^#{1,6}\s+(?:(?:членские\s+)?взносы(?:\s+и\s+(?:тарифы|платежи))?|тарифы(?:\s+и\s+взносы)?|размер взносов|(?:membership\s+)?(?:fees|dues)(?:\s+(?:and|&)\s+(?:charges|tariffs))?|charges|tariffs)(?:\s+(?:на|for)\s+\d{4}(?:\s+год)?)?\s*$/iu;
/** Fewest table rows that make the section a fees table. */
const MIN_ROWS = 2;
/** A visit counter ("Посещений сегодня: 1 318 · всего: 41 902", "Visitors today: 12 | total: 3,456"). */
const VISIT_COUNTER = /^(?:посещений|посетителей|просмотров|visits|visitors|hits)(?:\s+(?:сегодня|today|за сегодня))?\s*:\s*[\d\s\u00A0,.]+(?:\s*[·|]\s*(?:всего|total)\s*:\s*[\d\s\u00A0,.]+)?$/iu;

/** Whether a line is a site's visit counter (see `VISIT_COUNTER`); cheap unless it opens like one. */
export function isVisitCounter(line: string): boolean {
  const c = line[0];
  return (c === "П" || c === "V" || c === "H") && VISIT_COUNTER.test(line);
}

/**
 * Drops (in place) a fees section (its heading, its table and its notes down to the next rule or the next heading of its level or
 * above) and the visit counters (see the module's note). `isRule` tells a rule. True when anything went.
 */
export function dropFeesSections(lines: string[], isRule: (line: string) => boolean): boolean {
  const drop = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (isVisitCounter(line)) drop.add(i);
    if (!line.startsWith("#") || !FEES_HEADING.test(line)) continue;
    let end = i + 1;
    let rows = 0;
    while (end < lines.length && !isRule(lines[end] ?? "") && !/^#{1,6}\s/u.test(lines[end] ?? "")) {
      if ((lines[end] ?? "").includes(" | ")) rows++;
      end++;
    }
    if (rows < MIN_ROWS) continue;
    for (let k = i; k < end; k++) drop.add(k);
    i = end - 1;
  }
  if (drop.size === 0) return false;
  const kept = lines.filter((_line, i) => !drop.has(i));
  lines.splice(0, lines.length, ...kept);
  return true;
}
