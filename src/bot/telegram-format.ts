import { groupByDocument, sourceName } from "../answer/source.ts";
import type { Lang } from "../corpus/article.ts";
import { ANSWER_TEXTS, abstentionText } from "../answer/messages.ts";
import type { AnswerResult, Quote, RankedPassage, Source } from "../answer/types.ts";

/** Telegram's limit on one message's text, in UTF-16 code units. */
export const TELEGRAM_MESSAGE_LIMIT = 4096;

/** Longest block of one document's quotes under a single source line (room left for the lead). */
const GROUP_LIMIT = TELEGRAM_MESSAGE_LIMIT - 200;

/**
 * Escapes text for Telegram's HTML parse mode (and for attribute values):
 * `&`, `<`, `>` and `"` become entities; everything else (Cyrillic, emoji) stays as is.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => (ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : "&quot;"));
}

/** Reverses `escapeHtml` (and the numeric entities Telegram accepts). */
export function unescapeHtml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);/g, (_m, name: string) => {
    if (name === "lt") return "<";
    if (name === "gt") return ">";
    if (name === "amp") return "&";
    if (name === "quot") return '"';
    const code = name.startsWith("#x") ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** Plain-text rendering of our own HTML: tags dropped, entities decoded (for the "can't parse entities" fallback). */
export function htmlToPlain(html: string): string {
  return unescapeHtml(html.replace(/<[^>]*>/g, ""));
}

/** Only `http(s)` links become `<a href>`; anything else (javascript:, relative) is not linked. */
function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * One source line, built from the document's metadata only:
 * `— <b>Title</b>, Outlet, 2024-03-23 · <a href="…">link</a>` (pieces that are unknown are left out).
 */
export function formatSourceLine(source: Source, lang: Lang): string {
  const labels = ANSWER_TEXTS[lang];
  const pieces: string[] = [`<b>${escapeHtml(sourceName(source))}</b>`];
  if (source.outlet && !source.name.includes(source.outlet)) pieces.push(escapeHtml(source.outlet));
  if (source.date && !source.name.includes(source.date)) pieces.push(escapeHtml(source.date));
  let line = `— ${pieces.join(", ")}`;
  const url = safeUrl(source.url);
  if (url) line += ` · <a href="${escapeHtml(url)}">${escapeHtml(labels.link)}</a>`;
  return line;
}

/**
 * A quote's text as Telegram HTML: escaped, with the words that match the question in `<b>` (so
 * the reader sees why it was chosen). Surrounding whitespace is trimmed.
 */
export function quoteHtml(quote: Pick<Quote, "text"> & Partial<Pick<Quote, "highlights">>): string {
  const text = quote.text;
  const lead = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  let html = "";
  let at = lead;
  for (const { start, end: stop } of [...(quote.highlights ?? [])].sort((a, b) => a.start - b.start)) {
    if (start < at || stop > end || stop <= start) continue;
    html += `${escapeHtml(text.slice(at, start))}<b>${escapeHtml(text.slice(start, stop))}</b>`;
    at = stop;
  }
  return html + escapeHtml(text.slice(at, end));
}

/** One quote as a `<blockquote>` followed by its source line. */
export function formatQuote(quote: Pick<Quote, "text" | "source"> & Partial<Pick<Quote, "highlights">>, lang: Lang): string {
  return `<blockquote>${quoteHtml(quote)}</blockquote>\n${formatSourceLine(quote.source, lang)}`;
}

/**
 * The whole answer as Telegram HTML: a lead line, then each quote with its source line;
 * or the localized "nothing found" text when the service abstained. Every piece of document
 * and user text is escaped. The result may exceed 4096 characters: pass it to `splitHtml`.
 */
export function formatAnswer(result: AnswerResult): string {
  const labels = ANSWER_TEXTS[result.lang];
  if (result.abstained) return escapeHtml(abstentionText(result));
  // One source line per document, after its quotes; when a document's quotes would not fit in
  // one message, each quote gets its own source line, so that every message names its source.
  const blocks = groupByDocument(result.quotes).map((group) => {
    const source = formatSourceLine(group.source, result.lang);
    // Bold is a help, not content: a quote too long to fit one message with it goes without.
    const quotes = group.quotes.map((q) => {
      const html = quoteHtml(q);
      return `<blockquote>${html.length <= GROUP_LIMIT ? html : escapeHtml(q.text.trim())}</blockquote>`;
    });
    const together = [...quotes, source].join("\n");
    return together.length <= GROUP_LIMIT ? together : quotes.map((quote) => `${quote}\n${source}`).join("\n\n");
  });
  return [escapeHtml(labels.lead), ...blocks].join("\n\n");
}

/**
 * The passages behind the "More" button (whole retrieved passages, verbatim), each with its source line.
 * `sourceOf` maps a document id to its source (documents that vanished in a reindex are skipped).
 */
export function formatPassages(
  passages: readonly RankedPassage[],
  lang: Lang,
  sourceOf: (doc: string) => Source | undefined,
): string {
  const blocks: string[] = [];
  for (const ranked of passages) {
    const source = sourceOf(ranked.passage.doc);
    if (!source) continue;
    blocks.push(formatQuote({ text: ranked.passage.text, source }, lang));
  }
  return blocks.join("\n\n");
}

/** One indivisible piece of an HTML string: a tag, an entity, or one code point of text. */
interface Unit {
  raw: string;
  kind: "open" | "close" | "text";
  /** Tag name for open/close units. */
  tag?: string;
}

function htmlUnits(html: string): Unit[] {
  const units: Unit[] = [];
  const pattern = /<(\/?)([a-zA-Z][\w-]*)[^>]*>|&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);|[\s\S]/gu;
  for (const match of html.matchAll(pattern)) {
    const raw = match[0];
    if (match[2] !== undefined) {
      units.push({ raw, kind: match[1] === "/" ? "close" : "open", tag: match[2].toLowerCase() });
    } else {
      units.push({ raw, kind: "text" });
    }
  }
  return units;
}

function plainUnits(text: string): Unit[] {
  return Array.from(text, (raw) => ({ raw, kind: "text" as const }));
}

/** How good a cut after `units[i]` is: paragraph 3, line 2, word 1, anywhere 0. */
function breakPriority(units: readonly Unit[], i: number): number {
  const unit = units[i];
  if (!unit || unit.kind !== "text") return -1;
  if (unit.raw === "\n") {
    // Look back through tags for a second newline: "\n\n" or "\n</tag>\n" style paragraph breaks.
    for (let j = i - 1; j >= 0; j--) {
      const prev = units[j];
      if (!prev) break;
      if (prev.kind !== "text") continue;
      return prev.raw === "\n" ? 3 : 2;
    }
    return 2;
  }
  if (/^\s$/u.test(unit.raw)) return 1;
  return 0;
}

function isBlank(unit: Unit | undefined): boolean {
  return unit !== undefined && unit.kind === "text" && /^\s$/u.test(unit.raw);
}

function splitUnits(units: Unit[], limit: number): string[] {
  const parts: string[] = [];
  let pos = 0;
  let stack: Unit[] = [];
  while (pos < units.length) {
    while (pos < units.length && isBlank(units[pos])) pos++;
    if (pos >= units.length) break;
    const prefix = stack.map((u) => u.raw).join("");
    const working = [...stack];
    let length = prefix.length;
    const best: (number | null)[] = [null, null, null, null];
    const stackAt: Unit[][] = [];
    let fitsAll = true;
    for (let i = pos; i < units.length; i++) {
      const unit = units[i]!;
      if (unit.kind === "open") working.push(unit);
      else if (unit.kind === "close") {
        const at = working.map((u) => u.tag).lastIndexOf(unit.tag);
        if (at >= 0) working.splice(at, 1);
      }
      length += unit.raw.length;
      const closing = working.reduce((sum, u) => sum + (u.tag?.length ?? 0) + 3, 0);
      if (length + closing > limit) {
        fitsAll = false;
        break;
      }
      stackAt[i - pos] = [...working];
      const priority = breakPriority(units, i);
      if (priority >= 0 && units[i + 1]?.kind !== "close") best[priority] = i;
      else if (unit.kind === "close") best[0] = i;
    }
    if (fitsAll) {
      let last = units.length - 1;
      while (last > pos && isBlank(units[last])) last--;
      parts.push(prefix + units.slice(pos, last + 1).map((u) => u.raw).join(""));
      break;
    }
    // Prefer the strongest break that keeps the part at least a quarter full.
    const minEnd = pos + Math.floor((limit - prefix.length) / 4);
    let cut: number | null = null;
    for (let priority = 3; priority >= 0 && cut === null; priority--) {
      const candidate = best[priority];
      if (candidate !== null && candidate !== undefined && (candidate >= minEnd || priority === 0)) cut = candidate;
    }
    if (cut === null) cut = best.find((c) => c !== null && c !== undefined) ?? pos;
    // Never end a part with a tag that opens nothing inside it.
    let end = cut;
    while (end > pos && units[end]?.kind === "open") end--;
    let endStack = stackAt[end - pos] ?? [];
    // Trailing blanks inside the part are dropped (Telegram trims them anyway).
    let textEnd = end;
    while (textEnd > pos && isBlank(units[textEnd])) textEnd--;
    const body = units.slice(pos, textEnd + 1).map((u) => u.raw).join("");
    const trailingTags = units
      .slice(textEnd + 1, end + 1)
      .filter((u) => u.kind !== "text")
      .map((u) => u.raw)
      .join("");
    const closing = [...endStack].reverse().map((u) => `</${u.tag}>`).join("");
    parts.push(prefix + body + trailingTags + closing);
    stack = endStack;
    endStack = [];
    pos = end + 1;
  }
  return parts.filter((part) => htmlToPlain(part).trim() !== "");
}

/**
 * Splits Telegram HTML into messages of at most `limit` characters (raw HTML length, which is
 * never less than what Telegram counts). Cuts at paragraph breaks first, then line breaks, then
 * spaces, and never inside a tag or an entity; tags open at a cut are closed at the end of the part
 * and reopened at the start of the next one.
 */
export function splitHtml(html: string, limit: number = TELEGRAM_MESSAGE_LIMIT): string[] {
  return splitUnits(htmlUnits(html), limit);
}

/** Like `splitHtml` for plain text (no tags, `<` and `&` are ordinary characters). */
export function splitPlain(text: string, limit: number = TELEGRAM_MESSAGE_LIMIT): string[] {
  return splitUnits(plainUnits(text), limit);
}
