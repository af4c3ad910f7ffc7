/**
 * A public body's record page: the page's kind in capitals over a card of fields, each a label and its value ("HEARING OUTCOME"
 * over "Case reference:     CPTS-2025-0193", "Practitioner:       Mr Adrian Felbrigg …", "Hearing dates:      12-16 May 2025";
 * "APPEAL FOR WITNESSES" over "Appeal status: OPEN", "Reference: …", "Issued: Monday 10 November 2031"), then the headline or
 * the record's text. The kind is a label, the status a live field; the other fields are the record's facts and stay. The
 * headline under the card is the title; without one, the kind with the card's subject is ("Hearing outcome: Mr Adrian
 * Felbrigg"; "RAPID HAZARD ASSESSMENT — REPORT No. GH/RHA/2034-117" over "Site: Mill Brae slope, …" gives "Rapid hazard assessment: Mill
 * Brae slope, …"), and the card's hearing or decision date dates the page.
 */

/** A page's kind in capitals alone on its line: two to four words, no digit, no stop ("HEARING OUTCOME", «РЕШЕНИЕ КОМИССИИ»). */
const KIND_LABEL = /^(?=(?:\S+\s+){1,3}\S+$)[\p{Lu}'’ -]+$/u;
/** A kind's document number after a dash ("RAPID HAZARD ASSESSMENT — REPORT No. GH/RHA/2034-117", «АКТ ОБСЛЕДОВАНИЯ — № 14/2031»). */
const KIND_NUMBER = /\s+[—–-]\s+(?:(?:REPORT|DOCUMENT|ОТЧ[ЁЕ]Т|ДОКУМЕНТ)\s+)?(?:NO\.?|№|#)\s*[\w/.-]*\d[\w/.-]*$/iu;
/** A card's field: a short capitalised label, a colon, its value ("Case reference:     CPTS-2025-0193"); groups 1 and 2. */
const CARD_FIELD = /^(\p{Lu}[\p{L}'’ ./-]{1,30}?)\s*:\s+(\S.*)$/u;
/** Fewest fields of a card. */
const MIN_CARD_FIELDS = 3;
/** Most words of a field's label. */
const MAX_LABEL_WORDS = 4;
/** A field with a live status ("Appeal status", "Status", «Статус»): it changes while the page stands. */
const STATUS_LABEL = /(?:^|\s)(?:status|статус)$/iu;
/** A field naming the record's subject ("Practitioner", "Registrant", «Лицо»). */
const SUBJECT_LABEL = /^(?:practitioner|registrant|respondent|defendant|appellant|licensee|member|doctor|nurse|subject|name|site|location|врач|лицо|ответчик|обвиняемый|организация|участок)$/iu;
/** A field with the date of the hearing or the decision ("Hearing dates", "Date of decision", «Дата заседания»). */
const DATE_LABEL = /^(?:(?:hearing|decision|determination|meeting|sitting) dates?|dates? of (?:the )?(?:hearing|decision|determination)|дата (?:решения|заседания|рассмотрения)|даты заседани\p{L}*)$/iu;
/** How many filled lines from the top a page's kind may stand at. */
const MAX_LINES_TO_KIND = 3;
/** Longest headline (characters). */
const MAX_HEADLINE_CHARS = 200;
/** Fewest words of a headline under a card. */
const MIN_HEADLINE_WORDS = 5;

/** What a record's card gives: the lines without its kind, its status and the headline; the title; its date's text. */
export interface RecordCard {
  lines: string[];
  title: string | null;
  /** The day the card's date field ends on ("16 May 2025" of "12-16 May 2025"), or null. */
  date: string | null;
}

/** Whether a line reads as a headline: five words or more, some in lower case, no stop at its end. */
function readsAsHeadline(line: string): boolean {
  return line.length <= MAX_HEADLINE_CHARS && line.split(/\s+/u).length >= MIN_HEADLINE_WORDS && /\p{Ll}/u.test(line) && !/[.,;:…!?]$/u.test(line);
}

/** A kind label as a title opens: capitalised, the rest in lower case ("Hearing outcome"). */
function kindWords(kind: string): string {
  return `${kind.slice(0, 1)}${kind.slice(1).toLowerCase()}`;
}

/** The last day of a range of days ("12-16 May 2025" → "16 May 2025", "12 May 2025 – 16 May 2025" → "16 May 2025"). */
function lastDay(value: string): string {
  return value.replace(/^\d{1,2}\s*[-–—]\s*(?=\d{1,2}\s+\p{L})/u, "").replace(/^.*\s[-–—]\s+(?=\d{1,2}\s+\p{L}+\s+\d{4})/u, "");
}

/**
 * Reads a record's card: a kind label (see `KIND_LABEL`) among the first `MAX_LINES_TO_KIND` filled lines, with at least `MIN_CARD_FIELDS` card fields (see `CARD_FIELD`) right
 * under it (a blank line between allowed). The kind and the status fields leave the lines; a headline under the card after a
 * blank line (see `readsAsHeadline`) is the title and leaves too; without one, the kind and the subject field's value (its note in
 * brackets aside) are. Null when there is no such card, or no title. Pure.
 */
export function readRecordCard(lines: readonly string[]): RecordCard | null {
  const top = lines.flatMap((line, i) => (line.trim() === "" ? [] : [i])).slice(0, MAX_LINES_TO_KIND);
  for (const i of top) {
    // (The kind's number after a dash is the document's, not the kind's words.)
    const kind = (lines[i] ?? "").trim().replace(KIND_NUMBER, "");
    if (!KIND_LABEL.test(kind) || !/\p{Lu}{2}/u.test(kind)) continue;
    let start = i + 1;
    if (lines[start] === "") start++;
    let end = start;
    const fields: { at: number; label: string; value: string }[] = [];
    for (; end < lines.length; end++) {
      const field = CARD_FIELD.exec((lines[end] ?? "").trim());
      if (!field || (field[1] ?? "").split(/\s+/u).length > MAX_LABEL_WORDS) break;
      fields.push({ at: end, label: (field[1] ?? "").trim(), value: (field[2] ?? "").trim() });
    }
    if (fields.length < MIN_CARD_FIELDS) continue;
    const drop = new Set([i, ...fields.filter((field) => STATUS_LABEL.test(field.label)).map((field) => field.at)]);
    let next = end;
    while (next < lines.length && lines[next] === "") next++;
    // (The headline stands apart under the card, not a field's value going on under it, nor a field itself.)
    const headline = (lines[next] ?? "").trim();
    let title: string | null = null;
    if (next > end && readsAsHeadline(headline) && !CARD_FIELD.test(headline)) {
      title = headline;
      drop.add(next);
    } else {
      const subject = fields.find((field) => SUBJECT_LABEL.test(field.label));
      if (subject) title = `${kindWords(kind)}: ${subject.value.replace(/\s*\([^()]*\)\s*$/u, "").trim()}`;
    }
    // (A fact box's fields without a subject, "AT A GLANCE" over "Injured: 14 treated", are the story's: no record.)
    if (title === null) continue;
    const dated = fields.find((field) => DATE_LABEL.test(field.label));
    return { lines: lines.filter((_, k) => !drop.has(k)), title, date: dated ? lastDay(dated.value) : null };
  }
  return null;
}
