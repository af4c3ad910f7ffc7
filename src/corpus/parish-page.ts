/**
 * A parish's or a community's website: the church calendar's line for the day at the top ("> Сегодня 20 августа 2025 года (7 августа
 * по ст. ст.), среда. Попразднство …", "Today is Wednesday 20 August 2025 (7 August Old Style) …"), the visit counter at the bottom
 * («Нас посетили: сегодня — 2 118, за всё время — 48 930», "Visitors: today — 2,118, total — 48,930") and the closing block of
 * donation details between the last rules (the online notes' link, «Реквизиты: … ИНН …, р/с …», the contacts) are the site's
 * furniture, not the story's words.
 */

/** The church calendar's line for the day («Сегодня 20 августа 2025 года (7 августа по ст. ст.), среда. …», "Today is … (… Old Style)"). */
const CALENDAR_LINE = /^(?:сегодня|today(?: is)?)\s+.{0,60}\((?:\d{1,2}\s+\p{L}+\s+по ст\.\s*ст\.|[^)]{0,30}old style)\)/iu;
/** A visit counter («Нас посетили: сегодня — 2 118, за всё время — 48 930», "Visitors: today — 2,118, total — 48,930"). */
const VISIT_COUNTER = /^(?:нас посетили|посетителей|посещений|visitors?|visits)\s*:\s*(?:сегодня|today)\s*[—–-]?\s*\d/iu;
/** A donation block's bank details line («Реквизиты: …», "Bank details: …"). */
const BANK_DETAILS = /^(?:реквизиты|банковские реквизиты|bank details|account details)\s*:/iu;
/** A line of the donation block longer than this (characters) is a paragraph of the story, which keeps the block. */
const MAX_BLOCK_LINE_CHARS = 300;

/**
 * Removes a parish site's furniture (see the module's note) from `lines`; `isRule` tells a rule. Whether it is such a site: `false`
 * (and nothing removed) unless a church calendar's line or a visit counter stands in it.
 */
export function dropParishSiteFurniture(lines: string[], isRule: (line: string) => boolean): boolean {
  const marks: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] ?? "").trim().replace(/^>\s*/u, "");
    // (A cheap test first: the line's opening letters.)
    const head = text.slice(0, 3).toLowerCase();
    if (!["сег", "tod", "нас", "пос", "vis"].includes(head)) continue;
    if (CALENDAR_LINE.test(text) || VISIT_COUNTER.test(text)) marks.push(i);
  }
  if (marks.length === 0) return false;
  const drop = new Set<number>(marks);
  const rules = lines.flatMap((line, i) => (isRule(line.trim()) ? [i] : []));
  for (let r = 0; r + 1 < rules.length; r++) {
    const from = rules[r] ?? 0;
    const to = rules[r + 1] ?? 0;
    const block = lines.slice(from + 1, to).map((line) => line.trim());
    if (block.some((line) => BANK_DETAILS.test(line)) && block.every((line) => line.length <= MAX_BLOCK_LINE_CHARS)) for (let i = from + 1; i < to; i++) drop.add(i);
  }
  const kept = lines.filter((_line, i) => !drop.has(i));
  lines.splice(0, lines.length, ...kept);
  return true;
}
