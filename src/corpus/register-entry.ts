/**
 * An entry of a public register published on its body's site (a licensing register's review hearing, «Запись реестра: выездная
 * проверка»): the body's name and the register's menu row, then the entry's label with its kind ("Register entry: Licence review
 * hearing"), its fields ("Case number: LR/2031/0147", "Premises: Vaultline, 14-16 Carver Street, …", "Hearing date: Tuesday 25
 * February 2031, 10:00, …"), a list of its documents ("[PDF] Full decision notice (301 KB)"), the notice's text under a rule, and
 * the register's footer under the last rule (how to comment, the team's address, the data's licence). The body names the outlet;
 * the kind with the entry's subject is the title ("Licence review hearing: Vaultline"), the hearing's or decision's date dates it.
 * The head, the label, the documents list and the footer are furniture; the fields are the entry's facts and stay.
 */

import { filledLines } from "./filled-lines.ts";

/** An entry's label with its kind ("Register entry: Licence review hearing", «Запись реестра: выездная проверка»); group 1 is the kind. */
const ENTRY_LABEL = /^(?:(?:public )?register (?:entry|record)|запись (?:в )?реестр[ае]|реестровая запись)\s*:\s+(\S.{2,80})$/iu;
/** An entry's field ("Case number: LR/2031/0147"); groups 1 and 2 are its label and value. */
const FIELD = /^(\p{Lu}[\p{L} ()/'’-]{1,60}?)\s*:\s+(\S.*)$/u;
/** A field naming the entry's subject ("Premises", "Licensee", «Объект»). */
const SUBJECT_LABEL = /^(?:premises|venue|site|licensee|licence holder|business|establishment|объект|заведение|лицензиат|организация)$/iu;
/** A field with the date of the hearing or the decision ("Hearing date", "Date of decision", «Дата заседания»). */
const DATE_LABEL = /^(?:(?:hearing|decision|meeting|review) dates?|dates? of (?:the )?(?:hearing|decision|review)|дата (?:заседания|решения|рассмотрения))$/iu;
/** A documents list's heading ("Documents", «Документы»). */
const DOCUMENTS_HEADING = /^(?:documents|attachments|документы|приложения|файлы)$/iu;
/** A listed document ("[PDF] Full decision notice (301 KB)", «[DOC] Решение комиссии (120 КБ)»). */
const DOCUMENT_LINE = /^\[(?:pdf|docx?|odt|rtf|xlsx?|zip)\]\s|\(\d+(?:[.,]\d+)?\s*(?:[KMG]B|[КМГ]Б)\)$/iu;
/** How many filled lines from the top the entry's label may stand at. */
const MAX_LINES_TO_LABEL = 4;
/** Fewest fields under the label. */
const MIN_FIELDS = 3;
/** Most filled lines of a footer under the last rule. */
const MAX_FOOTER_LINES = 5;

/** What a register's entry gives: its lines without the furniture, the body's name, the title and the date field's text. */
export interface RegisterEntry {
  lines: string[];
  body: string | null;
  title: string;
  date: string | null;
}

/**
 * Reads a register's entry (see the module's note): `null` unless the label stands among the first filled lines with at least
 * `MIN_FIELDS` fields under it.
 */
export function readRegisterEntry(lines: readonly string[], isRule: (line: string) => boolean): RegisterEntry | null {
  const filled = filledLines(lines, MAX_LINES_TO_LABEL);
  // (A cheap test first: the label's word.)
  const label = filled.find((entry) => /^(?:public |register|запись|реестровая)/iu.test(entry.text) && ENTRY_LABEL.test(entry.text));
  if (!label) return null;
  const kind = (ENTRY_LABEL.exec(label.text)?.[1] ?? "").trim();
  let end = label.i + 1;
  let subject: string | null = null;
  let date: string | null = null;
  for (; end < lines.length; end++) {
    const field = FIELD.exec((lines[end] ?? "").trim());
    if (!field) break;
    const name = (field[1] ?? "").trim();
    const value = (field[2] ?? "").trim();
    if (subject === null && SUBJECT_LABEL.test(name)) subject = value.split(/,\s*/u)[0] ?? null;
    if (date === null && DATE_LABEL.test(name)) date = value;
  }
  if (end - label.i - 1 < MIN_FIELDS) return null;
  const first = filled[0];
  const body = first && first.i < label.i && !/[|·•]/u.test(first.text) && /^\p{Lu}/u.test(first.text) ? first.text : null;
  const out = lines.slice(label.i + 1);
  // The documents list: its heading and the documents under it.
  const heading = out.findIndex((line) => DOCUMENTS_HEADING.test(line.trim()));
  if (heading >= 0) {
    let stop = heading + 1;
    while (stop < out.length && (DOCUMENT_LINE.test((out[stop] ?? "").trim()) || (out[stop] ?? "").trim() === "")) stop++;
    if (stop > heading + 1 && DOCUMENT_LINE.test((out[heading + 1] ?? "").trim())) out.splice(heading, stop - heading);
  }
  // The register's footer under the last rule.
  const rule = out.findLastIndex((line) => isRule(line.trim()));
  if (rule >= 0 && out.slice(rule + 1).filter((line) => line.trim() !== "").length <= MAX_FOOTER_LINES) out.splice(rule);
  const title = subject ? `${kind}: ${subject}` : kind;
  return { lines: out, body, title: `${title.slice(0, 1).toUpperCase()}${title.slice(1)}`, date };
}
