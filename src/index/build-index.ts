import { createHash } from "node:crypto";
import { resolve } from "node:path";
import type { BuildProgress, ReindexReport } from "./build-report.ts";
import { lockIndexFolder } from "./build-lock.ts";
import { ARTICLE_RULES_VERSION, type Article, type Passage } from "../corpus/article.ts";
import { chunkArticle, DEFAULT_CHUNK_OPTIONS } from "../corpus/chunk.ts";
import type { ChunkOptions } from "../corpus/chunk.ts";
import { loadArticles, scanCorpus, type CorpusFile, type FileWarning, type SkippedFile } from "../corpus/load.ts";
import { articleName } from "../corpus/title.ts";
import type { Embedder } from "../embedding/embedder.ts";
import { AppError } from "../errors.ts";
import { offTopicProbes, summariseCalibration, type Calibration } from "./calibration.ts";
import { buildLexicalSegment } from "./lexical-segment.ts";
import type { Manifest, ManifestDocument, ManifestSegment } from "./manifest.ts";
import { commitIndex, discardSegments, readManifest, readStoredPassages, readVectorMatrix, removeStaleEntries, writeSegment } from "./store.ts";
import type { SegmentContents, WriteOptions } from "./store.ts";
import { VectorIndex } from "./vector-index.ts";
import { lexiconHash } from "../text/lexicon-files.ts";
import { sharedVocabulary } from "../text/vocabulary.ts";

/** A full build writes a new segment after this many passages (documents are never split). */
export const MAX_SEGMENT_PASSAGES = 100_000;
/** An incremental update adds a segment only while the index has fewer than this many; then it rebuilds fully. */
export const MAX_SEGMENTS = 12;
/** Changes to more than this share of the documents (and more than `MIN_INCREMENTAL_DOCUMENTS`) make a full rebuild. */
export const MAX_INCREMENTAL_SHARE = 0.1;
const MIN_INCREMENTAL_DOCUMENTS = 50;

/** The seeds folder holds no article that could be read: nothing to index. */
export class CorpusEmptyError extends AppError {
  override name = "CorpusEmptyError";
  /** Absolute path of the seeds folder. */
  readonly dir: string;
  /** Files that were there but could not be used, with the reason. */
  readonly skipped: { file: string; reason: string }[];
  constructor(dir: string, skipped: { file: string; reason: string }[]) {
    const shown = skipped.slice(0, 20).map((s) => `\n  - ${s.file}: ${s.reason}`).join("");
    const more = skipped.length > 20 ? `\n  … and ${skipped.length - 20} more` : "";
    super(`No readable articles in ${dir}; the previous index (if any) is left as it was.${shown}${more}`, "error.corpusEmpty");
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
  /** Index folder (manifest.json and segment folders), e.g. `embeddings/`. */
  outDir: string;
  /** Null builds a lexical-only index (no vectors). */
  embedder: Embedder | null;
  chunk?: ChunkOptions;
  onProgress?: (progress: BuildProgress) => void;
  /** Clock, for reproducible tests. */
  now?: () => Date;
  /** Passed to the writer (progress per file; lets tests inject a failure mid-write). */
  write?: WriteOptions;
  /** Never update incrementally: rebuild every segment (tests, and `npm run index -- --full`). */
  full?: boolean;
  /** Passages per segment of a full build (tests use small values). Default `MAX_SEGMENT_PASSAGES`. */
  segmentPassages?: number;
}

/** What `buildIndex` produced. */
export interface BuildResult {
  manifest: Manifest;
  report: ReindexReport;
  /** Passages embedded by this build (0 in lexical mode or when nothing changed). */
  embedded: number;
  /** Passages whose vectors were reused from the previous build. */
  reused: number;
  /** How the build went: every segment written anew, or only a segment for what changed (or nothing). */
  kind: "full" | "incremental";
}

/** What identifies the vectors of a model: its id, weights variant and passage prefix. */
export type ModelIdentity = Pick<Embedder, "modelId" | "dtype" | "passagePrefix">;

/**
 * Builds (or updates) the index of `seedsDir` in `outDir`. Files whose size and modification time
 * match the previous build are not read again. When few documents changed (at most 10 %, or 50),
 * and the model and chunking are the same, the update is incremental: one new segment holds the
 * added and changed documents, and the previous segments stay, their removed and replaced
 * documents no longer counted. At `MAX_SEGMENTS`, the small segments at the end (earlier updates)
 * are folded into the new one. Otherwise — many changes, another model, chunking or vocabulary,
 * over a quarter of the stored passages dead, or `full` — every segment is written anew, one per 100,000 passages,
 * reusing a document's vectors when its file hash, its passages and the model are unchanged.
 * Everything is written atomically (see `store.ts`). Files that cannot be used are listed in
 * `report.skipped`. Throws `CorpusEmptyError` when no article is usable, and `IndexBusyError`
 * while another process builds into the same folder; on any failure the previous index stays.
 */
export async function buildIndex(options: BuildOptions): Promise<BuildResult> {
  const release = await lockIndexFolder(options.outDir);
  try {
    return await buildUnlocked(options);
  } finally {
    await release();
  }
}

/** The previous manifest when it can be built upon (same model, dimensions, dtype and passage prefix), else null. */
async function previousManifest(outDir: string): Promise<Manifest | null> {
  try {
    return await readManifest(outDir);
  } catch {
    return null;
  }
}

function sameModel(manifest: Manifest, embedder: Embedder | null): boolean {
  if (embedder === null) return manifest.model === null;
  return (
    manifest.model === embedder.modelId &&
    manifest.dimensions === embedder.dimensions &&
    manifest.passagePrefix === embedder.passagePrefix &&
    (manifest.dtype ?? embedder.dtype) === embedder.dtype
  );
}

/** A document being indexed: its article, passages (without ids yet) and file facts. */
interface PendingDocument {
  article: Article;
  passages: Omit<Passage, "id">[];
  file: CorpusFile;
}

async function buildUnlocked(options: BuildOptions): Promise<BuildResult> {
  const now = options.now ?? (() => new Date());
  const chunk = options.chunk ?? DEFAULT_CHUNK_OPTIONS;
  const progress = options.onProgress ?? (() => {});
  const embedder = options.embedder;
  const segmentPassages = options.segmentPassages ?? MAX_SEGMENT_PASSAGES;
  const started = now();
  const startedMs = performance.now();
  const seedsDir = resolve(options.seedsDir);

  progress({ phase: "loading", done: 0, total: 0 });
  await removeStaleEntries(resolve(options.outDir));
  const previous = await previousManifest(options.outDir);
  const scan = await scanCorpus(options.seedsDir);
  const before = new Map((previous?.documents ?? []).map((d) => [d.id, d]));
  const statSame = (file: CorpusFile) => {
    const old = before.get(file.name);
    return old !== undefined && old.size === file.size && old.mtimeMs === file.mtimeMs;
  };
  const touched = scan.files.filter((f) => !statSame(f));
  const present = new Set(scan.files.map((f) => f.name));
  const gone = [...before.keys()].filter((id) => !present.has(id));

  const canUpdate =
    !options.full &&
    previous !== null &&
    sameModel(previous, embedder) &&
    previous.vocabularyHash === lexiconHash() &&
    cutTheSameWay(previous, chunk) &&
    previous.articleRules === ARTICLE_RULES_VERSION &&
    (previous.segments.length < MAX_SEGMENTS || foldableTail(previous) >= 2) &&
    deadShare(previous) <= MAX_DEAD_SHARE &&
    touched.length + gone.length <= Math.max(MIN_INCREMENTAL_DOCUMENTS, MAX_INCREMENTAL_SHARE * previous.documents.length);

  const result = canUpdate && previous
    ? await updateIncrementally({
        options,
        builtAt: started.toISOString(),
        previous,
        scan,
        touched,
        gone,
        chunk,
        progress,
        fold: previous.segments.length < MAX_SEGMENTS ? 0 : foldableTail(previous),
      })
    : await rebuildFully({ options, builtAt: started.toISOString(), previous, scan, chunk, progress, segmentPassages });
  const buildMs = Math.round(performance.now() - startedMs);

  const documents = result.documents;
  if (documents.length === 0) {
    await discardSegments(options.outDir, result.written);
    throw new CorpusEmptyError(seedsDir, result.skipped);
  }
  progress({ phase: "writing", done: 0, total: 1 });
  const manifest = await commitIndex(
    options.outDir,
    {
      manifest: {
        formatVersion: 3,
        model: embedder ? embedder.modelId : null,
        dimensions: embedder ? embedder.dimensions : null,
        passagePrefix: embedder ? embedder.passagePrefix : null,
        dtype: embedder ? embedder.dtype : null,
        calibration: result.calibration,
        space: "cosine",
        mode: embedder ? "hybrid" : "lexical",
        corpusHash: computeCorpusHash(documents, chunk),
        chunk: { maxChars: chunk.maxChars, overlapSentences: chunk.overlapSentences },
        articleRules: ARTICLE_RULES_VERSION,
        vocabularyHash: lexiconHash(),
        documents,
        counts: { documents: documents.length, passages: documents.reduce((n, d) => n + d.passages, 0) },
        builtAt: started.toISOString(),
        buildMs,
        seedsDir,
      },
      vocabulary: sharedVocabulary().toJSON(),
      segments: [...result.kept, ...result.written],
    },
    result.written,
  );
  progress({ phase: "done", done: 1, total: 1 });

  const after = new Map(documents.map((d) => [d.id, d.hash]));
  const report: ReindexReport = {
    documents: manifest.counts.documents,
    passages: manifest.counts.passages,
    mode: manifest.mode,
    buildMs,
    added: [...after.keys()].filter((id) => !before.has(id)),
    changed: [...after.entries()].filter(([id, hash]) => before.has(id) && before.get(id)?.hash !== hash).map(([id]) => id),
    removed: [...before.keys()].filter((id) => !after.has(id)),
    skipped: result.skipped,
    warnings: result.warnings,
  };
  return { manifest, report, embedded: result.embedded, reused: result.reused, kind: result.kind };
}

/** What a build decided to write. */
interface BuildPlan {
  kind: "full" | "incremental";
  documents: ManifestDocument[];
  kept: ManifestSegment[];
  /** Segments this build wrote (on disk, named by no manifest until the commit). */
  written: ManifestSegment[];
  calibration: Calibration | null;
  skipped: SkippedFile[];
  warnings: FileWarning[];
  embedded: number;
  reused: number;
}

interface StepInput {
  options: BuildOptions;
  /** The build's time (names the segment folders). */
  builtAt: string;
  previous: Manifest | null;
  scan: { files: CorpusFile[]; skipped: SkippedFile[] };
  chunk: ChunkOptions;
  progress: (p: BuildProgress) => void;
}

/** Chunks loaded articles; those that yield no passage are skipped with the reason. */
function chunkAll(articles: readonly Article[], files: ReadonlyMap<string, CorpusFile>, chunk: ChunkOptions, skipped: SkippedFile[]): PendingDocument[] {
  const pending: PendingDocument[] = [];
  for (const article of articles) {
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
    const file = files.get(article.id);
    if (file) pending.push({ article, passages, file });
  }
  return pending;
}

/** The manifest entry of a document placed in segment `segment`. */
function manifestDocument(pending: PendingDocument, segment: number): ManifestDocument {
  return {
    id: pending.article.id,
    hash: pending.article.hash,
    size: pending.file.size,
    mtimeMs: pending.file.mtimeMs,
    meta: pending.article.meta,
    name: articleName(pending.article),
    passages: pending.passages.length,
    segment,
  };
}

/**
 * Finds a previous document's stored vectors, for reuse when its file hash, its passages and the
 * model are unchanged (loads each previous segment's vectors and passages once, when first needed).
 */
class VectorReuse {
  readonly #outDir: string;
  readonly #previous: Manifest | null;
  readonly #documents: Map<string, ManifestDocument>;
  /** The stored vectors and passages of the segments read last (a full build goes through them in order). */
  readonly #matrices = new Map<number, { matrix: Float32Array; passagesOf: Map<string, Passage[]> }>();

  constructor(outDir: string, previous: Manifest | null, embedder: Embedder | null) {
    this.#outDir = outDir;
    this.#previous = previous && embedder && sameModel(previous, embedder) ? previous : null;
    this.#documents = new Map((this.#previous?.documents ?? []).map((d) => [d.id, d]));
  }

  /** The rows (dimensions each) of `pending`'s vectors, or null when they must be embedded again. */
  async rows(pending: PendingDocument, dimensions: number): Promise<Float32Array[] | null> {
    const previous = this.#previous;
    const old = this.#documents.get(pending.article.id);
    if (!previous || !old || old.hash !== pending.article.hash || old.passages !== pending.passages.length) return null;
    let stored = this.#matrices.get(old.segment);
    if (!stored) {
      const segment = previous.segments[old.segment];
      if (!segment) return null;
      try {
        const matrix = await readVectorMatrix(this.#outDir, previous, old.segment);
        if (!matrix) return null;
        const passagesOf = new Map<string, Passage[]>();
        for (const passage of await readStoredPassages(this.#outDir, segment)) {
          const list = passagesOf.get(passage.doc) ?? [];
          list.push(passage);
          passagesOf.set(passage.doc, list);
        }
        stored = { matrix, passagesOf };
      } catch {
        return null; // A damaged previous build is simply not reused.
      }
      this.#matrices.set(old.segment, stored);
      // Two segments at most: a segment's vectors are 150 MB at 100,000 passages of 384 dimensions.
      for (const key of this.#matrices.keys()) {
        if (this.#matrices.size <= 2) break;
        if (key !== old.segment) this.#matrices.delete(key);
      }
    }
    const own = stored.passagesOf.get(pending.article.id) ?? [];
    const same =
      own.length === pending.passages.length &&
      own.every((p, i) => {
        const q = pending.passages[i];
        return q !== undefined && p.start === q.start && p.end === q.end && p.text === q.text;
      });
    if (!same) return null;
    const matrix = stored.matrix;
    return own.map((p) => matrix.slice(p.id * dimensions, (p.id + 1) * dimensions));
  }
}

/**
 * One segment's contents from its documents (in order): passages with local ids, the lexical
 * segment, and (hybrid) vectors — reused where possible, the rest embedded.
 */
async function makeSegment(
  documents: readonly PendingDocument[],
  embedder: Embedder | null,
  reuse: VectorReuse,
  progress: (p: BuildProgress) => void,
): Promise<{ contents: SegmentContents; embedded: number; reused: number }> {
  const passages: Passage[] = [];
  const rowsOf: (Float32Array | null)[] = [];
  for (const document of documents) {
    const reusable = embedder ? await reuse.rows(document, embedder.dimensions) : null;
    document.passages.forEach((passage, i) => {
      passages.push({ id: passages.length, ...passage });
      rowsOf.push(reusable?.[i] ?? null);
    });
  }
  const titles = new Map(documents.map((d) => [d.article.id, d.article.meta.title]));
  const lexical = buildLexicalSegment(passages, titles);
  let vectors: SegmentContents["vectors"] = null;
  let embedded = 0;
  let reused = 0;
  if (embedder) {
    const dims = embedder.dimensions;
    const toEmbed = passages.filter((p) => rowsOf[p.id] === null);
    progress({ phase: "embedding", done: 0, total: toEmbed.length });
    if (toEmbed.length > 0) {
      const fresh = await embedder.embedPassages(
        toEmbed.map((p) => p.text),
        (done, total) => progress({ phase: "embedding", done, total }),
      );
      if (fresh.length !== toEmbed.length) throw new EmbeddingShapeError(`the embedder returned ${fresh.length} vectors for ${toEmbed.length} passages`);
      fresh.forEach((vector, i) => {
        if (vector.length !== dims) throw new EmbeddingShapeError(`the embedder returned a ${vector.length}-dimensional vector, expected ${dims}`);
        const target = toEmbed[i];
        if (target) rowsOf[target.id] = vector;
      });
      embedded = toEmbed.length;
    }
    reused = passages.length - embedded;
    const matrix = new Float32Array(passages.length * dims);
    rowsOf.forEach((row, i) => {
      if (row) matrix.set(row, i * dims);
    });
    const rows = Array.from({ length: passages.length }, (_, i) => matrix.subarray(i * dims, (i + 1) * dims));
    vectors = { matrix, index: VectorIndex.build(rows, dims) };
  }
  return { contents: { articles: documents.map((d) => d.article), passages, lexical, vectors }, embedded, reused };
}

/**
 * How similar off-topic questions come out against the index's vectors (hybrid only), gathered
 * segment by segment as they are written: each probe's best similarity over all of them.
 */
class OffTopicCalibration {
  readonly #embedder: Embedder | null;
  #probes: Float32Array[] | null = null;
  #best: number[] = [];

  constructor(embedder: Embedder | null) {
    this.#embedder = embedder;
  }

  async add(segment: SegmentContents): Promise<void> {
    if (!this.#embedder || !segment.vectors) return;
    if (!this.#probes) {
      this.#probes = [];
      for (const probe of offTopicProbes()) this.#probes.push(await this.#embedder.embedQuery(probe));
      this.#best = this.#probes.map(() => -1);
    }
    const index = segment.vectors.index;
    this.#probes.forEach((query, i) => {
      const similarity = index.search(query, 1)[0]?.similarity ?? -1;
      if (similarity > (this.#best[i] ?? -1)) this.#best[i] = similarity;
    });
  }

  result(): Calibration | null {
    return this.#probes ? summariseCalibration(this.#best) : null;
  }
}

/**
 * Writes every segment anew, one per `segmentPassages` passages: files are read in slices and each
 * segment is written as soon as it is made, so that a million passages never sit in memory at once.
 */
async function rebuildFully(input: StepInput & { segmentPassages: number }): Promise<BuildPlan> {
  const { options, previous, scan, chunk, progress } = input;
  const embedder = options.embedder;
  const reuse = new VectorReuse(options.outDir, previous, embedder);
  const calibration = new OffTopicCalibration(embedder);
  const files = new Map(scan.files.map((f) => [f.name, f]));
  const skipped: SkippedFile[] = [...scan.skipped];
  const warnings: FileWarning[] = [];
  const documents: ManifestDocument[] = [];
  const written: ManifestSegment[] = [];
  let embedded = 0;
  let reused = 0;
  let batch: PendingDocument[] = [];
  let batchPassages = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const segment = written.length;
    const made = await makeSegment(batch, embedder, reuse, progress);
    await calibration.add(made.contents);
    written.push(await writeSegment(options.outDir, made.contents, { dimensions: embedder?.dimensions ?? null, builtAt: input.builtAt }, options.write));
    for (const pending of batch) documents.push(manifestDocument(pending, segment));
    embedded += made.embedded;
    reused += made.reused;
    batch = [];
    batchPassages = 0;
  };
  try {
    const names = scan.files.map((f) => f.name);
    for (let at = 0; at < names.length; at += 500) {
      const loaded = await loadArticles(options.seedsDir, names.slice(at, at + 500));
      skipped.push(...loaded.skipped);
      warnings.push(...loaded.warnings);
      for (const pending of chunkAll(loaded.articles, files, chunk, skipped)) {
        if (batchPassages > 0 && batchPassages + pending.passages.length > input.segmentPassages) await flush();
        batch.push(pending);
        batchPassages += pending.passages.length;
      }
      progress({ phase: "loading", done: Math.min(at + 500, names.length), total: names.length });
    }
    await flush();
  } catch (error) {
    await discardSegments(options.outDir, written);
    throw error;
  }
  skipped.sort((a, b) => compareIds(a.file, b.file));
  return {
    kind: "full",
    documents,
    kept: [],
    written,
    calibration: calibration.result(),
    skipped,
    warnings,
    embedded,
    reused,
  };
}

/** Above this share of stored passages belonging to removed or replaced documents, the next build is full. */
const MAX_DEAD_SHARE = 0.25;

/** Share of the stored passages that belong to removed or replaced documents (never scored, still on disk). */
function deadShare(manifest: Manifest): number {
  const stored = manifest.segments.reduce((n, s) => n + s.passages, 0);
  return stored === 0 ? 0 : (stored - manifest.counts.passages) / stored;
}

/**
 * How many segments at the end of the index are small (under half a full segment: made by
 * updates, or the remainder of a full build), and so cheap to fold into the next update's segment.
 */
function foldableTail(manifest: Manifest): number {
  let count = 0;
  for (let i = manifest.segments.length - 1; i >= 0; i--) {
    if ((manifest.segments[i]?.passages ?? 0) >= MAX_SEGMENT_PASSAGES / 2) break;
    count += 1;
  }
  return count;
}

/**
 * Adds one segment holding the added and changed documents; keeps the previous segments (their
 * removed and changed documents are no longer listed, so no longer counted). Files whose size or
 * time changed but whose content did not keep their place.
 */
async function updateIncrementally(input: StepInput & { previous: Manifest; touched: CorpusFile[]; gone: string[]; fold: number }): Promise<BuildPlan> {
  const { options, previous, scan, chunk, progress, touched, gone } = input;
  const embedder = options.embedder;
  const files = new Map(scan.files.map((f) => [f.name, f]));
  const skipped: SkippedFile[] = [...scan.skipped];
  // The last `fold` segments (small ones, made by earlier updates) are folded into the new one.
  const keptSegments = previous.segments.slice(0, previous.segments.length - input.fold);
  const folded = (d: ManifestDocument) => d.segment >= keptSegments.length;
  const toRead = new Set(touched.map((f) => f.name));
  for (const d of previous.documents) if (folded(d) && files.has(d.id)) toRead.add(d.id);
  const loaded = await loadArticles(options.seedsDir, [...toRead].sort(compareIds));
  skipped.push(...loaded.skipped);
  const oldDocuments = new Map(previous.documents.map((d) => [d.id, d]));
  const unchangedContent = new Set<string>();
  const fresh: Article[] = [];
  for (const article of loaded.articles) {
    const old = oldDocuments.get(article.id);
    if (old && old.hash === article.hash && !folded(old)) unchangedContent.add(article.id);
    else fresh.push(article);
  }
  const pending = chunkAll(fresh, files, chunk, skipped);
  const replaced = new Set([...pending.map((p) => p.article.id), ...gone, ...loaded.skipped.map((s) => s.file)]);
  const documents: ManifestDocument[] = previous.documents
    .filter((d) => !replaced.has(d.id) && files.has(d.id))
    .map((d) => {
      const file = files.get(d.id);
      // A file touched without a change keeps its place, with its new size and time.
      return unchangedContent.has(d.id) && file ? { ...d, size: file.size, mtimeMs: file.mtimeMs } : d;
    });
  const written: ManifestSegment[] = [];
  let embedded = 0;
  let reused = 0;
  if (pending.length > 0) {
    const made = await makeSegment(pending, embedder, new VectorReuse(options.outDir, previous, embedder), progress);
    written.push(await writeSegment(options.outDir, made.contents, { dimensions: embedder?.dimensions ?? null, builtAt: input.builtAt }, options.write));
    embedded = made.embedded;
    reused = made.reused;
    for (const p of pending) documents.push(manifestDocument(p, keptSegments.length));
  }
  documents.sort((a, b) => compareIds(a.id, b.id));
  skipped.sort((a, b) => compareIds(a.file, b.file));
  return {
    kind: "incremental",
    documents,
    kept: keptSegments,
    written,
    // The off-topic level of the index hardly moves with a few documents: kept until the next full build.
    calibration: previous.calibration,
    skipped,
    warnings: loaded.warnings,
    embedded,
    reused,
  };
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

/** Whether the index's passages were cut with these chunking settings (older manifests: by their corpus hash). */
function cutTheSameWay(manifest: Manifest, chunk: ChunkOptions): boolean {
  if (manifest.chunk === null) return computeCorpusHash(manifest.documents, chunk) === manifest.corpusHash;
  return manifest.chunk.maxChars === chunk.maxChars && manifest.chunk.overlapSentences === chunk.overlapSentences;
}

/** Whether the index should be rebuilt before serving, and why. */
export interface Staleness {
  stale: boolean;
  /** Human-readable reason when stale, null otherwise. */
  reason: string | null;
}

/**
 * Compares the index in `dir` with the seeds folder and the model that will embed queries.
 * Stale when: there is no readable manifest; a file was added, removed or changed (files whose
 * size and modification time match the manifest are not read; others are hashed); the chunking
 * settings differ; or `model` (the loaded model's id, dtype or passage prefix) differs from the
 * manifest's, including a lexical index while a model is available. With `model === null` (no
 * model available) any index built from the same documents is fresh: it is served lexically.
 * Throws when the seeds folder cannot be read (`CorpusError` from the loader). `options.manifest`:
 * the index's manifest when the caller has read it already (it is then not read again);
 * `options.scan`: the folder's listing when the caller has made it (`classifyListing`).
 */
export async function isIndexStale(
  dir: string,
  seedsDir: string,
  model: ModelIdentity | null,
  options: { chunk?: ChunkOptions; manifest?: Manifest; scan?: { files: CorpusFile[]; skipped: SkippedFile[] } } = {},
): Promise<Staleness> {
  const chunk = options.chunk ?? DEFAULT_CHUNK_OPTIONS;
  let manifest: Manifest;
  try {
    manifest = options.manifest ?? (await readManifest(dir));
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
  if (!cutTheSameWay(manifest, chunk)) {
    return { stale: true, reason: "the chunking settings changed since the last build" };
  }
  if (manifest.articleRules !== ARTICLE_RULES_VERSION) {
    return { stale: true, reason: "the rules that clean and cut articles changed since the last build" };
  }
  if (manifest.vocabularyHash !== lexiconHash()) {
    return { stale: true, reason: "the vocabulary (src/text/lexicon/) changed since the last build" };
  }
  const scan = options.scan ?? (await scanCorpus(seedsDir));
  const { differing, stillThere, indexed } = compareListing(manifest.documents, scan.files);
  if (stillThere < manifest.documents.length) {
    const present = new Set(scan.files.map((f) => f.name));
    const removed = manifest.documents.filter((d) => !present.has(d.id)).map((d) => d.id);
    return { stale: true, reason: `${describe(removed)} removed since the last build` };
  }
  if (differing.length === 0) return { stale: false, reason: null };
  // Read only what differs: a touched file with the same bytes is not a change; an unreadable one
  // (empty, binary…) is only a change when it was indexed before.
  const loaded = await loadArticles(seedsDir, differing.map((f) => f.name));
  const changed = loaded.articles.filter((a) => indexed(a.id)?.hash !== a.hash).map((a) => a.id);
  const lost = loaded.skipped.filter((s) => indexed(s.file) !== undefined).map((s) => s.file);
  const all = [...changed, ...lost];
  if (all.length > 0) return { stale: true, reason: `${describe(all)} added or changed since the last build` };
  return { stale: false, reason: null };
}

/**
 * The files whose size or time differ from the manifest's (or that it does not list), and how many
 * listed documents are still there. Both lists are sorted by name (the manifest is written so, and
 * `scanCorpus` lists so): a merge walk, no map of 170,000 names; a map when they are not sorted.
 */
function compareListing(
  documents: readonly ManifestDocument[],
  files: readonly CorpusFile[],
): { differing: CorpusFile[]; stillThere: number; indexed: (id: string) => ManifestDocument | undefined } {
  const sorted = (ids: readonly string[]) => ids.every((id, i) => i === 0 || compareIds(ids[i - 1] ?? "", id) < 0);
  let map: Map<string, ManifestDocument> | null = null;
  const indexed = (id: string): ManifestDocument | undefined => {
    map ??= new Map(documents.map((d) => [d.id, d]));
    return map.get(id);
  };
  const differing: CorpusFile[] = [];
  let stillThere = 0;
  if (sorted(documents.map((d) => d.id)) && sorted(files.map((f) => f.name))) {
    let i = 0;
    for (const f of files) {
      while (i < documents.length && compareIds(documents[i]?.id ?? "", f.name) < 0) i++;
      const d = documents[i];
      const same = d !== undefined && d.id === f.name;
      if (same) stillThere += 1;
      if (!same || d.size !== f.size || d.mtimeMs !== f.mtimeMs) differing.push(f);
    }
  } else {
    for (const f of files) {
      const d = indexed(f.name);
      if (d !== undefined) stillThere += 1;
      if (d === undefined || d.size !== f.size || d.mtimeMs !== f.mtimeMs) differing.push(f);
    }
  }
  return { differing, stillThere, indexed };
}

/** "a.txt", "a.txt and b.txt", "a.txt, b.txt and 3 more files". */
function describe(names: readonly string[]): string {
  if (names.length === 1) return names[0] ?? "";
  if (names.length <= 3) return `${names.slice(0, -1).join(", ")} and ${names.at(-1) ?? ""}`;
  return `${names.slice(0, 2).join(", ")} and ${names.length - 2} more files`;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
