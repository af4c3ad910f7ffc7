import { ANSWER_TEXTS, abstentionText } from "../../src/answer/messages.ts";
import { groupByDocument } from "../../src/answer/source.ts";
import type { AnswerResult, Quote, Source } from "../../src/answer/types.ts";

const BOLD = "\u001b[1m";
const RESET = "\u001b[22m";

/** One source line: its name, the outlet (when the name is a title), date and link, whichever are known. */
export function plainSourceLine(source: Source): string {
  const parts = [source.outlet && !source.name.includes(source.outlet) ? `${source.name} (${source.outlet})` : source.name];
  if (source.date && !source.name.includes(source.date)) parts.push(source.date);
  if (source.url) parts.push(source.url);
  return `— ${parts.join(", ")}`;
}

/** A quote's text with its highlighted words wrapped in ANSI bold (for a terminal). */
export function boldHighlights(quote: Quote): string {
  let out = "";
  let at = 0;
  for (const { start, end } of [...quote.highlights].sort((a, b) => a.start - b.start)) {
    if (start < at) continue;
    out += `${quote.text.slice(at, start)}${BOLD}${quote.text.slice(start, end)}${RESET}`;
    at = end;
  }
  return out + quote.text.slice(at);
}

/**
 * The answer as plain text in its language: the lead line, each document's quotes in «» with one
 * source line after them; or the "nothing found" text. With `ansi`, the words matching the
 * question are in bold (for a terminal; never in JSON or a pipe).
 */
export function renderAnswerText(result: AnswerResult, options: { ansi?: boolean } = {}): string {
  const texts = ANSWER_TEXTS[result.lang];
  if (result.abstained) return abstentionText(result);
  const blocks = groupByDocument(result.quotes).map((group) =>
    [...group.quotes.map((q) => `«${options.ansi ? boldHighlights(q) : q.text}»`), plainSourceLine(group.source)].join("\n"),
  );
  return [texts.lead, ...blocks].join("\n\n");
}
