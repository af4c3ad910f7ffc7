import { withStampsOpening } from "./dated-updates.ts";

/**
 * A public incident log saved from its page (a police department's or a fire service's dispatch log): the log's head
 * (the keeper's name, the log's name, its date, filters, counts, an export link, a key of codes), then numbered entries,
 * each under a head with its time and codes ("ENTRY 03 · 08:04 · MCI"), then the log's footer. An entry's head is the
 * page's furniture but its time is the entry's fact: the time opens the entry's text ("08:04 — Mass casualty incident
 * declared …"), so that a quoted sentence carries it. A duty service's feed of numbered notices is one too: each under a
 * head with its number, time and status («**№ 2 · 04:30 · 🔴 ДЕЙСТВУЕТ**»), a press story under its own heading after it.
 */

/**
 * An entry's head: a numbered entry, its time (group 1), its codes and case number ("ENTRY 01 · 07:52 · MVC-M / WTR · Case
 * 36-014588"), or a notice's number, time and status in bold («**№ 1 · 03:52 · ⚪ НЕАКТУАЛЬНО**», "**No. 4 · 06:45 · DONE**").
 */
const ENTRY_HEAD =
  /^(?:(?:entry|log entry|event|item|запись|событие)\s+(?:no\.?\s*|#|№\s*)?\d{1,4}\s*[·|]\s*(\d{1,2}[:.]\d{2})(?:\s*[·|].*)?|(?:\*\*)?(?:№|no\.)\s*\d{1,4}\s*·\s*(\d{1,2}:\d{2})\s*·\s*[^·*]{1,40}?(?:\*\*)?)$/iu;
/** Whether a line is a log entry's head (see `ENTRY_HEAD`): it recurs with its number and time, yet is no running header. */
export function isEntryHead(line: string): boolean {
  return ENTRY_HEAD.test(line.trim());
}

/** Fewest entries that make a log. */
const MIN_ENTRIES = 3;
/** A field of the log's head with a dotted leader or a colon ("Log date ........ Tuesday, October 14, 2036"); groups 1 and 2. */
const HEAD_FIELD = /^([\p{L}][\p{L} ]{1,30}?)\s*(?:\.{3,}|:)\s*(\S.*)$/u;
/** A date field's label ("Log date", «Дата журнала»). */
const DATE_LABEL = /(?:^|\s)(?:date|дата)(?:\s|$)/iu;

/** A log read from its page: the entries' lines and the value of its head's date field. */
export interface IncidentLog {
  lines: string[];
  /** The head's date field's value ("Tuesday, October 14, 2036"), or null. */
  date: string | null;
  /** The heading of a story that follows the entries after a rule («### Взрывы на складе…»), out of `lines`; or null. */
  headline: string | null;
}

/** A rule between a feed's entries and the story under them ("---", "* * *"). */
const RULE = /^(?:-{3,}|\*{3,}|_{3,}|[─━═—]{3,})$/u;
/** A Markdown heading; group 1 is its text. */
const HEADING = /^#{1,6}\s+(\S.*?)\s*#*$/u;

/**
 * Reads an incident log: `MIN_ENTRIES` entry heads or more (see `ENTRY_HEAD`). Everything above the first head goes (the
 * log's head); each head goes, its time opening the entry's first line. A heading right under a rule after the last entry
 * is a story's headline: it leaves the lines. Null when the lines are no such log. Pure.
 */
export function readIncidentLog(lines: readonly string[]): IncidentLog | null {
  const heads = lines.flatMap((line, i) => (ENTRY_HEAD.test(line) ? [i] : []));
  const first = heads[0];
  const last = heads.at(-1);
  if (first === undefined || last === undefined || heads.length < MIN_ENTRIES) return null;
  let date: string | null = null;
  for (const line of lines.slice(0, first)) {
    const field = HEAD_FIELD.exec(line);
    if (field && DATE_LABEL.test(field[1] ?? "")) date ??= (field[2] ?? "").trim();
  }
  const rule = lines.findIndex((line, i) => i > last && RULE.test(line));
  const below = rule < 0 ? -1 : lines.findIndex((line, i) => i > rule && line !== "");
  const headline = below < 0 ? null : (HEADING.exec(lines[below] ?? "")?.[1] ?? null);
  const entries = lines.slice(first).filter((_, k) => headline === null || first + k !== below);
  const out = withStampsOpening(
    entries,
    (line) => {
      const head = ENTRY_HEAD.exec(line);
      return head ? (head[1] ?? head[2] ?? null) : undefined;
    },
    false,
  );
  return { lines: out, date, headline };
}
