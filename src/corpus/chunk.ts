import type { Article, Passage } from "./article.ts";
import { splitSentences } from "./sentences.ts";
import type { SentenceSpan } from "./sentences.ts";

/** A passage before it gets its place (`id`) in the index. */
export type PassageDraft = Omit<Passage, "id">;

/** How articles are cut into passages. */
export interface ChunkOptions {
  /** Longest passage in characters (UTF-16 code units); only a single longer sentence exceeds it. */
  maxChars: number;
  /** How many sentences the end of one passage shares with the start of the next (same paragraph group). */
  overlapSentences: number;
}

/**
 * Passages of a few sentences (up to 650 characters, about 3–5 news sentences): long enough to
 * carry context for retrieval (news paragraphs are often one sentence, and the sentence that
 * answers rarely repeats the names of the one before it), short enough that a passage is about
 * one thing. One sentence of overlap keeps a fact that straddles two passages findable from
 * either. Chosen on the eval set among 400–800 characters: shorter passages lose context,
 * longer ones blur which part answers (see README, "How answers are found").
 */
export const DEFAULT_CHUNK_OPTIONS: ChunkOptions = { maxChars: 650, overlapSentences: 1 };

/**
 * Paragraphs are packed together until the group reaches this share of `maxChars`, so that
 * short news paragraphs (one or two sentences) share a passage with their neighbours.
 */
const TINY_PARAGRAPH_SHARE = 1;

/**
 * Cuts an article's text into passages of consecutive whole sentences, each at most
 * `maxChars` long (a single longer sentence is a passage by itself; sentences are never cut).
 * Passages do not cross a paragraph break (a blank line, or a subheading line without final
 * punctuation), except that a tiny paragraph or one ending in ":" (a heading, "…assured RIA
 * Novosti:") is packed with the next one; lines separated by a single line break otherwise
 * count as one paragraph, so one-line paragraphs are packed together. Within a paragraph group consecutive
 * passages share `overlapSentences` sentences. `text === article.text.slice(start, end)`
 * holds for every draft. Pure.
 */
export function chunkArticle(article: Article, options: ChunkOptions = DEFAULT_CHUNK_OPTIONS): PassageDraft[] {
  const maxChars = Math.max(1, options.maxChars);
  const overlap = Math.max(0, Math.floor(options.overlapSentences));
  const drafts: PassageDraft[] = [];
  const sentences = splitSentences(article.text);
  // Each sentence is tested once: the subheadings start paragraphs and never end a passage.
  const headings = new Set(sentences.filter((sentence) => isHeading(article.text, sentence)));
  for (const group of paragraphGroups(article.text, sentences, maxChars, headings)) {
    for (const [first, last] of packSentences(group, maxChars, overlap, headings)) {
      const start = group[first]?.start ?? 0;
      const end = group[last]?.end ?? start;
      drafts.push({ doc: article.id, start, end, text: article.text.slice(start, end) });
    }
  }
  return drafts;
}

/**
 * Groups sentences by paragraph (blocks separated by a blank line), joining a tiny paragraph
 * or one that ends with ":" to the one after it (the last tiny one joins the one before it).
 */
function paragraphGroups(text: string, sentences: readonly SentenceSpan[], maxChars: number, headings: ReadonlySet<SentenceSpan>): SentenceSpan[][] {
  const paragraphs: SentenceSpan[][] = [];
  let previousEnd = -1;
  for (const sentence of sentences) {
    const gap = previousEnd < 0 ? "" : text.slice(previousEnd, sentence.start);
    const current = paragraphs[paragraphs.length - 1];
    if (current === undefined || /\n[^\S\n]*\n/.test(gap) || headings.has(sentence)) paragraphs.push([sentence]);
    else current.push(sentence);
    previousEnd = sentence.end;
  }

  const tiny = maxChars * TINY_PARAGRAPH_SHARE;
  const isLeadIn = (group: readonly SentenceSpan[]): boolean => {
    const first = group[0];
    const last = group[group.length - 1];
    if (!first || !last) return false;
    return last.end - first.start < tiny || text.slice(last.start, last.end).endsWith(":");
  };
  const groups: SentenceSpan[][] = [];
  let pending: SentenceSpan[] = [];
  for (const paragraph of paragraphs) {
    pending.push(...paragraph);
    if (!isLeadIn(pending)) {
      groups.push(pending);
      pending = [];
    }
  }
  if (pending.length > 0) {
    const last = groups[groups.length - 1];
    if (last) last.push(...pending);
    else groups.push(pending);
  }
  return groups;
}

/** Longest line (characters) that can be a subheading inside the text. */
const MAX_HEADING_CHARS = 100;

/**
 * A short line of its own without final punctuation ("Теракты в Дагестане"): a subheading,
 * which starts a new paragraph even without a blank line before it.
 */
function isHeading(text: string, sentence: SentenceSpan): boolean {
  const ownLine = (sentence.start === 0 || text[sentence.start - 1] === "\n") &&
    (sentence.end === text.length || text[sentence.end] === "\n");
  const body = text.slice(sentence.start, sentence.end);
  return ownLine && body.length <= MAX_HEADING_CHARS && !/[.!?…:;,]["'”»)\]]*$/u.test(body);
}

/**
 * Greedy packing of one group's sentences into `[first, last]` index ranges of at most
 * `maxChars`, each range starting with the last `overlap` sentences of the one before
 * (fewer when they would leave no room for a new sentence). A subheading (`headings`) never ends
 * a range that the group goes on after: it starts the next one, with the text it heads.
 */
function packSentences(group: readonly SentenceSpan[], maxChars: number, overlap: number, headings: ReadonlySet<SentenceSpan>): [number, number][] {
  const span = (first: number, last: number): number => (group[last]?.end ?? 0) - (group[first]?.start ?? 0);
  const ranges: [number, number][] = [];
  let first = 0;
  while (first < group.length) {
    let last = first;
    while (last + 1 < group.length && span(first, last + 1) <= maxChars) last += 1;
    const closing = group[last];
    if (last > first && last + 1 < group.length && closing !== undefined && headings.has(closing)) last -= 1;
    ranges.push([first, last]);
    if (last === group.length - 1) break;
    let next = Math.max(first + 1, last + 1 - overlap);
    // An overlap that leaves no room for the next sentence would repeat text for nothing.
    while (next <= last && span(next, last + 1) > maxChars) next += 1;
    first = next;
  }
  return ranges;
}
