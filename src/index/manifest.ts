import type { ArticleMeta, Lang } from "../corpus/article.ts";
import type { ChunkOptions } from "../corpus/chunk.ts";
import type { Calibration } from "./calibration.ts";

/** `hybrid`: BM25 + vectors; `lexical`: BM25 only (the model could not be loaded). */
export type IndexMode = "hybrid" | "lexical";

/** One document as recorded in the manifest. */
export interface ManifestDocument {
  id: string;
  /** sha256 of the raw file: the indexer re-embeds a document only when this changes. */
  hash: string;
  /** Size (bytes) and modification time (ms) of the file when indexed: unchanged ones are not read again. */
  size: number;
  mtimeMs: number;
  meta: ArticleMeta;
  /** What a source line calls the document: its title, a title made from its first sentence, or its outlet and date. */
  name: string;
  passages: number;
  /** Position in `segments` of the segment that holds the document's passages. */
  segment: number;
}

/** One segment of the index: a folder of passages, their lexical index and vectors (see `segment-files.ts`). */
export interface ManifestSegment {
  /** Folder name inside the index folder. */
  dir: string;
  /** Passages stored in the segment (those of documents removed or replaced since included). */
  passages: number;
  /** Documents stored in the segment (likewise). */
  documents: number;
}

/**
 * `embeddings/manifest.json`: describes the index beside it so that loading can check itself.
 *
 * This is the manifest in memory. On disk (`ManifestFile`, format 3) the fields are the same
 * except `documents`, which is stored as a column table (`documentTable`, see
 * `ManifestDocumentTable`): a million passages have 170,000 documents, and 170,000 JSON objects
 * take nearly twice the bytes, and twice the time to read, that twelve arrays take. `readManifest`
 * rebuilds the document objects from the columns. For example, three documents:
 *
 *   "formatVersion": 3, …, "documentTable": { "id": ["a.txt", "b.txt", "c.txt"], …,
 *     "name": ["Title A", "Kazinform, 2024-03-23", "Заголовок"], "title": [0, null, "Другой заголовок"], …,
 *     "lang": ["en", "en", "ru"] }, …, "seedsDir": "/srv/seeds"
 *
 * Format 2 (documents as objects, written before
 * the column table) is still read, and comes back as this same manifest; the next build writes
 * format 3. Format 1 (one build folder, no segments) is refused: the index must be rebuilt.
 */
export interface Manifest {
  /** The format `manifest.json` is written in (a format-2 file reads as 3: the manifest in memory is the same). */
  formatVersion: 3;
  /** Embedding model id, or null in lexical mode. */
  model: string | null;
  /** Vector length, or null in lexical mode. */
  dimensions: number | null;
  /** Text put before each passage when it was embedded, or null in lexical mode. */
  passagePrefix: string | null;
  /** Weights variant of the model ("q8", "fp32"), or null in lexical mode: vectors of another are not reused. */
  dtype: string | null;
  /** Off-topic similarity distribution and the threshold vector evidence must exceed; null in lexical mode. */
  calibration: Calibration | null;
  /** hnswlib space; cosine distance = 1 − cosine similarity. */
  space: "cosine";
  mode: IndexMode;
  /** sha256 over the sorted document ids and hashes and the chunking settings. */
  corpusHash: string;
  /**
   * The chunking settings the passages were cut with (null in indexes made before it was
   * recorded): compared directly, so that a staleness check need not hash every document.
   */
  chunk: ChunkOptions | null;
  /**
   * `ARTICLE_RULES_VERSION` when the index was built (null in indexes made before it was recorded):
   * another version means the same files would be cleaned or cut differently.
   */
  articleRules: number | null;
  /**
   * Hash of the vocabulary's data files the index was built with (`lexiconHash`); the built
   * vocabulary itself is stored beside the manifest as `vocabulary-<hash>.json`.
   */
  vocabularyHash: string;
  /** The documents in the index now, each in one segment. */
  documents: ManifestDocument[];
  /**
   * The segments, in order: passage ids run through them (a segment's first id is the sum of the
   * passages before it). A full build writes one segment per 100,000 passages; an incremental one
   * adds a segment with the documents it adds or replaces, and keeps the others.
   */
  segments: ManifestSegment[];
  /** Live documents and their passages (segments may hold more: those of removed or replaced documents). */
  counts: { documents: number; passages: number };
  /** ISO timestamp of the build. */
  builtAt: string;
  /** Wall time of the build, in milliseconds. */
  buildMs: number;
  /** Folder of the newest segment (the last of `segments`). */
  dataDir: string;
  /**
   * Absolute path of the articles folder the index was built from (null in indexes made before it
   * was recorded): `ask --index DIR` checks that folder, not the configured one, for changes.
   */
  seedsDir: string | null;
}

/**
 * The documents of a format-3 `manifest.json`, stored column-wise: one array per field, all of
 * the same length, entry `i` of each array describing the manifest's `documents[i]`. Every value
 * is stored as it is in `ManifestDocument` (its `meta` fields flattened into `title`, `date`,
 * `outlet`, `url` and `lang`), except `title`, written as `0` when it equals the document's
 * `name` (most titles: a document is named by its title). An entry of another type or a column
 * of another length makes the index corrupt.
 */
export interface ManifestDocumentTable {
  id: string[];
  hash: string[];
  /** Bytes, ≥ 0. */
  size: number[];
  mtimeMs: number[];
  /** Non-negative integers. */
  passages: number[];
  /** Non-negative integers, each less than the number of segments. */
  segment: number[];
  name: string[];
  /** `meta.title`: a string, null, or 0 for "the same as `name`". */
  title: (string | null | 0)[];
  date: (string | null)[];
  outlet: (string | null)[];
  url: (string | null)[];
  lang: Lang[];
}

/**
 * `manifest.json` as written (format 3): the manifest with its documents as a column table
 * (`documentTable` in place of `documents`). The writer puts `seedsDir` last, after the long
 * document table, so that `ask`'s listing worker finds it by reading only the end of the file.
 */
export type ManifestFile = Omit<Manifest, "documents"> & { documentTable: ManifestDocumentTable };
