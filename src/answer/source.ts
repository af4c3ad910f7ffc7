import type { Article } from "../corpus/article.ts";
import { articleName } from "../corpus/title.ts";
import type { ManifestDocument } from "../index/manifest.ts";
import type { Quote, Source } from "./types.ts";

/**
 * The source of an article, built from its metadata (never from model output). `name` is what
 * a source line calls it: its title; else a title made from its first sentence; else its outlet
 * and date — never its file name.
 */
export function sourceOf(article: Article): Source {
  const { meta } = article;
  return {
    doc: article.id,
    name: articleName(article),
    title: meta.title,
    outlet: meta.outlet,
    date: meta.date,
    url: meta.url,
    lang: meta.lang,
  };
}

/** The source of an indexed document, from the manifest (its name was made when it was indexed). */
export function sourceOfDocument(document: ManifestDocument): Source {
  const { meta } = document;
  return { doc: document.id, name: document.name, title: meta.title, outlet: meta.outlet, date: meta.date, url: meta.url, lang: meta.lang };
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
