/**
 * A post's note of whom it asked set as its last line, after its closing words and right over its tags or share row ("*Information
 * from the county council, the fire service and the hospital trust*", «*По данным управления здравоохранения, администрации и
 * прокуратуры*»): a shop's blog may credit its sources at the post's foot rather than under its posting line. Where it stands does
 * not make it the post's words: like the note under the posting line (`isSourcesNote`, whose reading it shares) it says where the
 * facts come from, and it goes with the post's other furniture. Only the last filled line is looked at; a sentence opening the
 * same way («По данным МЧС, пожар начался в 12:00.») ends with its stop and stays. Pure.
 */

import { isSourcesNote } from "./sources-note.ts";

/** The post's lines without a note of its sources as their last filled line (see the module's note). */
export function withoutClosingSourcesNote(lines: readonly string[]): string[] {
  let last = lines.length - 1;
  while (last >= 0 && (lines[last] ?? "").trim() === "") last--;
  if (last < 0 || !isSourcesNote(lines[last] ?? "")) return [...lines];
  return [...lines.slice(0, last), ...lines.slice(last + 1)];
}
