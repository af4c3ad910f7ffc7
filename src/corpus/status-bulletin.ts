/**
 * A road agency's condition bulletin: the service's head (its name, the page's name, the region, "Обновлено: 14.02.2035, 07:30 ·
 * следующее обновление в 12:00 · [⟳ Обновить]"), the key of its status marks, a table of road sections or passes with their status
 * (tab-separated, its header row naming a "Статус"/"Status" column), the service's notes, then under a rule the news item about
 * the event with its headline (under its section's heading: "## Новости сети" over "### Обрушение мачты …"). The news item's
 * headline is the page's title, not the page's or the region's name (the page's head and its table are read as any page's head).
 */

import { filledLines } from "./filled-lines.ts";

/** A header cell naming the status column ("Статус", "Status", «Состояние»). */
const STATUS_CELL = /^(?:статус|состояние|status|condition)$/iu;
/** The key of the status marks ("Условные обозначения: 🟢 открыто · …", "Key: 🟢 open · …"). */
const KEY_LINE = /^(?:условные обозначения|обозначения|key|legend)\s*:/iu;
/** How many filled lines from the top the table's header row may stand at. */
const MAX_LINES_TO_TABLE = 12;
/** Longest headline (characters). */
const MAX_HEADLINE_CHARS = 200;

/** What a condition bulletin gives: its lines without the page's head and the news item's headline, the head's lines and the headline. */
export interface StatusBulletin {
  lines: string[];
  head: string[];
  title: string;
}

/**
 * Reads a condition bulletin (see the module's note): `null` unless a tab-separated header row naming a status column stands among
 * the first filled lines under the key of the status marks, and a rule under the table sets off the news item.
 */
export function readStatusBulletin(lines: readonly string[], isRule: (line: string) => boolean): StatusBulletin | null {
  const filled = filledLines(lines, MAX_LINES_TO_TABLE);
  // (A cheap test first: a tab in the line.)
  const header = filled.find((entry) => entry.text.includes("\t") && entry.text.split("\t").some((cell) => STATUS_CELL.test(cell.trim())));
  if (!header || !filled.some((entry) => entry.i < header.i && KEY_LINE.test(entry.text))) return null;
  const rule = lines.findIndex((line, i) => i > header.i && isRule(line.trim()));
  if (rule < 0) return null;
  // (A section's heading over the item's own, "## Новости сети" over "### Обрушение мачты …", is the section's.)
  const filledAfter = filledLines(lines.slice(rule + 1), 2).map((entry) => ({ text: entry.text, i: entry.i + rule + 1 }));
  const [first, second] = filledAfter;
  const level = (text: string): number => /^(#{1,6})\s/u.exec(text)?.[1]?.length ?? 0;
  const pick = first && second && level(first.text) > 0 && level(second.text) > level(first.text) ? second : first;
  const candidate = (pick?.text ?? "").replace(/^#{1,6}\s+/u, "");
  if (!pick || candidate.length > MAX_HEADLINE_CHARS || /[.!?;,…:]$/u.test(candidate)) return null;
  // (The page's name and region under the service's name are its head: they go, its stamp line is read; the service's name stays
  // for the site's name to be read from it.)
  const key = filled.find((entry) => KEY_LINE.test(entry.text));
  const head = filled.filter((entry) => entry.i > (filled[0]?.i ?? 0) && entry.i < (key?.i ?? 0));
  const drop = new Set([...head.map((entry) => entry.i), pick.i, ...(pick === second && first ? [first.i] : [])]);
  return { lines: lines.filter((_line, i) => !drop.has(i)), head: head.map((entry) => entry.text), title: candidate };
}
