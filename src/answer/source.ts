import type { Article } from "../corpus/article.ts";
import type { Quote, Source } from "./types.ts";

/** The source of an article, built from its metadata (never from model output). */
export function sourceOf(article: Article): Source {
  return {
    doc: article.id,
    title: article.meta.title,
    outlet: article.meta.outlet,
    date: article.meta.date,
    url: article.meta.url,
    lang: article.meta.lang,
  };
}

/**
 * What a source is called in a source line: its title, else its outlet, else its document id
 * (the file name), so that every quote points at a document even when the text names neither.
 */
export function sourceName(source: Source): string {
  return source.title ?? source.outlet ?? source.doc;
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
