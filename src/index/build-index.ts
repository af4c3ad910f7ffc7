import { createHash } from "node:crypto";
import { resolve } from "node:path";
import type { BuildProgress, ReindexReport } from "./build-report.ts";
import { lockIndexFolder } from "./build-lock.ts";
import type { Article, Passage } from "../corpus/article.ts";
import { chunkArticle, DEFAULT_CHUNK_OPTIONS } from "../corpus/chunk.ts";
import type { ChunkOptions } from "../corpus/chunk.ts";
import { loadCorpus } from "../corpus/load.ts";
import type { Embedder } from "../embedding/embedder.ts";
import { AppError } from "../errors.ts";
import { calibrate, type Calibration } from "./calibration.ts";
import type { Manifest, ManifestDocument } from "./manifest.ts";
import { readManifest, readPassages, readVectorMatrix, removeStaleEntries, writeIndex } from "./store.ts";
import type { WriteOptions } from "./store.ts";
import { VectorIndex } from "./vector-index.ts";

/** The seeds folder holds no article that could be read: nothing to index. */
export class CorpusEmptyError extends AppError {
  override name = "CorpusEmptyError";
  /** Absolute path of the seeds folder. */
  readonly dir: string;
  /** Files that were there but could not be used, with the reason. */
  readonly skipped: { file: string; reason: string }[];
  constructor(dir: string, skipped: { file: string; reason: string }[]) {
    const details = skipped.map((s) => `\n  - ${s.file}: ${s.reason}`).join("");
    super(
      `No readable articles in ${dir}; the previous index (if any) is left as it was.${details}`,
      "error.corpusEmpty",
    );
    this.dir = dir;
    this.skipped = skipped;
  }
}

/** The embedder returned something other than one vector of its declared length per passage. */
export class EmbeddingShapeError extends AppError {
  override name = "EmbeddingShapeError";
  constructor(message: string) {
    super(message, "error.generic");
  }
}

/** Options of `buildIndex`. */
export interface BuildOptions {
  /** Folder with the article files. */
  seedsDir: string;
  /** Index folder (manifest.json and build folders), e.g. `embeddings/`. */
  outDir: string;
  /** Null builds a lexical-only index (no vectors). */
  embedder: Embedder | null;
  chunk?: ChunkOptions;
  onProgress?: (progress: BuildProgress) => void;
  /** Clock, for reproducible tests. */
  now?: () => Date;
  /** Passed to the writer (progress per file; lets tests inject a failure mid-write). */
  write?: WriteOptions;
}

/** What `buildIndex` produced. */
export interface BuildResult {
  manifest: Manifest;
  report: ReindexReport;
  /** Passages embedded by this build (0 in lexical mode or when nothing changed). */
  embedded: number;
  /** Passages whose vectors were reused from the previous build. */
  reused: number;
}

/**
 * Builds the index of `seedsDir` into `outDir`: loads and chunks the articles, gives passages
 * dense ids, embeds only documents that are new or changed since the previous build (a document's
 * vectors are reused when its file hash, its passages and the model are unchanged), builds the
 * hnsw graph and writes everything atomically (see `store.ts`). Files that cannot be used are
 * listed in `report.skipped`. Throws `CorpusEmptyError` when no article is usable, and
 * `IndexBusyError` while another process builds into the same folder; on any failure the
 * previous index stays as it was.
 */
export async function buildIndex(options: BuildOptions): Promise<BuildResult> {
  const release = await lockIndexFolder(options.outDir);
  try {
    return await buildUnlocked(options);
  } finally {
    await release();
  }
}

async function buildUnlocked(options: BuildOptions): Promise<BuildResult> {
  const now = options.now ?? (() => new Date());
  const chunk = options.chunk ?? DEFAULT_CHUNK_OPTIONS;
  const progress = options.onProgress ?? (() => {});
  const embedder = options.embedder;
  const started = now();
  const startedMs = performance.now();

  progress({ phase: "loading", done: 0, total: 0 });
  await removeStaleEntries(resolve(options.outDir));
  const corpus = await loadCorpus(options.seedsDir);
  const skipped = [...corpus.skipped];

  const documents: { article: Article; passages: Omit<Passage, "id">[] }[] = [];
  for (const article of [...corpus.articles].sort((a, b) => compareIds(a.id, b.id))) {
    let passages: Omit<Passage, "id">[];
    try {
      passages = chunkArticle(article, chunk);
    } catch (error) {
      skipped.push({ file: article.id, reason: `cannot be split into passages: ${errorText(error)}` });
      continue;
    }
    if (passages.length === 0) {
      skipped.push({ file: article.id, reason: "no text left to index after cleaning" });
      continue;
    }
    documents.push({ article, passages });
  }
  if (documents.length === 0) throw new CorpusEmptyError(resolve(options.seedsDir), skipped);
  progress({ phase: "loading", done: documents.length, total: documents.length });

  const previous = await readPreviousBuild(options.outDir, embedder);
  const articles = documents.map((d) => d.article);
  const passages: Passage[] = [];
  const passagesByDoc = documents.map((document) =>
    document.passages.map((passage) => {
      const withId: Passage = { id: passages.length, ...passage };
      passages.push(withId);
      return withId;
    }),
  );

  let vectors: { matrix: Float32Array; index: VectorIndex } | null = null;
  let calibration: Calibration | null = null;
  let embedded = 0;
  let reused = 0;
  if (embedder) {
    const dims = embedder.dimensions;
    const matrix = new Float32Array(passages.length * dims);
    const toEmbed: Passage[] = [];
    for (const [d, document] of documents.entries()) {
      const ownPassages = passagesByDoc[d] ?? [];
      const rows = previous?.reusableRows(document.article, ownPassages);
      const oldMatrix = previous?.matrix;
      if (rows && oldMatrix) {
        rows.forEach((row, i) => {
          const target = ownPassages[i];
          if (target) matrix.set(oldMatrix.subarray(row * dims, (row + 1) * dims), target.id * dims);
        });
        reused += ownPassages.length;
      } else {
        toEmbed.push(...ownPassages);
      }
    }
    progress({ phase: "embedding", done: 0, total: toEmbed.length });
    if (toEmbed.length > 0) {
      const fresh = await embedder.embedPassages(
        toEmbed.map((p) => p.text),
        (done, total) => progress({ phase: "embedding", done, total }),
      );
      if (fresh.length !== toEmbed.length) {
        throw new EmbeddingShapeError(`the embedder returned ${fresh.length} vectors for ${toEmbed.length} passages`);
      }
      fresh.forEach((vector, i) => {
        if (vector.length !== dims) {
          throw new EmbeddingShapeError(`the embedder returned a ${vector.length}-dimensional vector, expected ${dims}`);
        }
        const target = toEmbed[i];
        if (target) matrix.set(vector, target.id * dims);
      });
      embedded = toEmbed.length;
    }
    progress({ phase: "embedding", done: toEmbed.length, total: toEmbed.length });
    const rows = Array.from({ length: passages.length }, (_, i) => matrix.subarray(i * dims, (i + 1) * dims));
    vectors = { matrix, index: VectorIndex.build(rows, dims) };
    // How similar questions about nothing here come out, with this model and these passages.
    const index = vectors.index;
    calibration = await calibrate(embedder, (query) => index.search(query, 1)[0]?.similarity ?? 0);
  }

  progress({ phase: "writing", done: 0, total: 1 });
  const manifestDocuments: ManifestDocument[] = documents.map((d) => ({
    id: d.article.id,
    hash: d.article.hash,
    meta: d.article.meta,
    passages: d.passages.length,
  }));
  const buildMs = Math.round(performance.now() - startedMs);
  const manifest = await writeIndex(
    options.outDir,
    {
      manifest: {
        formatVersion: 1,
        model: embedder ? embedder.modelId : null,
        dimensions: embedder ? embedder.dimensions : null,
        passagePrefix: embedder ? embedder.passagePrefix : null,
        dtype: embedder ? embedder.dtype : null,
        calibration,
        space: "cosine",
        mode: embedder ? "hybrid" : "lexical",
        // Over every loaded article, as `isIndexStale` computes it (one that yields no passage must not look like a change).
        corpusHash: computeCorpusHash(corpus.articles, chunk),
        documents: manifestDocuments,
        counts: { documents: articles.length, passages: passages.length },
        builtAt: started.toISOString(),
        buildMs,
        seedsDir: resolve(options.seedsDir),
      },
      articles,
      passages,
      vectors,
    },
    options.write,
  );
  progress({ phase: "done", done: 1, total: 1 });

  const before = new Map((previous?.manifest.documents ?? []).map((d) => [d.id, d.hash]));
  const after = new Map(manifestDocuments.map((d) => [d.id, d.hash]));
  const report: ReindexReport = {
    documents: manifest.counts.documents,
    passages: manifest.counts.passages,
    mode: manifest.mode,
    buildMs,
    added: [...after.keys()].filter((id) => !before.has(id)),
    changed: [...after.entries()].filter(([id, hash]) => before.has(id) && before.get(id) !== hash).map(([id]) => id),
    removed: [...before.keys()].filter((id) => !after.has(id)),
    skipped,
    warnings: corpus.warnings,
  };
  return { manifest, report, embedded, reused };
}

/**
 * sha256 (hex) over the documents' ids and file hashes, sorted by id, and the chunking
 * settings: equal hashes mean the same passages would be cut.
 */
export function computeCorpusHash(documents: readonly { id: string; hash: string }[], chunk: ChunkOptions): string {
  const hash = createHash("sha256");
  for (const d of [...documents].sort((a, b) => compareIds(a.id, b.id))) hash.update(`${d.id}\0${d.hash}\n`);
  const settings = Object.entries(chunk).sort(([a], [b]) => compareIds(a, b));
  hash.update(JSON.stringify(settings));
  return hash.digest("hex");
}

/** Whether the index should be rebuilt before serving, and why. */
export interface Staleness {
  stale: boolean;
  /** Human-readable reason when stale, null otherwise. */
  reason: string | null;
}

/** What identifies the vectors of a model: its id, weights variant and passage prefix. */
export type ModelIdentity = Pick<Embedder, "modelId" | "dtype" | "passagePrefix">;

/**
 * Compares the index in `dir` with the seeds folder and the model that will embed queries.
 * Stale when: there is no readable manifest; the documents (ids, file hashes) or the chunking
 * settings differ (via `corpusHash`); or `model` (the loaded model's id, dtype or passage prefix)
 * differs from the manifest's, including a lexical index while a model is available. With `model === null`
 * (no model available) any index built from the same documents is fresh: it is served lexically.
 * Throws when the seeds folder cannot be read (`CorpusError` from the loader).
 */
export async function isIndexStale(
  dir: string,
  seedsDir: string,
  model: ModelIdentity | null,
  chunk: ChunkOptions = DEFAULT_CHUNK_OPTIONS,
): Promise<Staleness> {
  let manifest: Manifest;
  try {
    manifest = await readManifest(dir);
  } catch (error) {
    return { stale: true, reason: errorText(error) };
  }
  if (model !== null && manifest.model !== model.modelId) {
    const built = manifest.model === null ? "without a model (lexical-only)" : `with model "${manifest.model}"`;
    return { stale: true, reason: `the index was built ${built}, the configured model is "${model.modelId}"` };
  }
  if (model !== null && manifest.dtype !== null && manifest.dtype !== model.dtype) {
    return { stale: true, reason: `the passages were embedded with the model's ${manifest.dtype} weights, the configured ones are ${model.dtype}` };
  }
  if (model !== null && manifest.passagePrefix !== model.passagePrefix) {
    return { stale: true, reason: "the passages were embedded with another passage prefix" };
  }
  const corpus = await loadCorpus(seedsDir);
  if (computeCorpusHash(corpus.articles, chunk) !== manifest.corpusHash) {
    return { stale: true, reason: "the articles in the seeds folder (or the chunking settings) changed since the last build" };
  }
  return { stale: false, reason: null };
}

interface PreviousBuild {
  manifest: Manifest;
  /** Vectors of the previous build (null when it was lexical or used another model). */
  matrix: Float32Array | null;
  /**
   * Rows of the previous matrix holding `article`'s vectors, in passage order, when its file
   * hash and its passages are unchanged; null when it must be embedded again.
   */
  reusableRows(article: Article, passages: readonly Passage[]): number[] | null;
}

/** The previous build in `outDir`, for reuse and the added/changed/removed report; null when none is readable. */
async function readPreviousBuild(outDir: string, embedder: Embedder | null): Promise<PreviousBuild | null> {
  let manifest: Manifest;
  try {
    manifest = await readManifest(outDir);
  } catch {
    return null;
  }
  const sameModel =
    embedder !== null &&
    manifest.model === embedder.modelId &&
    (manifest.dtype ?? embedder.dtype) === embedder.dtype &&
    manifest.dimensions === embedder.dimensions &&
    manifest.passagePrefix === embedder.passagePrefix;
  let matrix: Float32Array | null = null;
  let oldPassages: Passage[] = [];
  if (sameModel) {
    try {
      matrix = await readVectorMatrix(outDir, manifest);
      oldPassages = await readPassages(outDir, manifest);
      if (oldPassages.length !== manifest.counts.passages) matrix = null;
    } catch {
      matrix = null; // A damaged previous build is simply not reused.
    }
  }
  const oldHashes = new Map(manifest.documents.map((d) => [d.id, d.hash]));
  const oldByDoc = new Map<string, Passage[]>();
  for (const passage of oldPassages) {
    const list = oldByDoc.get(passage.doc) ?? [];
    list.push(passage);
    oldByDoc.set(passage.doc, list);
  }
  return {
    manifest,
    matrix,
    reusableRows(article, passages) {
      if (matrix === null || oldHashes.get(article.id) !== article.hash) return null;
      const old = oldByDoc.get(article.id) ?? [];
      if (old.length !== passages.length) return null;
      const same = old.every((p, i) => {
        const q = passages[i];
        return q !== undefined && p.start === q.start && p.end === q.end && p.text === q.text;
      });
      return same ? old.map((p) => p.id) : null;
    },
  };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
