/**
 * A court's act on the court's site (ГАС «Правосудие», a judiciary's judgments page): the case's card over the text («Карточка
 * дела № 1-112/2035», its fields «Категория: … · Судья: … · Результат: …», «Текст документа (опубликован 03.10.2035)»), then
 * the act under its kind in capitals and the formula under it («ПРИГОВОР» / «ИМЕНЕМ РОССИЙСКОЙ ФЕДЕРАЦИИ», "JUDGMENT" / "IN
 * THE NAME OF THE PEOPLE"). The card is the site's; the act's kind and the case's number make its title, its publication
 * stamp dates it.
 */

/** A case's card («**Карточка дела № 1-112/2035**», "Case card No. CR-2035-112", "Case No. 2035/112"); group 1 is the number. */
const CASE_CARD = /^(?:\*\*|__)?(?:карточка дела|дело|case card|case)\s*(?:№|no\.?|number)\s*([\w/.-]*\d[\w/.-]*)(?:\*\*|__)?$/iu;
/** The label over the act's text with its publication stamp («**Текст документа** (опубликован 03.10.2035)», "Full text (published 3 October 2035)"); group 1 is the stamp. */
const TEXT_LABEL = /^(?:\*\*|__)?(?:текст (?:документа|судебного акта)|full text|text of the (?:judgment|decision|act))(?:\*\*|__)?\s*(?:\((?:опубликован\p{L}*|размещ[её]н\p{L}*|published|posted)\s+([^()]{4,40})\))?$/iu;
/** A card's field line («Категория: ч. 3 ст. 238 УК РФ · Судья: Ветрова Н. А. · …», "Judge: … · Outcome: …"). */
const CARD_FIELDS = /^(?:категория|судья|дата поступления|результат|статус|category|judge|filed|outcome|status)\s*:/iu;
/** Most lines of a case's card. */
const MAX_CARD_LINES = 8;
/** An act's kind in capitals alone on its line. */
const ACT_KIND = /^(?:ПРИГОВОР|РЕШЕНИЕ|ПОСТАНОВЛЕНИЕ|ОПРЕДЕЛЕНИЕ|АПЕЛЛЯЦИОННОЕ (?:ОПРЕДЕЛЕНИЕ|ПОСТАНОВЛЕНИЕ)|КАССАЦИОННОЕ ОПРЕДЕЛЕНИЕ|JUDGMENT|JUDGEMENT|VERDICT|SENTENCE|SENTENCING REMARKS|RULING|ORDER)$/u;
/** The formula under an act's kind («ИМЕНЕМ РОССИЙСКОЙ ФЕДЕРАЦИИ», "IN THE NAME OF THE PEOPLE"). */
const ACT_FORMULA = /^(?:ИМЕНЕМ РОССИЙСКОЙ ФЕДЕРАЦИИ|IN THE NAME OF (?:THE )?[A-Z ]{2,40})$/u;
/** Most filled lines between the card and the act's kind. */
const MAX_LINES_TO_KIND = 3;

/** A court's act read from its page: its lines without the card, the kind and the formula; its title and publication stamp. */
export interface CourtAct {
  lines: string[];
  title: string;
  /** The card's publication stamp ("03.10.2035"), or null. */
  published: string | null;
}

/** An act's kind as a title opens it: capitalised, the rest in lower case («Приговор», "Judgment"). */
function kindWords(kind: string): string {
  return `${kind.slice(0, 1)}${kind.slice(1).toLowerCase()}`;
}

/**
 * Reads a court's act: its kind (see `ACT_KIND`) with the formula under it (see `ACT_FORMULA`). Both leave the lines, and so does
 * a case's card above them (see `CASE_CARD`: its fields and the text's label, up to the kind); the title is the kind, with the
 * case's number when the card gives it («Приговор по делу № 1-112/2035», "Judgment, case No. 2035/112"). Null when there is
 * no such act. Pure.
 */
export function readCourtAct(lines: readonly string[]): CourtAct | null {
  const kindAt = lines.findIndex((line, i) => ACT_KIND.test(line.trim()) && ACT_FORMULA.test((lines[i + 1] ?? "").trim()));
  if (kindAt < 0) return null;
  const kind = (lines[kindAt] ?? "").trim();
  const drop = new Set([kindAt, kindAt + 1]);
  let number: string | null = null;
  let published: string | null = null;
  const cardAt = lines.findIndex((line, i) => i < kindAt && CASE_CARD.test(line.trim()));
  const between = lines.slice(cardAt + 1, kindAt).filter((line) => line.trim() !== "");
  if (cardAt >= 0 && between.length <= MAX_CARD_LINES) {
    const card = lines.slice(cardAt + 1, kindAt).map((line) => line.trim());
    const text = card.findIndex((line) => TEXT_LABEL.test(line));
    const fieldsEnd = text >= 0 ? text + 1 : card.findIndex((line) => line !== "" && !CARD_FIELDS.test(line));
    const rest = card.slice(fieldsEnd < 0 ? card.length : fieldsEnd).filter((line) => line !== "" && !/^(?:-{3,}|\*{3,}|_{3,}|[─━═—]{3,})$/u.test(line));
    if (rest.length <= MAX_LINES_TO_KIND) {
      number = CASE_CARD.exec((lines[cardAt] ?? "").trim())?.[1] ?? null;
      published = text >= 0 ? (TEXT_LABEL.exec(card[text] ?? "")?.[1]?.trim() ?? null) : null;
      for (let i = cardAt; i < cardAt + 1 + (fieldsEnd < 0 ? card.length : fieldsEnd); i++) drop.add(i);
    }
  }
  const russian = /\p{Script=Cyrillic}/u.test(kind);
  const title = number === null ? kindWords(kind) : russian ? `${kindWords(kind)} по делу № ${number}` : `${kindWords(kind)}, case No. ${number}`;
  return { lines: lines.filter((_, i) => !drop.has(i)), title, published };
}
