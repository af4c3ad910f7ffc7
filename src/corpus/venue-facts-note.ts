/**
 * A venue's journal post (a shop's, a club's news column) may say under its posting line whom it took its facts from in a phrase
 * naming the facts rather than the information ("Facts from the borough council, the fire service and the union", "Details
 * supplied by the coastguard", «Факты от МЧС, мэрии и очевидцев», «Сведения предоставлены полицией и администрацией», «Со слов
 * очевидцев и сотрудников МЧС»): the same note of sources the phrase "Information from …" makes (see `isSourcesNote`), read by
 * its opening here. Pure.
 */

/** A facts note's opening: "Facts from", "Facts and figures from", "Details supplied by", «Факты от», «Сведения предоставлены», «Со слов». */
const FACTS_OPENING =
  /^(?:(?:facts(?: and figures)?|details|figures)\s+(?:from|supplied by|provided by|courtesy of)|(?:факты(?: и цифры)?|сведения|цифры)\s+(?:от|из|предоставлены|предоставили)|со слов)\s+\S/iu;

/** Whether `text` opens as a note of the facts' sources (see the module's note); the caller judges its length and its end. */
export function opensFactsNote(text: string): boolean {
  return FACTS_OPENING.test(text);
}
