import { randomBytes } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { LRUCache } from "lru-cache";
import { z } from "zod";
import type { Article, Passage } from "../corpus/article.ts";
import { AppError } from "../errors.ts";
import { fromDocumentObjects, fromDocumentTable, sameDocuments, toDocumentTable } from "./document-table.ts";
import type { Manifest, ManifestFile, ManifestSegment } from "./manifest.ts";
import {
  openSegmentFiles,
  readSegmentArticles,
  readSegmentHnsw,
  readSegmentPassages,
  readSegmentVectors,
  writeSegmentFiles,
  writeSynced,
  type OpenSegment,
  type SegmentContents,
} from "./segment-files.ts";
import { SegmentedVectors, VectorFileError } from "./vector-index.ts";
import { Vocabulary, type VocabularyJson } from "../text/vocabulary.ts";

export type { SegmentContents } from "./segment-files.ts";

/**
 * On-disk layout of an index folder (default `embeddings/`):
 *
 *   manifest.json            the only stable path; lists the segments and the documents in each
 *   seg-<time>-<rand>/       one folder per segment (see `segment-files.ts`)
 *
 * A build writes its new segments into `.tmp-seg-<rand>/` folders, verifies each by opening it as a
 * reader would, renames it to its final name, and only then replaces `manifest.json` (written as
 * `manifest.json.tmp`, then renamed). A reader therefore sees either the old index or the new one,
 * never a half-written one; a crash mid-update leaves the previous index serving. Segments no
 * longer listed and leftovers of killed builds (`.tmp-*`) are deleted after the switch.
 * Two builds must not run at the same time on one folder (`build-lock.ts`).
 */

/** File names inside an index folder. */
export const INDEX_FILES = { manifest: "manifest.json" } as const;

const TMP_PREFIX = ".tmp-";
const VOCABULARY_PREFIX = "vocabulary-";

/** The file the vocabulary an index was built with is stored in. */
export function vocabularyFile(hash: string): string {
  return `${VOCABULARY_PREFIX}${hash}.json`;
}
const SEGMENT_PREFIX = "seg-";
/** Folders of the earlier one-folder format, removed when a build replaces them. */
const OLD_BUILD_PREFIX = "build-";

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

/** A loaded index, whole (tools and tests; the bot opens it with `openIndex`). */
export interface IndexData {
  manifest: Manifest;
  /** The documents in the index (removed and replaced ones left out). */
  articles: Article[];
  /** Every stored passage, `passages[i].id === i` (passages of removed documents included, to keep ids dense). */
  passages: Passage[];
  /** Nearest-neighbour search over the vectors, or null in lexical mode or when no model is available to query it. */
  vectors: SegmentedVectors | null;
}

/**
 * What the caller can embed queries with. `model: null` means no model is available
 * (not configured or failed to load).
 */
export interface IndexExpectation {
  model: string | null;
  dimensions?: number | null;
}

const folderName = z.string().regex(/^[A-Za-z0-9._-]+$/).refine((name) => name !== "." && name !== "..");
/** The manifest's fields but its documents, the same in formats 2 and 3. */
const manifestFields = {
  model: z.string().nullable(),
  dimensions: z.number().int().positive().nullable(),
  space: z.literal("cosine"),
  mode: z.enum(["hybrid", "lexical"]),
  corpusHash: z.string(),
  chunk: z.object({ maxChars: z.number().int().positive(), overlapSentences: z.number().int().nonnegative() }).nullable().default(null),
  vocabularyHash: z.string().regex(/^[0-9a-f]{16}$/),
  articleRules: z.number().int().nonnegative().nullable().default(null),
  segments: z.array(z.object({ dir: folderName, passages: z.number().int().nonnegative(), documents: z.number().int().nonnegative() })).min(1),
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
  dataDir: folderName,
  seedsDir: z.string().nullable().default(null),
};
// The documents are checked by hand (`fromDocumentTable`, `fromDocumentObjects`): zod takes ~0.1 s over
// the 16,000 documents of a large index, read at every start.
/** Format 3: the documents as a column table (`ManifestDocumentTable`). */
const manifestSchema = z.object({ formatVersion: z.literal(3), ...manifestFields, documentTable: z.unknown() });
/** Format 2: the documents as objects (`ManifestDocument`), as written before the column table. */
const manifestSchemaV2 = z.object({ formatVersion: z.literal(2), ...manifestFields, documents: z.array(z.unknown()) });

/** Where each segment's passage ids start. */
export function segmentLayout(manifest: Manifest): { base: number }[] {
  let base = 0;
  return manifest.segments.map((segment) => {
    const layout = { base };
    base += segment.passages;
    return layout;
  });
}

/**
 * Loads the index in `dir` whole: every segment's articles, passages and (hybrid) vectors. For
 * tools and tests; the bot and `ask` use `openIndex`, which reads only what queries touch.
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
  // A build that finishes between reading the manifest and its files deletes unused segments;
  // reading once more then finds the new manifest.
  for (let attempt = 0; ; attempt++) {
    const manifest = await readManifest(absDir);
    checkExpectation(absDir, manifest, expect);
    try {
      const live = new Set(manifest.documents.map((d) => `${d.segment}\u0000${d.id}`));
      const articles: Article[] = [];
      const passages: Passage[] = [];
      const vectorSegments = [];
      const loadVectors = manifest.mode === "hybrid" && expect?.model !== null;
      for (const [index, segment] of manifest.segments.entries()) {
        const folder = join(absDir, segment.dir);
        const base = passages.length;
        const segmentArticles = await guard(absDir, () => readSegmentArticles(folder));
        const segmentPassages = await guard(absDir, () => readSegmentPassages(folder));
        checkSegment(absDir, segment, segmentArticles, segmentPassages);
        articles.push(...segmentArticles.filter((a) => live.has(`${index}\u0000${a.id}`)));
        for (const passage of segmentPassages) passages.push({ ...passage, id: base + passage.id });
        if (manifest.dimensions !== null) await guard(absDir, () => readSegmentVectors(folder, segment.passages, manifest.dimensions ?? 0));
        if (loadVectors) {
          const liveFlags = Uint8Array.from(segmentPassages, (p) => (live.has(`${index}\u0000${p.doc}`) ? 1 : 0));
          vectorSegments.push({ index: await readVectors(absDir, folder, manifest, segment), base, live: liveFlags });
        }
      }
      if (articles.length !== manifest.counts.documents) {
        throw new IndexCorruptError(absDir, `the segments hold ${articles.length} of the manifest's ${manifest.counts.documents} documents`);
      }
      return { manifest, articles, passages, vectors: loadVectors ? new SegmentedVectors(vectorSegments) : null };
    } catch (error) {
      if (attempt === 0 && error instanceof IndexCorruptError && (await manifestChanged(absDir, manifest))) continue;
      throw error;
    }
  }
}

/**
 * Passages an opened index keeps after reading them (the most recently used; about 3 MB): one
 * answer reads each of its ~30 candidates several times, and recurring questions the same ones.
 */
const PASSAGE_CACHE = 4_000;

/** An index opened for queries: postings and passage texts stay on disk until a query needs them. */
export interface OpenIndex {
  manifest: Manifest;
  /** The vocabulary the index was built with (questions must be analysed with it). */
  vocabulary: Vocabulary;
  segments: { segment: OpenSegment; base: number; liveDocuments: boolean[] }[];
  /** Nearest-neighbour search, or null in lexical mode or when no model is available to query it. */
  vectors: SegmentedVectors | null;
  /** The passage with a global id (undefined past the end). */
  passage(id: number): Passage | undefined;
  /** Total stored passages (ids run 0 … count − 1). */
  passageCount: number;
  /** Closes the file handles. */
  close(): void;
}

/**
 * Opens the index in `dir` for queries, reading the manifest (unless `options.manifest` is the one
 * just read), each segment's dictionaries and passage table, and (hybrid) its vector graph;
 * postings and passage texts are read on demand. Same model rule and errors as `readIndex`.
 */
export async function openIndex(dir: string, expect?: IndexExpectation, options: { manifest?: Manifest } = {}): Promise<OpenIndex> {
  const absDir = resolve(dir);
  for (let attempt = 0; ; attempt++) {
    // A manifest the caller has just read is used first (a large one takes a second to parse).
    const manifest = attempt === 0 && options.manifest ? options.manifest : await readManifest(absDir);
    checkExpectation(absDir, manifest, expect);
    const opened: OpenIndex["segments"] = [];
    try {
      // (readManifest has checked that every document names an existing segment.)
      const layout = segmentLayout(manifest);
      const loadVectors = manifest.mode === "hybrid" && expect?.model !== null;
      const vectorSegments = [];
      // Where each listed document lives, and how many each segment should hold live.
      const segmentOf = new Map<string, number>();
      const liveCounts = new Array<number>(manifest.segments.length).fill(0);
      for (const document of manifest.documents) {
        segmentOf.set(document.id, document.segment);
        liveCounts[document.segment] = (liveCounts[document.segment] ?? 0) + 1;
      }
      for (const [index, segment] of manifest.segments.entries()) {
        const folder = join(absDir, segment.dir);
        const files = await guard(absDir, () => openSegmentFiles(folder));
        const { base } = layout[index] ?? { base: 0 };
        const liveDocuments = files.lexical.data.documents.map((doc) => segmentOf.get(doc) === index);
        if (liveDocuments.filter(Boolean).length !== liveCounts[index]) {
          files.close();
          throw new IndexCorruptError(absDir, `segment ${segment.dir} does not hold every document the manifest places in it`);
        }
        opened.push({ segment: files, base, liveDocuments });
        if (files.passageCount !== segment.passages) throw new IndexCorruptError(absDir, `segment ${segment.dir} holds ${files.passageCount} passages, the manifest says ${segment.passages}`);
        if (loadVectors) {
          const first = files.lexical.data.docFirstPassage;
          const live = new Uint8Array(segment.passages);
          liveDocuments.forEach((isLive, i) => {
            if (isLive) live.fill(1, first[i] ?? 0, first[i + 1] ?? 0);
          });
          vectorSegments.push({ index: await readVectors(absDir, folder, manifest, segment), base, live });
        }
      }
      const vocabulary = await guard(absDir, async () =>
        Vocabulary.fromJSON(JSON.parse(await readFile(join(absDir, vocabularyFile(manifest.vocabularyHash)), "utf8")) as VocabularyJson),
      );
      const bases = opened.map((s) => s.base);
      // (The least recently used let go first, in constant time: see `LexicalIndex`'s sentence cache.)
      const recent = new LRUCache<number, Passage>({ max: PASSAGE_CACHE });
      const passageCount = manifest.segments.reduce((n, s) => n + s.passages, 0);
      return {
        manifest,
        vocabulary,
        segments: opened,
        vectors: loadVectors ? new SegmentedVectors(vectorSegments) : null,
        passageCount,
        passage(id) {
          if (id < 0 || id >= passageCount) return undefined;
          let passage = recent.get(id);
          if (passage) return passage;
          let i = bases.length - 1;
          while (i > 0 && (bases[i] ?? 0) > id) i--;
          const entry = opened[i];
          if (!entry) return undefined;
          passage = { ...entry.segment.passage(id - entry.base), id };
          recent.set(id, passage);
          return passage;
        },
        close() {
          for (const s of opened) s.segment.close();
        },
      };
    } catch (error) {
      for (const s of opened) s.segment.close();
      if (attempt === 0 && error instanceof IndexCorruptError && (await manifestChanged(absDir, manifest))) continue;
      throw error;
    }
  }
}

/**
 * Reads and validates `manifest.json` alone (format 3, or format 2 of earlier builds). Throws
 * `IndexMissingError` or `IndexCorruptError`.
 */
export async function readManifest(dir: string): Promise<Manifest> {
  const absDir = resolve(dir);
  let raw: string;
  try {
    raw = await readFile(join(absDir, INDEX_FILES.manifest), "utf8");
  } catch (cause) {
    if (isNotFound(cause)) throw new IndexMissingError(absDir, { cause });
    throw new IndexCorruptError(absDir, `cannot read ${INDEX_FILES.manifest}`, { cause });
  }
  return parseManifest(absDir, raw);
}

/** The manifest in the text of a `manifest.json`, checked as `readManifest` checks it. */
function parseManifest(absDir: string, raw: string): Manifest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (cause) {
    throw new IndexCorruptError(absDir, `${INDEX_FILES.manifest} is not valid JSON`, { cause });
  }
  const version = typeof parsed === "object" && parsed !== null ? (parsed as { formatVersion?: unknown }).formatVersion : undefined;
  if (version === 1) throw new IndexCorruptError(absDir, "it was written by an earlier version of the indexer");
  if (typeof version === "number" && version > 3) throw new IndexCorruptError(absDir, `it was written by a newer version of the indexer (format ${version})`);
  let manifest: Manifest;
  if (version === 2) {
    const result = manifestSchemaV2.safeParse(parsed);
    if (!result.success) throw new IndexCorruptError(absDir, `${INDEX_FILES.manifest} has an unexpected shape`, { cause: result.error });
    const documents = fromDocumentObjects(result.data.documents);
    if (documents === null) throw new IndexCorruptError(absDir, `${INDEX_FILES.manifest} has a document entry of an unexpected shape`);
    manifest = { ...result.data, formatVersion: 3, documents };
  } else {
    const result = manifestSchema.safeParse(parsed);
    if (!result.success) throw new IndexCorruptError(absDir, `${INDEX_FILES.manifest} has an unexpected shape`, { cause: result.error });
    const { documentTable, ...fields } = result.data;
    const table = fromDocumentTable(documentTable);
    if ("problem" in table) throw new IndexCorruptError(absDir, `${INDEX_FILES.manifest}: ${table.problem}`);
    manifest = { ...fields, documents: table.documents };
  }
  const hybrid = manifest.mode === "hybrid";
  if (hybrid !== (manifest.model !== null) || hybrid !== (manifest.dimensions !== null)) {
    throw new IndexCorruptError(absDir, `${INDEX_FILES.manifest}: mode, model and dimensions disagree`);
  }
  if (manifest.counts.documents !== manifest.documents.length) {
    throw new IndexCorruptError(absDir, `${INDEX_FILES.manifest}: document count disagrees with its document list`);
  }
  if (manifest.documents.some((d) => d.segment >= manifest.segments.length) || manifest.dataDir !== manifest.segments.at(-1)?.dir) {
    throw new IndexCorruptError(absDir, `${INDEX_FILES.manifest}: its documents and segments disagree`);
  }
  return manifest;
}

/**
 * The stored vectors of every segment, one matrix per segment (rows in local passage order), for
 * reuse by the next build; null in lexical mode. Throws `IndexCorruptError` on a size mismatch.
 */
export async function readVectorMatrices(dir: string, manifest: Manifest): Promise<Float32Array[] | null> {
  if (manifest.dimensions === null) return null;
  const matrices: Float32Array[] = [];
  for (const index of manifest.segments.keys()) {
    const matrix = await readVectorMatrix(dir, manifest, index);
    if (matrix) matrices.push(matrix);
  }
  return matrices;
}

/** The stored vectors of one segment (rows in local passage order); null in lexical mode or past the last segment. */
export async function readVectorMatrix(dir: string, manifest: Manifest, segmentIndex: number): Promise<Float32Array | null> {
  const segment = manifest.segments[segmentIndex];
  if (manifest.dimensions === null || !segment) return null;
  const absDir = resolve(dir);
  return guard(absDir, () => readSegmentVectors(join(absDir, segment.dir), segment.passages, manifest.dimensions ?? 0));
}

/** The passages of one stored segment (local ids), e.g. to match them with a rebuild's. */
export async function readStoredPassages(dir: string, segment: ManifestSegment): Promise<Passage[]> {
  const absDir = resolve(dir);
  return guard(absDir, () => readSegmentPassages(join(absDir, segment.dir)));
}

/** What one build writes: the manifest (without its segment list), segments kept as they are, and new ones. */
export interface BuildContents {
  manifest: Omit<Manifest, "dataDir" | "segments">;
  /** The vocabulary the segments were built with (stored as `vocabulary-<manifest.vocabularyHash>.json`). */
  vocabulary: VocabularyJson;
  /** Segments of the previous build that stay, in order (their documents keep their `segment` numbers). */
  kept: ManifestSegment[];
  /** New segments, after the kept ones (a document's `segment` counts from the first kept one). */
  added: SegmentContents[];
}

/** Options of `writeIndex` and `writeSegment`. */
export interface WriteOptions {
  /** Called after each data file is written into a temporary folder (progress; tests inject failures here). */
  onFileWritten?: (file: string) => void | Promise<void>;
}

/**
 * Writes a build atomically into `dir` (created if missing): each new segment with `writeSegment`,
 * then `commitIndex`. If anything fails before the manifest is switched, the previous index is
 * left untouched and the new segment folders are removed. Returns the manifest written.
 */
export async function writeIndex(dir: string, contents: BuildContents, options: WriteOptions = {}): Promise<Manifest> {
  const written: ManifestSegment[] = [];
  try {
    for (const segment of contents.added) {
      written.push(await writeSegment(dir, segment, { dimensions: contents.manifest.dimensions, builtAt: contents.manifest.builtAt }, options));
    }
  } catch (error) {
    await discardSegments(dir, written);
    throw error;
  }
  return commitIndex(dir, { manifest: contents.manifest, vocabulary: contents.vocabulary, segments: [...contents.kept, ...written] }, written);
}

/**
 * Writes one segment into a temporary folder of `dir`, reads it back as a reader would, and
 * renames it into place. No manifest names it yet: until `commitIndex` does, readers do not see it,
 * and a later build deletes it if this one never commits. A build writes its segments one by one
 * as it makes them, so that a million passages never sit in memory at once.
 */
export async function writeSegment(
  dir: string,
  segment: SegmentContents,
  build: { dimensions: number | null; builtAt: string },
  options: WriteOptions = {},
): Promise<ManifestSegment> {
  const absDir = resolve(dir);
  await mkdir(absDir, { recursive: true });
  const stamp = build.builtAt.replace(/[^0-9]/g, "").slice(0, 17) || String(Date.now());
  const rand = randomBytes(4).toString("hex");
  const tmpDir = join(absDir, `${TMP_PREFIX}${SEGMENT_PREFIX}${rand}`);
  const name = `${SEGMENT_PREFIX}${stamp}-${rand}`;
  try {
    await mkdir(tmpDir);
    await writeSegmentFiles(tmpDir, segment, async (file) => {
      await options.onFileWritten?.(file);
    });
    const summary = { dir: name, passages: segment.passages.length, documents: segment.lexical.data.documents.length };
    // Verify by reading the candidate back exactly as a reader would.
    const articles = await guard(absDir, () => readSegmentArticles(tmpDir));
    const passages = await guard(absDir, () => readSegmentPassages(tmpDir));
    checkSegment(absDir, summary, articles, passages);
    if (build.dimensions !== null) {
      if (!segment.vectors) throw new IndexCorruptError(absDir, "refusing to write a hybrid segment without vectors");
      await readVectors(absDir, tmpDir, { dimensions: build.dimensions }, summary);
    } else if (segment.vectors) {
      throw new IndexCorruptError(absDir, "refusing to write a lexical segment with vectors");
    }
    await syncDir(tmpDir);
    await rename(tmpDir, join(absDir, name));
    return summary;
  } catch (error) {
    await rm(tmpDir, { recursive: true, force: true });
    throw error;
  }
}

/** Deletes segments written by a build that will not commit them. */
export async function discardSegments(dir: string, segments: readonly ManifestSegment[]): Promise<void> {
  for (const segment of segments) await rm(join(resolve(dir), segment.dir), { recursive: true, force: true });
}

/**
 * Switches the index in `dir` to a new segment list: writes the vocabulary file and then
 * `manifest.json` (each to a temporary file, synced, renamed), and deletes the segments and
 * vocabularies no longer named. `written` are the segments this build wrote: they are deleted
 * if the switch fails, and the previous index stays. Returns the manifest written.
 */
export async function commitIndex(
  dir: string,
  contents: { manifest: Omit<Manifest, "dataDir" | "segments">; vocabulary: VocabularyJson; segments: ManifestSegment[] },
  written: readonly ManifestSegment[],
): Promise<Manifest> {
  const absDir = resolve(dir);
  const vocabularyName = vocabularyFile(contents.manifest.vocabularyHash);
  let manifest: Manifest;
  try {
    await mkdir(absDir, { recursive: true });
    const vocabularyTmp = join(absDir, `${TMP_PREFIX}${vocabularyName}`);
    await writeSynced(vocabularyTmp, JSON.stringify(contents.vocabulary));
    await rename(vocabularyTmp, join(absDir, vocabularyName));
    const lastSegment = contents.segments.at(-1);
    if (!lastSegment) throw new IndexCorruptError(absDir, "refusing to write an index without segments");
    manifest = { ...contents.manifest, segments: contents.segments, dataDir: lastSegment.dir };
    checkManifest(absDir, manifest);
    await writeManifest(absDir, manifest);
  } catch (error) {
    await discardSegments(absDir, written);
    throw error;
  }
  // Switched: from here on the new segments are the index, whatever happens.
  await removeStaleEntries(absDir, [...contents.segments.map((s) => s.dir), vocabularyName]);
  return manifest;
}

/**
 * Replaces `manifest.json` in `dir` (which must exist) with `manifest`, in format 3, atomically:
 * written aside as `manifest.json.tmp` and synced, read back as `readManifest` reads it and
 * compared, then renamed over the old one. If anything fails the old file stays, and the
 * temporary one is removed. Checks nothing else: `commitIndex` is what writes a build.
 */
export async function writeManifest(dir: string, manifest: Manifest): Promise<void> {
  const absDir = resolve(dir);
  const manifestTmp = join(absDir, `${INDEX_FILES.manifest}.tmp`);
  try {
    // Compact, and the documents as columns: the document list of a large index is long, and read at every start.
    const text = `${JSON.stringify(toManifestFile(manifest))}\n`;
    await writeSynced(manifestTmp, text);
    const candidate = await readFile(manifestTmp, "utf8");
    // The bytes as written, and read back as a reader reads them, to the same documents.
    let readBack: Manifest | null = null;
    let cause: unknown;
    try {
      if (candidate === text) readBack = parseManifest(absDir, candidate);
    } catch (error) {
      cause = error;
    }
    if (readBack === null || !sameDocuments(readBack.documents, manifest.documents)) {
      throw new IndexCorruptError(absDir, "the new manifest did not read back as written", { cause });
    }
    await rename(manifestTmp, join(absDir, INDEX_FILES.manifest));
  } catch (error) {
    await rm(manifestTmp, { force: true });
    throw error;
  }
  await syncDir(absDir);
}

/**
 * Deletes leftovers of killed builds (`.tmp-*`) in `dir`, and, when `keep` is given, every segment
 * folder (or earlier-format build folder) and vocabulary file not in it. Safe to call when `dir` does not exist.
 */
export async function removeStaleEntries(dir: string, keep?: readonly string[]): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if (isNotFound(error)) return;
    throw error;
  }
  for (const name of names) {
    const isData = name.startsWith(SEGMENT_PREFIX) || name.startsWith(OLD_BUILD_PREFIX) || name.startsWith(VOCABULARY_PREFIX);
    const stale = name.startsWith(TMP_PREFIX) || (keep !== undefined && isData && !keep.includes(name));
    if (stale) await rm(join(dir, name), { recursive: true, force: true });
  }
}

/** The manifest as `manifest.json` stores it (format 3), keys in a fixed order: `seedsDir` last. */
function toManifestFile(manifest: Manifest): ManifestFile {
  return {
    formatVersion: 3,
    model: manifest.model,
    dimensions: manifest.dimensions,
    passagePrefix: manifest.passagePrefix,
    dtype: manifest.dtype,
    calibration: manifest.calibration,
    space: manifest.space,
    mode: manifest.mode,
    corpusHash: manifest.corpusHash,
    chunk: manifest.chunk,
    articleRules: manifest.articleRules,
    vocabularyHash: manifest.vocabularyHash,
    documentTable: toDocumentTable(manifest.documents),
    segments: manifest.segments,
    counts: manifest.counts,
    builtAt: manifest.builtAt,
    buildMs: manifest.buildMs,
    dataDir: manifest.dataDir,
    seedsDir: manifest.seedsDir,
  };
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
    return (await readManifest(absDir)).segments.map((s) => s.dir).join() !== previous.segments.map((s) => s.dir).join();
  } catch {
    return false;
  }
}

/** Turns a segment file error (missing, truncated, inconsistent) into `IndexCorruptError`. */
async function guard<T>(absDir: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (cause) {
    if (cause instanceof AppError) throw cause;
    const problem = cause instanceof Error ? (isNotFound(cause) ? `${cause.message.replace(/^.*open '.*\/([^/]+)'.*$/, "$1")} is missing` : cause.message) : String(cause);
    throw new IndexCorruptError(absDir, problem, { cause });
  }
}

/** Cross-checks a segment's articles and passages with its manifest entry. */
function checkSegment(absDir: string, segment: ManifestSegment, articles: Article[], passages: Passage[]): void {
  if (articles.length !== segment.documents) {
    throw new IndexCorruptError(absDir, `segment ${segment.dir} holds ${articles.length} articles, the manifest says ${segment.documents}`);
  }
  if (passages.length !== segment.passages) {
    throw new IndexCorruptError(absDir, `segment ${segment.dir} holds ${passages.length} passages, the manifest says ${segment.passages}`);
  }
  const texts = new Map(articles.map((article) => [article.id, article.text]));
  passages.forEach((passage, i) => {
    const text = texts.get(passage.doc);
    if (passage.id !== i || text === undefined || text.slice(passage.start, passage.end) !== passage.text) {
      throw new IndexCorruptError(absDir, `passage ${i} of segment ${segment.dir} does not match its article`);
    }
  });
}

function checkManifest(absDir: string, manifest: Manifest): void {
  const problems: string[] = [];
  if (manifest.counts.documents !== manifest.documents.length) problems.push("document count");
  const live = manifest.documents.reduce((n, d) => n + d.passages, 0);
  if (manifest.counts.passages !== live) problems.push("passage count");
  if (manifest.documents.some((d) => d.segment >= manifest.segments.length)) problems.push("a document in no segment");
  if (problems.length > 0) throw new IndexCorruptError(absDir, `refusing to write an inconsistent build (${problems.join(", ")})`);
}

async function readVectors(absDir: string, folder: string, manifest: { dimensions: number | null }, segment: ManifestSegment) {
  if (manifest.dimensions === null) throw new IndexCorruptError(absDir, "a hybrid index without dimensions");
  try {
    return await readSegmentHnsw(folder, manifest.dimensions, segment.passages);
  } catch (cause) {
    if (cause instanceof VectorFileError) throw new IndexCorruptError(absDir, cause.message, { cause });
    throw new IndexCorruptError(absDir, `cannot read the vector index of segment ${segment.dir}`, { cause });
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

function isNotFound(error: unknown): boolean {
  return error instanceof Error && "code" in error && (error.code === "ENOENT" || error.code === "ENOTDIR");
}
