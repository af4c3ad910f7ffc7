/**
 * A conference's or a festival's programme page under a notice about an event: after the rule closing the notice, the programme's
 * days («Day 2 · Tuesday 9 September», «День 2 · вторник, 9 сентября») list their items as rows opened by a time
 * ("09:00  Session 3 · Rhizosphere signalling"), each with its lines under it (its chair, a change note "► POSTPONED — now …", a
 * sentence on how it goes ahead). The items the event changed stay: a row with a change note or a sentence under it, or with a
 * change's word in it ("(moved from Wednesday)", "► see notice above", «перенесено», «отменено»); the other items, with their
 * chairs and talks, go, and so does a day's heading with no item left. The notice framed between rules above the programme is the
 * story: its heading without its label in capitals ("NOTICE FROM THE ORGANISING COMMITTEE — illness after the conference dinner"
 * gives "Illness after the conference dinner") is the title, its issue line under it the date, the event's short name opening the
 * page's head ("NSSM-14 · 14th Northern Symposium …") the outlet; the head above the notice (the event's name, its days' tabs, the
 * downloads) goes.
 */

/** A programme day's heading. */
const DAY_HEADING = /^(?:day|день)\s+\d{1,2}\s*[·:—–-]\s*\S/iu;
/** An item's row, opened by its time and a wide gap. */
const TIME_ROW = /^\d{1,2}[:.]\d{2}(?:\s*[–-]\s*\d{1,2}[:.]\d{2})?\s{2,}\S/u;
/** A change's mark or word in an item's row or its note. */
const CHANGE =
  /►|▶|(?<!\p{L})(?:postponed|cancell?ed|moved|rescheduled|merged|extended|now including|called off|see notice|перенесен\p{L}*|перенесён\p{L}*|отменен\p{L}*|отменён\p{L}*|перенос|смотрите уведомление|см\. уведомление)(?!\p{L})/iu;
/** A sentence under an item: at least six words, ending with its full stop. */
const SENTENCE = /^(?:\S+\s+){5,}\S*[.!]$/u;
/** The most lines the page's head above the notice may hold. */
const MAX_HEAD_LINES = 10;
/** A label in capitals before a dash opening the notice's heading; the rest is its headline. */
const CAPITALS_LABEL = /^[^\p{Ll}]{3,80}?\s+[—–-]\s+(?=\S)/u;
/** The notice's issue line (a heading's mark before it allowed); group 1 is its day and time. */
const ISSUE_LINE = /^(?:#{1,6}\s+)?(?:issued|posted|published|updated|опубликовано|выпущено|обновлено)\s*:?\s+(.{6,60})$/iu;
/** The event's short name opening the head's first line, before its separator. */
const SHORT_NAME = /^([^·|]{2,30}?)\s+[·|]\s+\S/u;

/** An item of the programme: its row's line and its end (exclusive). */
interface Item {
  at: number;
  end: number;
}

/** What the reader gives: the page's lines without its furniture, the notice's headline and issue line, the event's short name. */
export interface ProgrammePage {
  lines: string[];
  title: string;
  /** The issue line's day and time as written, or null. */
  issued: string | null;
  /** The event's short name, or null. */
  event: string | null;
}

/**
 * Reads a programme page under a notice framed between rules (see the module's note); null when the page is not one. `isRule`
 * tells a rule.
 */
export function readProgrammePage(lines: string[], isRule: (line: string) => boolean): ProgrammePage | null {
  const start = programmeStart(lines, isRule);
  if (start < 0) return null;
  let close = start - 1;
  while (close > 0 && !isRule((lines[close] ?? "").trim())) close--;
  let open = close - 1;
  while (open >= 0 && !isRule((lines[open] ?? "").trim())) open--;
  if (open < 0) return null;
  // (The notice's heading and issue line framed between rules of their own over its text.)
  let prev = open - 1;
  while (prev >= 0 && !isRule((lines[prev] ?? "").trim())) prev--;
  const framed = prev >= 0 ? lines.slice(prev + 1, open).filter((line) => line.trim() !== "") : [];
  if (framed.length >= 1 && framed.length <= 2 && framed.every((line) => line.length <= 200 && !/[.!?]$/u.test(line.trim()))) open = prev;
  const head = lines.slice(0, open).filter((line) => line.trim() !== "");
  if (head.length === 0 || head.length > MAX_HEAD_LINES || head.some((line) => line.length > 200)) return null;
  let at = open + 1;
  while (at < close && (lines[at] ?? "").trim() === "") at++;
  const heading = (lines[at] ?? "").trim();
  if (heading === "" || heading.length > 200 || /[.!?]$/u.test(heading)) return null;
  let under = at + 1;
  while (under < close && (lines[under] ?? "").trim() === "") under++;
  const issued = ISSUE_LINE.exec((lines[under] ?? "").trim())?.[1] ?? null;
  const frameEnd = lines.findIndex((line, i) => i > at && isRule(line.trim()));
  const drop = unchangedItems(lines, start, isRule);
  if (drop === null) return null;
  for (let i = 0; i <= open; i++) drop.add(i);
  drop.add(at);
  if (issued !== null) drop.add(under);
  if (frameEnd >= 0 && frameEnd < close && lines.slice(at + 1, frameEnd).every((line, k) => line.trim() === "" || (issued !== null && at + 1 + k === under))) drop.add(frameEnd);
  const label = CAPITALS_LABEL.exec(heading);
  const bare = label ? heading.slice(label[0].length) : heading;
  const title = bare.charAt(0).toUpperCase() + bare.slice(1);
  return { lines: lines.filter((_, i) => !drop.has(i)), title, issued, event: SHORT_NAME.exec((head[0] ?? "").trim())?.[1]?.trim() ?? null };
}

/** The first programme day's heading right under a rule (blank lines between them aside), or -1. */
function programmeStart(lines: string[], isRule: (line: string) => boolean): number {
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? "";
    // (Cheap test first: a day's heading opens with "D" or «Д».)
    const first = line.charCodeAt(0);
    if (first !== 68 && first !== 1044) continue;
    if (!DAY_HEADING.test(line.trim())) continue;
    let above = i - 1;
    while (above > 0 && (lines[above] ?? "").trim() === "") above--;
    if (isRule((lines[above] ?? "").trim())) return i;
  }
  return -1;
}

/**
 * The lines of the programme from `start` to the next rule that go: its unchanged items and the days' headings with no item left;
 * null when no item or every item was changed.
 */
function unchangedItems(lines: string[], start: number, isRule: (line: string) => boolean): Set<number> | null {
  let end = start + 1;
  while (end < lines.length && !isRule((lines[end] ?? "").trim())) end++;
  const items: Item[] = [];
  const days: number[] = [];
  for (let i = start; i < end; i++) {
    const line = (lines[i] ?? "").trim();
    if (DAY_HEADING.test(line)) days.push(i);
    else if (TIME_ROW.test(line)) {
      let stop = i + 1;
      while (stop < end && !TIME_ROW.test((lines[stop] ?? "").trim()) && !DAY_HEADING.test((lines[stop] ?? "").trim())) stop++;
      items.push({ at: i, end: stop });
      i = stop - 1;
    }
  }
  const changed = (item: Item): boolean => lines.slice(item.at, item.end).some((line, k) => CHANGE.test(line) || (k > 0 && SENTENCE.test(line.trim())));
  const kept = items.filter(changed);
  if (kept.length === 0 || kept.length === items.length) return null;
  const drop = new Set<number>();
  for (const item of items) if (!kept.includes(item)) for (let i = item.at; i < item.end; i++) drop.add(i);
  days.forEach((day, n) => {
    const next = days[n + 1] ?? end;
    if (!kept.some((item) => item.at > day && item.at < next)) for (let i = day; i < next; i++) drop.add(i);
  });
  return drop;
}
