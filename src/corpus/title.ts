import type { Article } from "./article.ts";
import { datelineLength } from "./dateline.ts";
import { splitSentences } from "./sentences.ts";

/** Longest title made from an untitled article's first sentence, in characters. */
const MAX_MADE_TITLE_CHARS = 90;

/**
 * A title for an article that has none: its first sentence of six words or more (a dateline before
 * it left out), cut at a word boundary to at most 90 characters with "…". Null for text without such
 * a sentence. Pure.
 */
export function titleFromText(text: string): string | null {
  const head = text.slice(0, 2000);
  for (const span of splitSentences(head)) {
    const raw = head.slice(span.start, span.end);
    const sentence = raw.slice(datelineLength(raw)).trim();
    if ((sentence.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 6) continue;
    if (sentence.length <= MAX_MADE_TITLE_CHARS) return sentence;
    const cut = sentence.slice(0, MAX_MADE_TITLE_CHARS);
    const atWord = cut.slice(0, cut.lastIndexOf(" ")).replace(/[\s,;:–—-]+$/u, "");
    return `${atWord}…`;
  }
  return null;
}

/**
 * What a source line calls an article: its title; else a title made from its first sentence; else
 * its outlet and date — never its file name. Pure.
 */
export function articleName(article: Article): string {
  const { meta } = article;
  return (
    meta.title ??
    titleFromText(article.text) ??
    ([meta.outlet, meta.date].filter((p): p is string => p !== null).join(", ") || article.text.slice(0, 60).trim())
  );
}
