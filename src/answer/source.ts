import type { Article } from "../corpus/article.ts";
import { splitSentences } from "../corpus/sentences.ts";
import type { Quote, Source } from "./types.ts";

/** Longest title made from an untitled article's first sentence, in characters. */
const MAX_MADE_TITLE_CHARS = 90;
/** A dateline before the first sentence: "ALMATY. KAZINFORM – ", "CEDAR HOLLOW, Ore., Aug 3 (Agency) - ". */
const DATELINE = /^\p{Lu}[\p{Lu}\s.-]{2,40}(?:[,.][^–—\n]{0,80}?)?\s[–—-]\s+/u;

/**
 * A title for an article that has none: its first sentence of six words or more (a dateline before
 * it left out), cut at a word boundary to at most 90 characters with "…". Null for text without such
 * a sentence. Pure.
 */
export function titleFromText(text: string): string | null {
  const head = text.slice(0, 2000);
  for (const span of splitSentences(head)) {
    const sentence = head.slice(span.start, span.end).replace(DATELINE, "").trim();
    if ((sentence.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 6) continue;
    if (sentence.length <= MAX_MADE_TITLE_CHARS) return sentence;
    const cut = sentence.slice(0, MAX_MADE_TITLE_CHARS);
    const atWord = cut.slice(0, cut.lastIndexOf(" ")).replace(/[\s,;:–—-]+$/u, "");
    return `${atWord}…`;
  }
  return null;
}

/**
 * The source of an article, built from its metadata (never from model output). `name` is what
 * a source line calls it: its title; else a title made from its first sentence; else its outlet
 * and date — never its file name.
 */
export function sourceOf(article: Article): Source {
  const { meta } = article;
  const name =
    meta.title ??
    titleFromText(article.text) ??
    ([meta.outlet, meta.date].filter((p): p is string => p !== null).join(", ") || article.text.slice(0, 60).trim());
  return {
    doc: article.id,
    name,
    title: meta.title,
    outlet: meta.outlet,
    date: meta.date,
    url: meta.url,
    lang: meta.lang,
  };
}

/** What a source is called in a source line (see `sourceOf`). */
export function sourceName(source: Source): string {
  return source.name;
}

/** Quotes of one document, with its source. */
export interface DocumentQuotes {
  source: Source;
  quotes: Quote[];
}

/** Groups quotes by document, in order of first appearance: one source line per document. */
export function groupByDocument(quotes: readonly Quote[]): DocumentQuotes[] {
  const groups = new Map<string, DocumentQuotes>();
  for (const quote of quotes) {
    const group = groups.get(quote.doc) ?? { source: quote.source, quotes: [] };
    group.quotes.push(quote);
    groups.set(quote.doc, group);
  }
  return [...groups.values()];
}
