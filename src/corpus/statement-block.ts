/**
 * An organisation's statement set off between rules inside a status page (a council's school-closures page: its status list, then
 * "STATEMENT: KIRKHOPE PRIMARY SCHOOL, GLENVARROW" over who issued it and when it was updated, «ЗАЯВЛЕНИЕ: ШКОЛА № 3, ПОС.
 * ЛЕСНОЙ»). The statement is the page's story: its label with its subject is the title ("Statement: Kirkhope Primary School,
 * Glenvarrow"; "STATEMENT FROM CORALLINE DEEP" gives "Statement from Coralline Deep"), not the page's filter row or its status key. The label leaves the text; who issued it stays. Above it, the page's
 * filter row ("Filter by area: All areas | Glenvarrow | …") and its status key ("STATUS KEY" over "OPEN        School open as
 * normal", …) are the page's furniture; its status list stays (its entries are facts). A headline of the statement's own under
 * the rule, over its first paragraph, is the title instead of the label.
 */

import { filledLines } from "./filled-lines.ts";

/** A statement's label in capitals with its subject ("STATEMENT: KIRKHOPE PRIMARY SCHOOL", «ЗАЯВЛЕНИЕ: ШКОЛА № 3»); groups 1 and 2. */
const STATEMENT_LABEL = /^(STATEMENT|UPDATE|ANNOUNCEMENT|NOTICE|ЗАЯВЛЕНИЕ|ОБРАЩЕНИЕ|СООБЩЕНИЕ|ОБЪЯВЛЕНИЕ)\s*:\s+([^\p{Ll}]{3,120})$/u;
/** A statement's label in capitals naming who makes it ("STATEMENT FROM CORALLINE DEEP", «ЗАЯВЛЕНИЕ КОМПАНИИ «ГЛУБИНА»»); groups 1 and 2. */
const STATEMENT_FROM = /^((?:A\s+)?STATEMENT\s+(?:FROM|BY)|ЗАЯВЛЕНИЕ\s+(?:КОМПАНИИ|РУКОВОДСТВА|АДМИНИСТРАЦИИ))\s+([^\p{Ll}]{3,80})$/u;
/** A page's filter row ("Filter by area: All areas | Glenvarrow | …", «Фильтр по району: Все | …»). */
const FILTER_ROW = /^(?:filter|sort|show|фильтр|сортировка|показать)(?:\s+[\p{L} ]{1,30})?\s*:\s*[^|]+\|/iu;
/** A status key's heading ("STATUS KEY", "Key", «УСЛОВНЫЕ ОБОЗНАЧЕНИЯ»). */
const KEY_HEADING = /^(?:(?:status )?key|legend|условные обозначения|обозначения)$/iu;
/** A status key's entry: a status in capitals, then what it means ("OPEN        School open as normal", «ЗАКРЫТА   Занятий нет»). */
const KEY_ENTRY = /^[\p{Lu}][\p{Lu} -]{1,20}\s{2,}\S/u;
/** The words a statement's label opens with, for a cheap test before its pattern. */
const LABEL_WORDS: readonly string[] = ["STATEMENT", "A STATEMENT", "UPDATE", "ANNOUNCEMENT", "NOTICE", "ЗАЯВЛЕНИЕ", "ОБРАЩЕНИЕ", "СООБЩЕНИЕ", "ОБЪЯВЛЕНИЕ"];
/** Most filled lines between the statement's label and the rule under it (who issued it, when it was updated). */
const MAX_LABEL_LINES = 4;

/** Shortest first paragraph under a statement's own headline (characters). */
const MIN_PARAGRAPH_CHARS = 200;
/** Longest headline of a statement's own (characters). */
const MAX_HEADLINE_CHARS = 200;

/** Whether a line reads as a statement's own headline: words with lower-case letters, no stop, comma or colon at its end, no markup. */
function isOwnHeadline(line: string): boolean {
  return line.length >= 20 && line.length <= MAX_HEADLINE_CHARS && /\p{Ll}/u.test(line) && /^\p{Lu}/u.test(line) && !/[.,;:!?…]$/u.test(line);
}

/** What a statement block gives: the lines without its label, and the title. */
export interface StatementBlock {
  lines: string[];
  title: string;
}

/**
 * Reads the first statement set off between rules (see the module's note): `null` unless a label in capitals stands right under a
 * rule, with a rule (or a line underlined as a heading) at most `MAX_LABEL_LINES` lines under it. `asName` writes the subject in capitals as a name.
 */
export function readStatementBlock(lines: readonly string[], isRule: (line: string) => boolean, asName: (text: string) => string): StatementBlock | null {
  for (let i = 1; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    // (A cheap test first: the line opens with a label's word.)
    if (!LABEL_WORDS.some((word) => line.startsWith(word))) continue;
    const match = STATEMENT_LABEL.exec(line) ?? STATEMENT_FROM.exec(line);
    if (!match || !isRule((lines[i - 1] ?? "").trim())) continue;
    // (The rule under it may have been read as its last line's heading underline: "# Updated Tuesday 11 March 2025, 07:10".)
    let close = -1;
    for (let k = i + 1; k < lines.length && k <= i + MAX_LABEL_LINES + 1; k++) if (isRule((lines[k] ?? "").trim()) || /^#\s/u.test(lines[k] ?? "")) { close = k; break; }
    if (close < 0) continue;
    // (A headline of its own opening the statement under the rule, over its first paragraph, is the title: "Flooding in the Kelvey
    // valley after the emergency release from Aldersgill Dam" under "STATEMENT FROM TARROWDALE HYDRO".)
    const under = filledLines(lines.slice(close + 1), 2);
    const headline = under[0]?.text ?? "";
    if (isOwnHeadline(headline) && (under[1]?.text.length ?? 0) > MIN_PARAGRAPH_CHARS) {
      const at = close + 1 + (under[0]?.i ?? 0);
      return { lines: [...lines.slice(0, i), ...lines.slice(i + 1, at), ...lines.slice(at + 1)], title: headline };
    }
    const label = match[1] ?? "";
    const subject = asName((match[2] ?? "").trim());
    const title = `${label.slice(0, 1)}${label.slice(1).toLowerCase()}${line.includes(":") ? ":" : ""} ${subject}`;
    return { lines: [...lines.slice(0, i), ...lines.slice(i + 1)], title };
  }
  return null;
}

/**
 * Removes a status page's filter row and its status key (see the module's note), once its head is gone (a head's reader counts
 * them among its lines).
 */
export function withoutStatusPageKey(lines: string[]): void {
  const key = lines.findIndex((text) => KEY_HEADING.test(text.trim()));
  if (key >= 0) {
    let stop = key + 1;
    while (stop < lines.length && KEY_ENTRY.test((lines[stop] ?? "").trim())) stop++;
    if (stop > key + 1) lines.splice(key, stop - key);
  }
  const filter = lines.findIndex((text) => FILTER_ROW.test(text.trim()));
  if (filter >= 0) lines.splice(filter, 1);
}
