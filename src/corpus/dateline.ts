/**
 * A dateline opening an article's first paragraph: a place in capitals, then the agency or the date
 * after a full stop or a comma, then a dash ("ALMATY. KAZINFORM – ", "CEDAR HOLLOW, Ore., Aug 3
 * (Agency) - "). Without the stop or comma ("NATO - the alliance…") it is not one.
 */
const DATELINE = /^\p{Lu}[\p{Lu}\s.-]{2,40}(?:[,.][^–—\n]{0,80}?)?\s[–—-]\s+/u;

/** The agency after the dash, closed by a full stop: «МОСКВА, 12 июн — РИА Новости. Лесной пожар…». */
const AGENCY_AFTER_DASH = /^\p{Lu}[\p{L}-]*(?:[ \u00A0]\p{Lu}[\p{L}-]*){0,2}\.\s+(?=\p{Lu})/u;

/** How many characters of `text` a dateline at its start takes (0 when it has none). Pure. */
export function datelineLength(text: string): number {
  const match = DATELINE.exec(text);
  if (!match || !/[.,]/.test(match[0])) return 0;
  const agency = AGENCY_AFTER_DASH.exec(text.slice(match[0].length));
  return match[0].length + (agency?.[0].length ?? 0);
}
