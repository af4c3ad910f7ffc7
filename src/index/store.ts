import { randomBytes } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { z } from "zod";
import type { Article, Passage } from "../corpus/article.ts";
import { AppError } from "../errors.ts";
import type { Manifest } from "./manifest.ts";
import { VectorFileError, VectorIndex } from "./vector-index.ts";

/**
 * On-disk layout of an index folder (default `embeddings/`):
 *
 *   manifest.json            the only stable path; names the current build folder (`dataDir`)
 *   build-<time>-<rand>/     one folder per build:
 *     articles.json          Article[] (cleaned text and metadata)
 *     passages.json          Passage[] (ids dense, 0 … n − 1)
 *     vectors.f32            passages × dimensions float32, little-endian (hybrid only; reused by rebuilds)
 *     hnsw.bin               hnswlib graph over the same vectors (hybrid only)
 *
 * A build is written into `.tmp-build-<rand>/`, verified, renamed to its final name, and only
 * then does `manifest.json` (written as `manifest.json.tmp`, then renamed) point at it. A reader
 * therefore sees either the old index or the new one, never a half-written one. Older build
 * folders and leftovers of killed builds (`.tmp-*`) are deleted after the switch.
 * Two builds must not run at the same time on one folder (the caller serialises rebuilds).
 */

/** File names inside an index folder and its build folders. */
export const INDEX_FILES = {
  manifest: "manifest.json",
  articles: "articles.json",
  passages: "passages.json",
  vectors: "vectors.f32",
  hnsw: "hnsw.bin",
} as const;

const TMP_PREFIX = ".tmp-";
const BUILD_PREFIX = "build-";

/** No index at the folder (or no manifest in it): run `npm run index`. */
export class IndexMissingError extends AppError {
  override name = "IndexMissingError";
  /** Absolute path of the index folder that was looked at. */
  readonly dir: string;
  constructor(dir: string, options?: { cause?: unknown }) {
    super(`No index at ${dir}. Run \`npm run index\` to build it.`, "error.indexMissing", options);
    this.dir = dir;
  }
}

/** The index exists but a file is unreadable, truncated or inconsistent with the manifest. */
export class IndexCorruptError extends AppError {
  override name = "IndexCorruptError";
  /** Absolute path of the index folder. */
  readonly dir: string;
  constructor(dir: string, problem: string, options?: { cause?: unknown }) {
    super(`The index at ${dir} is damaged: ${problem}. Run \`npm run index\` to rebuild it.`, "error.indexCorrupt", options);
    this.dir = dir;
  }
}

/**
 * The index was built with another model (or vector length) than the configured one, or
 * without a model while one is configured and loaded. The fields let the caller decide to
 * rebuild; `indexModel === null` means the index is lexical-only.
 */
export class IndexMismatchError extends AppError {
  override name = "IndexMismatchError";
  readonly dir: string;
  readonly indexModel: string | null;
  readonly indexDimensions: number | null;
  readonly expectedModel: string;
  readonly expectedDimensions: number | null;
  constructor(
    dir: string,
    found: { model: string | null; dimensions: number | null },
    expected: { model: string; dimensions: number | null },
  ) {
    const describe = (model: string | null, dimensions: number | null): string =>
      model === null ? "no model (lexical-only)" : `model "${model}"${dimensions === null ? "" : ` (${dimensions} dimensions)`}`;
    super(
      `The index at ${dir} was built with ${describe(found.model, found.dimensions)}, ` +
        `but the configured embedding is ${describe(expected.model, expected.dimensions)}. ` +
        "Run `npm run index` to rebuild it.",
      "error.indexMismatch",
    );
    this.dir = dir;
    this.indexModel = found.model;
    this.indexDimensions = found.dimensions;
    this.expectedModel = expected.model;
    this.expectedDimensions = expected.dimensions;
  }
}

/** A loaded index. */
export interface IndexData {
  manifest: Manifest;
  articles: Article[];
  /** Passages in id order: `passages[i].id === i`. */
  passages: Passage[];
  /** The vector index, or null in lexical mode or when no model is available to query it. */
  vectors: VectorIndex | null;
}

/**
 * What the caller can embed queries with. `model: null` means no model is available
 * (not configured or failed to load).
 */
export interface IndexExpectation {
  model: string | null;
  dimensions?: number | null;
}

const langSchema = z.enum(["en", "ru"]);
const metaSchema = z.object({
  title: z.string().nullable(),
  date: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  lang: langSchema,
});
const manifestSchema = z.object({
  formatVersion: z.literal(1),
  model: z.string().nullable(),
  dimensions: z.number().int().positive().nullable(),
  space: z.literal("cosine"),
  mode: z.enum(["hybrid", "lexical"]),
  corpusHash: z.string(),
  documents: z.array(
    z.object({ id: z.string(), hash: z.string(), meta: metaSchema, passages: z.number().int().nonnegative() }),
  ),
  counts: z.object({ documents: z.number().int().nonnegative(), passages: z.number().int().nonnegative() }),
  builtAt: z.string(),
  buildMs: z.number().nonnegative(),
  passagePrefix: z.string().nullable().default(null),
  dtype: z.string().nullable().default(null),
  calibration: z
    .object({
      probes: z.number().int().nonnegative(),
      percentile: z.number(),
      threshold: z.number(),
      distribution: z.object({ p50: z.number(), p90: z.number(), p95: z.number(), p99: z.number(), max: z.number() }),
    })
    .nullable()
    .default(null),
  dataDir: z.string().regex(/^[A-Za-z0-9._-]+$/).refine((name) => name !== "." && name !== ".."),
  seedsDir: z.string().nullable().default(null),
});
const articleSchema = z.object({ id: z.string(), meta: metaSchema, text: z.string(), hash: z.string() });
const passageSchema = z.object({
  id: z.number().int().nonnegative(),
  doc: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});

/**
 * Loads the index in `dir`.
 *
 * Model rule (`expect`):
 * - omitted: no check; vectors are loaded when the index has them;
 * - `expect.model === null` (no usable model): any index loads; a hybrid index is served
 *   lexically (`vectors: null`), since queries cannot be embedded;
 * - `expect.model` set: the manifest's model (and `expect.dimensions`, when given) must match,
 *   and a lexical index is a mismatch too, so that the caller rebuilds it with the model.
 *
 * Throws `IndexMissingError`, `IndexCorruptError` or `IndexMismatchError`.
 */
export async function readIndex(dir: string, expect?: IndexExpectation): Promise<IndexData> {
  const absDir = resolve(dir);
  // A build that finishes between reading the manifest and its files deletes the old build
  // folder; reading once more then finds the new manifest.
  for (let attempt = 0; ; attempt++) {
    const manifest = await readManifest(absDir);
    checkExpectation(absDir, manifest, expect);
    try {
      const build = await readBuildFolder(absDir, join(absDir, manifest.dataDir), manifest);
      const loadVectors = manifest.mode === "hybrid" && expect?.model !== null;
      const vectors = loadVectors ? await readHnsw(absDir, join(absDir, manifest.dataDir), manifest) : null;
      return { manifest, articles: build.articles, passages: build.passages, vectors };
    } catch (error) {
      if (attempt === 0 && error instanceof IndexCorruptError && (await manifestChanged(absDir, manifest))) continue;
      throw error;
    }
  }
}

/** Reads and validates `manifest.json` alone. Throws `IndexMissingError` or `IndexCorruptError`. */
export async function readManifest(dir: string): Promise<Manifest> {
  const absDir = resolve(dir);
  let raw: string;
  try {
    raw = await readFile(join(absDir, INDEX_FILES.manifest), "utf8");
  } catch (cause) {
    if (isNotFound(cause)) throw new IndexMissingError(absDir, { cause });
    throw new IndexCorruptError(absDir, `cannot read ${INDEX_FILES.manifest}`, { cause });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (cause) {
    throw new IndexCorruptError(absDir, `${INDEX_FILES.manifest} is not valid JSON`, { cause });
  }
  const result = manifestSchema.safeParse(parsed);
  if (!result.success) {
    throw new IndexCorruptError(absDir, `${INDEX_FILES.manifest} has an unexpected shape`, { cause: result.error });
  }
  const manifest: Manifest = result.data;
  const hybrid = manifest.mode === "hybrid";
  if (hybrid !== (manifest.model !== null) || hybrid !== (manifest.dimensions !== null)) {
    throw new IndexCorruptError(absDir, `${INDEX_FILES.manifest}: mode, model and dimensions disagree`);
  }
  if (manifest.counts.documents !== manifest.documents.length) {
    throw new IndexCorruptError(absDir, `${INDEX_FILES.manifest}: document count disagrees with its document list`);
  }
  return manifest;
}

/**
 * The stored vectors of the current build as one row-major matrix (passages × dimensions),
 * for reuse by the next build; null in lexical mode. Throws `IndexCorruptError` on a size mismatch.
 */
export async function readVectorMatrix(dir: string, manifest: Manifest): Promise<Float32Array | null> {
  if (manifest.dimensions === null) return null;
  const absDir = resolve(dir);
  const file = join(absDir, manifest.dataDir, INDEX_FILES.vectors);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (cause) {
    throw new IndexCorruptError(absDir, `cannot read ${INDEX_FILES.vectors}`, { cause });
  }
  const expected = manifest.counts.passages * manifest.dimensions * 4;
  if (bytes.length !== expected) {
    throw new IndexCorruptError(absDir, `${INDEX_FILES.vectors} has ${bytes.length} bytes, expected ${expected}`);
  }
  const matrix = new Float32Array(bytes.length / 4);
  for (let i = 0; i < matrix.length; i++) matrix[i] = bytes.readFloatLE(i * 4);
  return matrix;
}

/** The passages of the current build (id order), e.g. to match them with a rebuild's. Throws `IndexCorruptError`. */
export async function readPassages(dir: string, manifest: Manifest): Promise<Passage[]> {
  const absDir = resolve(dir);
  const passages = await readJsonArray(absDir, join(absDir, manifest.dataDir, INDEX_FILES.passages), passageSchema);
  if (passages.length !== manifest.counts.passages) {
    throw new IndexCorruptError(absDir, `${INDEX_FILES.passages} holds ${passages.length} passages, the manifest says ${manifest.counts.passages}`);
  }
  return passages;
}

/** What one build consists of, before it has a folder name. */
export interface BuildContents {
  manifest: Omit<Manifest, "dataDir">;
  articles: Article[];
  /** Passages in id order. */
  passages: Passage[];
  /** Hybrid mode: the matrix (passages × manifest.dimensions) and the graph built from it. */
  vectors: { matrix: Float32Array; index: VectorIndex } | null;
}

/** Options of `writeIndex`. */
export interface WriteOptions {
  /** Called after each data file is written into the temporary folder (progress; tests inject failures here). */
  onFileWritten?: (file: string) => void | Promise<void>;
}

/**
 * Writes a build atomically into `dir` (created if missing) and switches `manifest.json` to it,
 * then deletes older builds and leftovers. If anything fails before the switch, the previous
 * index is left untouched and the temporary folder is removed. Returns the manifest written.
 */
export async function writeIndex(dir: string, contents: BuildContents, options: WriteOptions = {}): Promise<Manifest> {
  const absDir = resolve(dir);
  await mkdir(absDir, { recursive: true });
  const rand = randomBytes(4).toString("hex");
  const tmpDir = join(absDir, `${TMP_PREFIX}build-${rand}`);
  const stamp = contents.manifest.builtAt.replace(/[^0-9]/g, "").slice(0, 17) || String(Date.now());
  const dataDir = `${BUILD_PREFIX}${stamp}-${rand}`;
  const manifest: Manifest = { ...contents.manifest, dataDir };
  checkContents(absDir, manifest, contents);

  try {
    await mkdir(tmpDir);
    const written = async (name: string): Promise<void> => {
      await options.onFileWritten?.(name);
    };
    await writeFileSynced(join(tmpDir, INDEX_FILES.articles), JSON.stringify(contents.articles));
    await written(INDEX_FILES.articles);
    await writeFileSynced(join(tmpDir, INDEX_FILES.passages), JSON.stringify(contents.passages));
    await written(INDEX_FILES.passages);
    if (contents.vectors) {
      await writeFileSynced(join(tmpDir, INDEX_FILES.vectors), float32ToLittleEndian(contents.vectors.matrix));
      await written(INDEX_FILES.vectors);
      await contents.vectors.index.write(join(tmpDir, INDEX_FILES.hnsw));
      await written(INDEX_FILES.hnsw);
    }
    // Verify by reading the candidate back exactly as a reader would.
    await readBuildFolder(absDir, tmpDir, manifest);
    if (manifest.mode === "hybrid") await readHnsw(absDir, tmpDir, manifest);
    await syncDir(tmpDir);
    await rename(tmpDir, join(absDir, dataDir));
  } catch (error) {
    await rm(tmpDir, { recursive: true, force: true });
    throw error;
  }

  const manifestTmp = join(absDir, `${INDEX_FILES.manifest}.tmp`);
  try {
    await writeFileSynced(manifestTmp, `${JSON.stringify(manifest, null, 2)}\n`);
    const candidate = await readFile(manifestTmp, "utf8");
    if (JSON.stringify(JSON.parse(candidate)) !== JSON.stringify(manifest)) {
      throw new IndexCorruptError(absDir, "the new manifest did not read back as written");
    }
    await rename(manifestTmp, join(absDir, INDEX_FILES.manifest));
    await syncDir(absDir);
  } catch (error) {
    await rm(manifestTmp, { force: true });
    await rm(join(absDir, dataDir), { recursive: true, force: true });
    throw error;
  }

  await removeStaleEntries(absDir, dataDir);
  return manifest;
}

/**
 * Deletes leftovers of killed builds (`.tmp-*`) in `dir`, and every build folder but `keep`
 * when given. Safe to call when `dir` does not exist.
 */
export async function removeStaleEntries(dir: string, keep?: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if (isNotFound(error)) return;
    throw error;
  }
  for (const name of names) {
    const stale = name.startsWith(TMP_PREFIX) || (keep !== undefined && name.startsWith(BUILD_PREFIX) && name !== keep);
    if (stale) await rm(join(dir, name), { recursive: true, force: true });
  }
}

function checkExpectation(absDir: string, manifest: Manifest, expect: IndexExpectation | undefined): void {
  if (expect === undefined || expect.model === null) return;
  const expectedDimensions = expect.dimensions ?? null;
  const modelDiffers = manifest.model !== expect.model;
  const dimensionsDiffer = expectedDimensions !== null && manifest.dimensions !== expectedDimensions;
  if (modelDiffers || dimensionsDiffer) {
    throw new IndexMismatchError(
      absDir,
      { model: manifest.model, dimensions: manifest.dimensions },
      { model: expect.model, dimensions: expectedDimensions },
    );
  }
}

async function manifestChanged(absDir: string, previous: Manifest): Promise<boolean> {
  try {
    return (await readManifest(absDir)).dataDir !== previous.dataDir;
  } catch {
    return false;
  }
}

/** Reads and cross-checks articles.json, passages.json and the size of vectors.f32 in `buildDir`. */
async function readBuildFolder(
  absDir: string,
  buildDir: string,
  manifest: Manifest,
): Promise<{ articles: Article[]; passages: Passage[] }> {
  const articles = await readJsonArray(absDir, join(buildDir, INDEX_FILES.articles), articleSchema);
  const passages = await readJsonArray(absDir, join(buildDir, INDEX_FILES.passages), passageSchema);
  if (articles.length !== manifest.counts.documents) {
    throw new IndexCorruptError(absDir, `${INDEX_FILES.articles} holds ${articles.length} articles, the manifest says ${manifest.counts.documents}`);
  }
  if (passages.length !== manifest.counts.passages) {
    throw new IndexCorruptError(absDir, `${INDEX_FILES.passages} holds ${passages.length} passages, the manifest says ${manifest.counts.passages}`);
  }
  const texts = new Map(articles.map((article) => [article.id, article.text]));
  passages.forEach((passage, i) => {
    const text = texts.get(passage.doc);
    if (passage.id !== i || text === undefined || text.slice(passage.start, passage.end) !== passage.text) {
      throw new IndexCorruptError(absDir, `passage ${i} does not match its article`);
    }
  });
  if (manifest.dimensions !== null) {
    const file = join(buildDir, INDEX_FILES.vectors);
    const expected = manifest.counts.passages * manifest.dimensions * 4;
    const size = await fileSize(file);
    if (size !== expected) {
      throw new IndexCorruptError(
        absDir,
        size === null ? `${INDEX_FILES.vectors} is missing` : `${INDEX_FILES.vectors} has ${size} bytes, expected ${expected}`,
      );
    }
  }
  return { articles, passages };
}

async function readHnsw(absDir: string, buildDir: string, manifest: Manifest): Promise<VectorIndex> {
  if (manifest.dimensions === null) throw new IndexCorruptError(absDir, "a hybrid index without dimensions");
  try {
    return await VectorIndex.read(join(buildDir, INDEX_FILES.hnsw), manifest.dimensions, manifest.counts.passages);
  } catch (cause) {
    if (cause instanceof VectorFileError) throw new IndexCorruptError(absDir, cause.message, { cause });
    throw cause;
  }
}

async function readJsonArray<T>(absDir: string, file: string, schema: z.ZodType<T>): Promise<T[]> {
  const name = file.slice(file.lastIndexOf("/") + 1);
  let raw: string;
  try {
    raw = await readFile(file, "utf8");
  } catch (cause) {
    throw new IndexCorruptError(absDir, isNotFound(cause) ? `${name} is missing` : `cannot read ${name}`, { cause });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (cause) {
    throw new IndexCorruptError(absDir, `${name} is not valid JSON`, { cause });
  }
  const result = z.array(schema).safeParse(parsed);
  if (!result.success) throw new IndexCorruptError(absDir, `${name} has an unexpected shape`, { cause: result.error });
  return result.data;
}

function checkContents(absDir: string, manifest: Manifest, contents: BuildContents): void {
  const problems: string[] = [];
  if (manifest.counts.documents !== contents.articles.length) problems.push("document count");
  if (manifest.counts.passages !== contents.passages.length) problems.push("passage count");
  if ((manifest.mode === "hybrid") !== (contents.vectors !== null)) problems.push("mode vs vectors");
  if (contents.vectors && manifest.dimensions !== null) {
    if (contents.vectors.matrix.length !== contents.passages.length * manifest.dimensions) problems.push("vector matrix size");
    if (contents.vectors.index.count !== contents.passages.length) problems.push("vector index size");
  }
  if (problems.length > 0) throw new IndexCorruptError(absDir, `refusing to write an inconsistent build (${problems.join(", ")})`);
}

function float32ToLittleEndian(matrix: Float32Array): Buffer {
  const bytes = Buffer.alloc(matrix.length * 4);
  for (let i = 0; i < matrix.length; i++) bytes.writeFloatLE(matrix[i] ?? 0, i * 4);
  return bytes;
}

async function writeFileSynced(file: string, data: string | Buffer): Promise<void> {
  const handle = await open(file, "w");
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** fsync a folder so that renames inside it survive a crash (best effort: not every platform allows it). */
async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not supported here (e.g. Windows); the rename is still atomic.
  }
}

async function fileSize(file: string): Promise<number | null> {
  try {
    return (await stat(file)).size;
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

function isNotFound(error: unknown): boolean {
  return error instanceof Error && "code" in error && (error.code === "ENOENT" || error.code === "ENOTDIR");
}
