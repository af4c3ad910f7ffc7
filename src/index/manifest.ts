import type { ArticleMeta } from "../corpus/article.ts";
import type { Calibration } from "./calibration.ts";

/** `hybrid`: BM25 + vectors; `lexical`: BM25 only (the model could not be loaded). */
export type IndexMode = "hybrid" | "lexical";

/** One document as recorded in the manifest. */
export interface ManifestDocument {
  id: string;
  /** sha256 of the raw file: the indexer re-embeds a document only when this changes. */
  hash: string;
  meta: ArticleMeta;
  passages: number;
}

/** `embeddings/manifest.json`: describes the index beside it so that loading can check itself. */
export interface Manifest {
  formatVersion: 1;
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
  documents: ManifestDocument[];
  counts: { documents: number; passages: number };
  /** ISO timestamp of the build. */
  builtAt: string;
  /** Wall time of the build, in milliseconds. */
  buildMs: number;
  /** Name of the folder (inside the index folder) that holds this build's files. */
  dataDir: string;
  /**
   * Absolute path of the articles folder the index was built from (null in indexes made before it
   * was recorded): `ask --index DIR` checks that folder, not the configured one, for changes.
   */
  seedsDir: string | null;
}
