/**
 * A memorial site's page: it opens with its counter of candles lit and its buttons («🕯 **Зажжено свечей: 4 812** · [Зажечь свечу]
 * · …», "🕯 Candles lit: 1,204 · [Light a candle]"), then the site's name in a level-1 heading and the page's heading under it.
 * The name is the outlet, the heading the title; the counter line goes, and so does each entry's candle count at its line's end
 * ("… in the village school. 🕯 611"); the footer's line with the last update («Последнее обновление: 2 августа 2033»,
 * "Last updated: 2 August 2033") dates the page and goes. The names and their words stay.
 */

/** The candle's pictograph that marks the counters. */
const CANDLE = "\u{1F56F}";
/** The counter of candles lit opening the page. */
const CANDLE_COUNTER = /^🕯\uFE0F?\s*(?:\*\*)?\s*(?:зажжено свечей|свечей зажжено|candles lit|lit candles)\s*:\s*\d/iu;
/** An entry's candle count at its line's end; cut with the space before it. */
const CANDLE_COUNT = /\s*🕯\uFE0F?\s*\d[\d\s\u00A0,.]*$/u;
/** A heading's text, level 1 (group 1) or level 2–3 (group 2). */
const HEADING = /^(?:#\s+(.{2,120})|#{2,3}\s+(.{3,200}))$/u;
/** The footer's last-update field; group 1 is its day. */
const LAST_UPDATE = /(?:^|·\s*)(?:последнее обновление|обновлено|last updated|updated)\s*:\s*([^·]{6,40}?)\s*(?:·|$)/iu;

/** What the reader gives: the page's lines without its furniture, the heading, the site's name and the last update's day. */
export interface MemorialPage {
  lines: string[];
  title: string;
  site: string;
  /** The last update's day as written ("2 августа 2033"), or null. */
  updated: string | null;
}

/** Reads a memorial site's page (see the module's note); null when the page is not one. */
export function readMemorialPage(lines: string[]): MemorialPage | null {
  const top = lines.findIndex((line) => line.trim() !== "");
  if (top < 0 || !(lines[top] ?? "").includes(CANDLE) || !CANDLE_COUNTER.test((lines[top] ?? "").trim())) return null;
  let nameAt = top + 1;
  while (nameAt < lines.length && (lines[nameAt] ?? "").trim() === "") nameAt++;
  const site = HEADING.exec((lines[nameAt] ?? "").trim())?.[1];
  if (site === undefined) return null;
  let headingAt = nameAt + 1;
  while (headingAt < lines.length && (lines[headingAt] ?? "").trim() === "") headingAt++;
  const title = HEADING.exec((lines[headingAt] ?? "").trim())?.[2];
  if (title === undefined) return null;
  const out: string[] = [];
  let updated: string | null = null;
  const last = lines.findLastIndex((line) => line.trim() !== "");
  for (let i = 0; i < lines.length; i++) {
    if (i === top || i === nameAt || i === headingAt) continue;
    const line = lines[i] ?? "";
    if (i === last) {
      const update = LAST_UPDATE.exec(line.trim());
      if (update) {
        updated = update[1]?.trim() ?? null;
        continue;
      }
    }
    out.push(line.includes(CANDLE) ? line.replace(CANDLE_COUNT, "") : line);
  }
  return { lines: out, title: title.trim(), site: site.trim(), updated };
}
