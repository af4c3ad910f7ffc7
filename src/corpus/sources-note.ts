/**
 * A post's note of whom it asked, right under its posting line and before its first words, written as a phrase rather than a
 * labelled field ("Information from Dalesmoor Police, Dalesmoor County Council and our own staff", "With information from HM
 * Coastguard", «По данным МЧС, администрации города и наших сотрудников», «По информации ГИБДД и мэрии»): where the post's facts
 * come from, as a filing field "Sources: …" says it (see `isPostFilingField`), not the post's words. The note is short and ends
 * no sentence; a sentence opening the same way («По данным МЧС, пожар начался в 12:00.») is the post's. A venue's post (a
 * shop's, a club's news column) may name the facts rather than the information ("Facts from the borough council, the fire
 * service and the union", "Details supplied by the coastguard", «Факты от МЧС, мэрии и очевидцев», «Сведения предоставлены
 * полицией», «Со слов очевидцев и сотрудников МЧС»). Pure.
 */

/** The note's opening: "Information from", "With information from", "Based on information from", «По данным», «По информации». */
const SOURCES_OPENING =
  /^(?:(?:with |based on )?information (?:from|supplied by|provided by)|(?:with )?(?:additional )?reporting from|по (?:данным|информации|материалам)|с использованием (?:данных|информации|материалов))\s+\S/iu;
/** The opening of a note naming the facts: "Facts from", "Facts and figures from", "Details supplied by", «Факты от», «Сведения предоставлены», «Со слов». */
const FACTS_OPENING =
  /^(?:(?:facts(?: and figures)?|details|figures)\s+(?:from|supplied by|provided by|courtesy of)|(?:факты(?: и цифры)?|сведения|цифры)\s+(?:от|из|предоставлены|предоставили)|со слов)\s+\S/iu;
/** Longest note (characters). */
const MAX_NOTE_CHARS = 160;

/** Whether a line under a posting line is the post's note of its sources (see the module's note). */
export function isSourcesNote(line: string): boolean {
  const text = line.trim().replace(/^[*_]+|[*_]+$/gu, "").trim();
  return text.length <= MAX_NOTE_CHARS && (SOURCES_OPENING.test(text) || FACTS_OPENING.test(text)) && !/[.!?…:;]["»”)]?$/u.test(text);
}
