/**
 * A record of a public register seen in its viewer (an environmental regulator's register of permits and enforcement, a
 * planning register): the register's head (the body's name in capitals, the register's name, the viewer's version, the search,
 * "Showing record 3 of 11" with its buttons), then the record's summary between rules ("RECORD SUMMARY" over "Record ID:
 * ENF-SM-36-0088", "Status: SERVED …"), then the documents (the notice itself, the press summary released with it under its
 * label: "PRESS SUMMARY (released with the notice, 16 April 2036)" over its headline). The head and the summary are the
 * viewer's; the body names the outlet, and the press summary's headline is the page's.
 */

/** A record summary's header ("RECORD SUMMARY", "RECORD DETAILS", «СВЕДЕНИЯ О ЗАПИСИ», «КАРТОЧКА ЗАПИСИ»). */
const SUMMARY_HEADER = /^(?:record (?:summary|details)|register entry|сведения о записи|карточка записи|реестровая запись)$/iu;
/** A summary's field ("Record ID:       ENF-SM-36-0088"). */
const FIELD = /^\p{L}[\p{L} /()-]{1,30}:\s+\S/u;
/** Fewest fields of a summary. */
const MIN_FIELDS = 3;
/** A rule around the summary. */
const RULE = /^(?:-{3,}|={3,}|_{3,}|[─━═]{3,})$/u;
/** Most filled lines of the register's head above the summary. */
const MAX_HEAD_LINES = 10;
/**
 * A press summary's label over its headline ("PRESS SUMMARY (released with the notice, 16 April 2036)", "PRESS RELEASE", «СООБЩЕНИЕ
 * ДЛЯ СМИ (опубликовано 16.04.2036)»); group 1 is the note in brackets.
 */
const PRESS_LABEL = /^(?:press (?:summary|release|statement)|news release|media (?:summary|release)|сообщение для сми|пресс-релиз|информация для сми)\s*(?:\(([^()]{1,80})\))?$/iu;
/** Longest headline (characters) under a press summary's label. */
const MAX_HEADLINE_CHARS = 200;

/** A register's record read from the viewer: its lines without the viewer's furniture, the body's name, the page's headline and its stamp. */
export interface RegisterRecord {
  lines: string[];
  /** The body's name as its head writes it (in capitals), or null. */
  body: string | null;
  /** The press summary's headline, out of `lines`, or null. */
  headline: string | null;
  /** The press summary label's note ("released with the notice, 16 April 2036"), or null. */
  note: string | null;
}

/**
 * Reads a register's record: a summary (see `SUMMARY_HEADER`, `MIN_FIELDS` fields or more under it) closed by a rule, at most
 * `MAX_HEAD_LINES` filled lines above its header. The lines down to the closing rule leave (the head's first line in
 * capitals is the body); a press summary's label (see `PRESS_LABEL`) and the headline under it leave too. Null when there is no
 * such record. Pure.
 */
export function readRegisterRecord(lines: readonly string[]): RegisterRecord | null {
  const header = lines.findIndex((line) => SUMMARY_HEADER.test(line.trim()));
  if (header < 0) return null;
  const head = lines.slice(0, header).map((line) => line.trim()).filter((line) => line !== "" && !RULE.test(line));
  let end = header + 1;
  while (end < lines.length && FIELD.test((lines[end] ?? "").trim())) end++;
  if (head.length > MAX_HEAD_LINES || end - header - 1 < MIN_FIELDS || !RULE.test((lines[end] ?? "").trim())) return null;
  const first = head[0] ?? "";
  const body = /\p{Lu}/u.test(first) && !/\p{Ll}/u.test(first) ? first : null;
  const out = lines.slice(end + 1);
  const label = out.findIndex((line) => PRESS_LABEL.test(line.trim()));
  const below = label < 0 ? -1 : out.findIndex((line, i) => i > label && line.trim() !== "");
  const candidate = (out[below] ?? "").trim();
  const isHeadline = below >= 0 && candidate.length <= MAX_HEADLINE_CHARS && !/[.!?:;,…]$/u.test(candidate);
  const note = label < 0 ? null : (PRESS_LABEL.exec((out[label] ?? "").trim())?.[1]?.trim() ?? null);
  if (label >= 0) out.splice(label, isHeadline ? below - label + 1 : 1);
  return { lines: out, body, headline: isHeadline ? candidate : null, note };
}
