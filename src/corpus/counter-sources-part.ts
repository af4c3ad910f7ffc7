/**
 * A posting line's last part naming the post's sources as a phrase ("Sources: …" is a labelled field; this is the phrase): «По
 * данным МЧС, администрации района и ГИБДД», «по сообщениям ОМВД и газеты «Заречинская правда»», "according to the police and the
 * council", "as reported by the Herald". A shop's or a tradesman's blog writes where its facts come from into the posting row
 * itself; the reader of such a row (`postingFieldsDay`) took only labelled fields, so the row stayed in the text. A phrase that
 * the note under a posting line opens with (`isSourcesNote`) is one; so is one opening with the reports or the words of others
 * («по сообщениям», «со ссылкой на», "according to", "as reported by"). Pure.
 */

import { isSourcesNote } from "./sources-note.ts";

/** The reports' openings: «по сообщениям», «со ссылкой на», "according to", "as reported by", "reports from". */
const REPORTS_OPENING = /^(?:по\s+сообщениям|со\s+ссылкой\s+на|according\s+to|as\s+reported\s+by|(?:with\s+)?reports\s+from)\s+\S/iu;
/** Longest part (characters). */
const MAX_PART_CHARS = 160;

/** Whether `part` of a posting line names the post's sources as a phrase (see the module's note). */
export function isSourcesPart(part: string): boolean {
  const text = part.trim();
  return isSourcesNote(text) || (text.length <= MAX_PART_CHARS && REPORTS_OPENING.test(text) && !/[.!?…;]["»”)]?$/u.test(text));
}
