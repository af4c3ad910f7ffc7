/**
 * A venue's journal post (a shop's, a workshop's, a club's news column) may close a paragraph with a smiley or another pictograph
 * after its last sentence ("…and bring an umbrella. ☔", «…если стоите в очереди на солнце, наденьте панаму. 😊»). The pictograph is
 * the writer's tone, not a word: left there, the sentence splitter makes it a sentence of its own. Pictographs right after a
 * sentence's end (a stop, maybe a closing quote or bracket) at the line's end go; those standing for a sentence's end ("Спасибо 💙")
 * or opening a line are left alone. Pure.
 */

import { TRAILING_PICTOGRAPHS } from "./pictographs.ts";

/** A sentence's end right before the closing pictographs: a stop, maybe a closing quote or bracket. */
const SENTENCE_END = /[.!?…]["»”’)]?$/u;

/** `line` without the pictographs closing it after its last sentence's end (see the module's note); else `line` itself. */
export function withoutClosingPictographs(line: string): string {
  const match = TRAILING_PICTOGRAPHS.exec(line);
  if (match === null) return line;
  const before = line.slice(0, match.index);
  return SENTENCE_END.test(before) && /\p{L}/u.test(before) ? before : line;
}
