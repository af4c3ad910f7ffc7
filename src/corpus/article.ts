/**
 * Version of the rules that turn a file into an article and its passages: cleaning, datelines,
 * sentence splitting, chunking. Bump it with any change to them that alters what an unchanged file
 * yields: the index records it, and one built under another version is rebuilt in full (documents
 * are otherwise compared by their raw bytes, which a rule change leaves alone).
 */
export const ARTICLE_RULES_VERSION = 40;

/** Languages the bot reads and answers in. */
export type Lang = "en" | "ru";

/** What is known about a document's origin; `null` where the text does not say. */
export interface ArticleMeta {
  /** Headline, from front matter or the first line when it reads as a title. */
  title: string | null;
  /** Publication date as `YYYY-MM-DD`. */
  date: string | null;
  /** Outlet name, e.g. "Kazinform", "NUR.KZ", "TASS". */
  outlet: string | null;
  /** Link to the original article. */
  url: string | null;
  /** Language of the article body. */
  lang: Lang;
}

/** A cleaned document. `id` is its file name in the seeds folder (e.g. `000_87f934314bcdc9c2.txt`). */
export interface Article {
  id: string;
  meta: ArticleMeta;
  /** The article body after cleaning: what passages and quotes are cut from. */
  text: string;
  /** sha256 (hex) of the raw file bytes: tells the indexer whether the document changed. */
  hash: string;
}

/**
 * A span of an article's cleaned text that is indexed and retrieved as one unit.
 * Invariant: `text === article.text.slice(start, end)` (offsets in UTF-16 code units).
 */
export interface Passage {
  /** Position of the passage in the index (0-based, dense). */
  id: number;
  /** Id of the article (its file name). */
  doc: string;
  start: number;
  end: number;
  text: string;
}
