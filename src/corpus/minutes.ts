/**
 * A council's or a committee's minutes: the body's letterhead (its name in capitals, its offices, its clerk), the committee's
 * name, the minutes' opening line ("DRAFT MINUTES of the meeting of the Planning Committee held … on Tuesday 21 October 2025
 * at 7.00pm.", «ПРОТОКОЛ № 12 заседания постоянной комиссии … от 21 октября 2025 г.»), then items under numbered headings in
 * capitals ("PL/25/114  COLLAPSE OF TURBINE T4, GALLOW RIGG WIND FARM"). The letterhead names the outlet, the opening line
 * dates the minutes, and the item the most is said under is their story: its heading is the title.
 * A meeting's verbatim transcript reads the same way: its label ("REGULAR MEETING - VERBATIM TRANSCRIPT", «СТЕНОГРАММА
 * заседания …») opens it, its items' headings may have a dash after the number ("ITEM 4 - BRIEFING: ABDUCTION OF …, AND" going
 * on over the next line in capitals up to the staff report's reference); the court reporter's line ("Halvorsen Court Reporting
 * Co. | Job No. 31-4471 | Not the official record") and the transcriber's certificate at its end are furniture.
 */

/** The minutes' opening line ("DRAFT MINUTES of the meeting of …", "Minutes of a meeting of …", «ПРОТОКОЛ № 12 заседания …»). */
const MINUTES_LINE =
  /^(?:(?:draft|unconfirmed|confirmed|approved)\s+)?minutes\s+of\s+(?:the|an?)\s+(?:\p{L}+\s+){0,8}?(?:meeting|session)\b|^(?:проект\s+)?протокол(?:\s+№\s*\S+)?\s+(?:заседания|совещания|собрания|сессии)(?!\p{L})/iu;
/** A transcript's label ("REGULAR MEETING - VERBATIM TRANSCRIPT", "Verbatim transcript", «СТЕНОГРАММА заседания комиссии»). */
const TRANSCRIPT_LINE = /^(?:[\p{Lu}\s]{3,40}\s[-–—]\s)?(?:verbatim\s+)?transcript(?:\s+of\s+(?:the\s+)?(?:proceedings|meeting))?$|^стенограмма(?:\s+(?:заседания|совещания|собрания|сессии)(?!\p{L}).*)?$/iu;
/** A court reporter's line of fields ("Halvorsen Court Reporting Co. | Job No. 31-4471 | Not the official record"). */
const REPORTER_LINE = /^[^|]{3,80}\|.*(?:job no\.?|not (?:the|an) official record|court report|стенографист|не является официальным)/iu;
/** A transcriber's certificate's heading: the certificate and everything under it leave ("CERTIFICATE OF TRANSCRIBER"). */
const CERTIFICATE_HEADING = /^(?:certificate of (?:transcriber|transcription|reporter)|(?:reporter|transcriber)['’]s certificate|удостоверение стенографиста|свидетельство стенографиста)$/iu;
/** Most filled lines of the letterhead above the opening line. */
const MAX_HEAD_LINES = 8;
/** Longest letterhead line (characters). */
const MAX_HEAD_LINE_CHARS = 120;
/** How many filled lines from the top the opening line may stand at. */
const MAX_LINES_TO_OPENING = MAX_HEAD_LINES + 1;
/**
 * An item's heading: its number or reference, then its subject in capitals ("PL/25/114  COLLAPSE OF TURBINE T4, GALLOW RIGG
 * WIND FARM", "7.  PUBLIC QUESTIONS", «3. О ПОЖАРЕ НА РЫНКЕ»); group 1 is the subject.
 */
const ITEM_HEADING = /^(?:[A-Z]{1,5}\/\d{2,4}\/\d{1,4}|(?:[Ii]tem|ITEM|[Пп]ункт|ПУНКТ)\s+\d{1,3}|\d{1,3}(?:\.\d{1,2})?\.?)\s+([^\p{Ll}]*\p{Lu}[^\p{Ll}]*)$/u;
/** A transcript's item heading: the dash after its number ("ITEM 4 - BRIEFING: …"); group 1 is the subject. */
const TRANSCRIPT_ITEM = /^(?:ITEM|ПУНКТ)\s+\d{1,3}\s+[-–—]\s+([^\p{Ll}]*\p{Lu}[^\p{Ll}]*)$/u;
/** A heading's line going on in capitals, up to a reference in brackets ("DRIVER VERIFICATION BY … (Staff Report 31-208)"); group 1. */
const HEADING_GOES_ON = /^([^\p{Ll}(]*\p{Lu}[^\p{Ll}(]*?)\s*(?:\([^()]*\))?$/u;
/** Fewest letters of an item's subject. */
const MIN_SUBJECT_LETTERS = 4;
/** A date in the opening line ("21 October 2025", "October 21, 2025", «21 октября 2025», "21.10.2025"). */
const DATE_IN_LINE = /\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\.?,?\s+\d{4}|\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{4}/gu;
/** Short words written in lower case inside a name ("Council of the Isles"). */
const NAME_PARTICLES = new Set(["of", "and", "the", "for", "on", "in", "at", "to", "by"]);

/** Minutes read from their page: the lines without the letterhead, the body's name, the stamp and the story's item. */
export interface Minutes {
  lines: string[];
  /** The body's name as a name is written ("Thornby Vale Town Council"), or null. */
  body: string | null;
  /** The date the opening line gives ("21 October 2025"), or null. */
  date: string | null;
  /** The subject of the item with the most text under it, or null. */
  title: string | null;
}

/**
 * A name in capitals written as a name ("THORNBY VALE TOWN COUNCIL" → "Thornby Vale Town Council"); a Russian one stays as it
 * is (only its proper words would be capitalised, and they are not known), and so does a name already written in both cases.
 */
export function capitalsAsName(name: string): string {
  if (/\p{Script=Cyrillic}/u.test(name) || /\p{Ll}/u.test(name)) return name;
  return name
    .toLowerCase()
    .split(/(\s+)/u)
    .map((word, k) => (k === 0 || !NAME_PARTICLES.has(word) ? word.replace(/^\p{Ll}/u, (first) => first.toUpperCase()) : word))
    .join("");
}

/**
 * Reads minutes (see `MINUTES_LINE`, among the first `MAX_LINES_TO_OPENING` filled lines): the letterhead above the opening
 * line leaves (its first line in capitals is the body), the opening line's date is read, and the heading of the item with the
 * most text under it (see `ITEM_HEADING`) is the title; the headings stay. Null when the lines are no minutes. `isDate` tells a
 * date. Pure.
 */
export function readMinutes(lines: readonly string[], isDate: (text: string) => boolean): Minutes | null {
  const filled = lines.map((line, i) => ({ line: line.trim(), i })).filter(({ line }) => line !== "");
  const opening = filled.slice(0, MAX_LINES_TO_OPENING).find(({ line }) => MINUTES_LINE.test(line) || TRANSCRIPT_LINE.test(line));
  if (opening === undefined) return null;
  const transcript = TRANSCRIPT_LINE.test(opening.line);
  const head = filled.filter(({ i }) => i < opening.i);
  const isHead = head.length <= MAX_HEAD_LINES && head.every(({ line }) => line.length <= MAX_HEAD_LINE_CHARS);
  const first = head[0]?.line ?? "";
  const body = isHead && /\p{Lu}/u.test(first) && !/\p{Ll}/u.test(first) ? capitalsAsName(first) : null;
  const date = (opening.line.match(DATE_IN_LINE) ?? []).find(isDate) ?? null;
  let title: string | null = null;
  let most = 0;
  const headings = lines.flatMap((line, i) => {
    const subject = (transcript ? transcriptItem(line, lines[i + 1] ?? "") : undefined) ?? ITEM_HEADING.exec(line.trim())?.[1]?.trim();
    return subject !== undefined && i > opening.i && (subject.match(/\p{L}/gu)?.length ?? 0) >= MIN_SUBJECT_LETTERS ? [{ i, subject }] : [];
  });
  for (const [k, { i, subject }] of headings.entries()) {
    const size = lines.slice(i + 1, headings[k + 1]?.i ?? lines.length).reduce((sum, line) => sum + line.trim().length, 0);
    if (size > most) {
      most = size;
      title = subject.replace(/\s{2,}/gu, " ");
    }
  }
  const out = isHead ? lines.slice(opening.i) : [...lines];
  return { lines: transcript ? withoutTranscriptFurniture(out) : out, body, date, title };
}

/** A transcript's item's subject (see `TRANSCRIPT_ITEM`) with its next line when it goes on in capitals ("… AND" + "DRIVER …"). */
function transcriptItem(line: string, next: string): string | undefined {
  const subject = TRANSCRIPT_ITEM.exec(line.trim())?.[1]?.trim();
  if (subject === undefined) return undefined;
  const more = /[,;]$|\s(?:AND|OR|OF|FOR|BY|TO|И|ПО|О)$/u.test(subject) ? HEADING_GOES_ON.exec(next.trim())?.[1]?.trim() : undefined;
  return more ? `${subject} ${more}` : subject;
}

/** A transcript's lines without the court reporter's line and the transcriber's certificate (see the module's note). */
function withoutTranscriptFurniture(lines: readonly string[]): string[] {
  const certificate = lines.findIndex((line) => CERTIFICATE_HEADING.test(line.trim()));
  return (certificate < 0 ? lines : lines.slice(0, certificate)).filter((line) => !REPORTER_LINE.test(line.trim()));
}
