/**
 * A post's note of its sources under a label that says where its facts come from, right under its posting line ("Facts from:
 * Wythenbury and Coldbrook NHS Trust, Health and Safety Executive, staff we spoke to", "Information from: the county council",
 * "Figures supplied by: the fire service", «Факты: ГУ МЧС, администрация города», «Сведения предоставили: полиция, мэрия»,
 * «Информация от: охотнадзора»). A shop's journal credits whom it asked so, as a newspaper labels "Sources:" (`isPostFilingField`)
 * or writes the phrase out (`isSourcesNote`); the label is the site's, the list of names no sentence of the post. The label is
 * one of facts, information, details, figures or data, with "from", "supplied by" or "provided by" after it, or their Russian
 * counterparts; the note is short, its list ends no sentence. Pure.
 */

/** The label: "Facts from:", "Information supplied by:", "Details:", «Факты:», «Сведения предоставили:», «Информация от:». */
const FACTS_LABEL =
  /^(?:(?:facts|information|info|details|figures|data)(?:\s+(?:from|supplied by|provided by|courtesy of))?|(?:факты|сведения|информация|данные)(?:\s+(?:от|из|предоставил[аи]?|предоставлены|предоставлена))?)\s*:\s+\S/iu;
/** Longest note (characters). */
const MAX_NOTE_CHARS = 200;

/** Whether a line under a posting line is the post's labelled note of where its facts come from (see the module's note). */
export function isFactsLabelNote(line: string): boolean {
  const text = line.trim().replace(/[*_]+/gu, "").trim();
  return text.length <= MAX_NOTE_CHARS && FACTS_LABEL.test(text) && !/[.!?…;]["»”)]?$/u.test(text);
}
