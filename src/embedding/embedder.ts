/**
 * Turns text into unit-length vectors (mean-pooled, L2-normalised), so that the
 * dot product of two vectors is their cosine similarity.
 */
export interface Embedder {
  /** Model id or local path the vectors come from; recorded in the manifest. */
  readonly modelId: string;
  /** Weights variant the vectors come from ("q8" or "fp32"); recorded in the manifest, since the two differ slightly. */
  readonly dtype: string;
  /** Length of every vector this embedder returns. */
  readonly dimensions: number;
  /** Text put before every passage (e.g. `passage: `): vectors made with another prefix are not reused. */
  readonly passagePrefix: string;
  /** Embeds article passages (with the model's passage prefix, e.g. `passage: `). */
  embedPassages(texts: readonly string[], onProgress?: (done: number, total: number) => void): Promise<Float32Array[]>;
  /** Embeds one user question (with the model's query prefix, e.g. `query: `). */
  embedQuery(text: string): Promise<Float32Array>;
}
