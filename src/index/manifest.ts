import type { ArticleMeta } from "../corpus/article.ts";
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

/** `embeddings/manifest.json`: describes the index beside it so that loading can check itself. */
export interface Manifest {
  formatVersion: 2;
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
