import { createHash } from "node:crypto";
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuildProgress } from "../../src/index/build-report.ts";
import type { Embedder } from "../../src/embedding/embedder.ts";
import { buildIndex, CorpusEmptyError, isIndexStale, MAX_SEGMENTS } from "../../src/index/build-index.ts";
import { answer } from "../../src/answer/compose.ts";
import { prepare } from "../../src/answer/answer-service.ts";
import { openIndex, readIndex, readManifest, readVectorMatrices, segmentLayout, vocabularyFile } from "../../src/index/store.ts";
import { ARTICLE_RULES_VERSION } from "../../src/corpus/article.ts";
import { ensureTinyModel, loadTinyEmbedder } from "../helpers/tiny-model.ts";

const SEEDS = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "seeds");

/** Delegates to the real embedder and counts the passages it was asked to embed. */
class CountingEmbedder implements Embedder {
  embedded = 0;
  failAfter: number | null = null;
  constructor(private readonly inner: Embedder) {}
  get modelId(): string {
    return this.inner.modelId;
  }
  get dtype(): string {
    return this.inner.dtype;
  }
  get dimensions(): number {
    return this.inner.dimensions;
  }
  get passagePrefix(): string {
    return this.inner.passagePrefix;
  }
  async embedPassages(texts: readonly string[], onProgress?: (done: number, total: number) => void): Promise<Float32Array[]> {
    if (this.failAfter !== null && texts.length > this.failAfter) {
      await this.inner.embedPassages(texts.slice(0, this.failAfter), onProgress);
      throw new Error("the model crashed halfway");
    }
    this.embedded += texts.length;
    return this.inner.embedPassages(texts, onProgress);
  }
  embedQuery(text: string): Promise<Float32Array> {
    return this.inner.embedQuery(text);
  }
}

let work: string;
let realEmbedder: Embedder;
let seedFiles: string[];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "build-index-"));
  const model = await ensureTinyModel();
  realEmbedder = await loadTinyEmbedder({ model, modelsDir: join(work, "models") });
  seedFiles = (await readdir(SEEDS)).filter((name) => name.endsWith(".txt")).sort();
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** `answer()` over the index in `dir`, opened for this one question (lexical). */
async function askIndex(dir: string, question: string): ReturnType<typeof answer> {
  const index = await openIndex(dir, { model: null });
  try {
    return await answer(question, prepare(index, null).deps);
  } finally {
    index.close();
  }
}

async function copySeeds(name: string): Promise<string> {
  const dir = join(work, name);
  await cp(SEEDS, dir, { recursive: true });
  return dir;
}

function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Entries of the index folder the manifest does not name. */
async function strayFolders(dir: string): Promise<string[]> {
  const manifest = await readManifest(dir);
  const named = new Set(["manifest.json", vocabularyFile(manifest.vocabularyHash), ...manifest.segments.map((s) => s.dir)]);
  return (await readdir(dir)).filter((name) => !named.has(name));
}

/** Each live passage's vector, keyed by document and offsets (ids differ between layouts). */
async function vectorsByPassage(dir: string): Promise<Map<string, number[]>> {
  const data = await readIndex(dir);
  const matrices = (await readVectorMatrices(dir, data.manifest))!;
  const dims = data.manifest.dimensions!;
  const all = new Float32Array(matrices.reduce((n, m) => n + m.length, 0));
  let at = 0;
  for (const m of matrices) {
    all.set(m, at);
    at += m.length;
  }
  // A document replaced by an update still has its old passages in an earlier segment: only the
  // segment the manifest names for it counts.
  const bases = segmentLayout(data.manifest).map((s) => s.base);
  const segmentOf = (id: number) => bases.findLastIndex((base) => base <= id);
  const live = new Set(data.manifest.documents.map((d) => `${d.segment}:${d.id}`));
  const byKey = new Map<string, number[]>();
  for (const p of data.passages) {
    if (live.has(`${segmentOf(p.id)}:${p.doc}`)) byKey.set(`${p.doc}:${p.start}:${p.end}`, Array.from(all.subarray(p.id * dims, (p.id + 1) * dims)));
  }
  return byKey;
}

describe("buildIndex on the real seeds", () => {
  it("builds a lexical index without a model, with a manifest that describes it", async () => {
    const out = join(work, "lexical");
    const result = await buildIndex({ seedsDir: SEEDS, outDir: out, embedder: null });
    const { manifest, report } = result;

    expect(manifest.mode).toBe("lexical");
    expect(manifest.model).toBeNull();
    expect(manifest.dimensions).toBeNull();
    expect(manifest.space).toBe("cosine");
    expect(manifest.documents.map((d) => d.id)).toEqual(seedFiles);
    for (const document of manifest.documents) {
      expect(document.hash).toBe(sha256(await readFile(join(SEEDS, document.id))));
      expect(document.passages).toBeGreaterThan(0);
    }
    expect(manifest.counts.documents).toBe(seedFiles.length);
    expect(manifest.counts.passages).toBe(manifest.documents.reduce((sum, d) => sum + d.passages, 0));
    expect(report).toMatchObject({ documents: seedFiles.length, passages: manifest.counts.passages, mode: "lexical" });
    expect(report.added).toEqual(seedFiles);
    expect(report.changed).toEqual([]);
    expect(report.removed).toEqual([]);
    expect(result.embedded).toBe(0);
    expect(await readdir(join(out, manifest.dataDir))).not.toContain("hnsw.bin");

    const data = await readIndex(out, { model: null });
    expect(data.vectors).toBeNull();
    expect(data.passages.map((p) => p.id)).toEqual(data.passages.map((_, i) => i));
    expect(new Set(data.articles.map((a) => a.meta.lang))).toEqual(new Set(["en", "ru"]));
  });

  it("builds a hybrid index with the real embedder whose vectors find a passage by its own words", async () => {
    const out = join(work, "hybrid");
    const embedder = new CountingEmbedder(realEmbedder);
    const phases: BuildProgress["phase"][] = [];
    const result = await buildIndex({
      seedsDir: SEEDS,
      outDir: out,
      embedder,
      onProgress: (p) => phases.push(p.phase),
    });
    const { manifest } = result;

    expect(manifest.mode).toBe("hybrid");
    expect(manifest.model).toBe(realEmbedder.modelId);
    expect(manifest.dimensions).toBe(realEmbedder.dimensions);
    expect(embedder.embedded).toBe(manifest.counts.passages);
    expect(result.embedded).toBe(manifest.counts.passages);
    expect(phases).toContain("embedding");
    expect(phases.at(-1)).toBe("done");

    const data = await readIndex(out, { model: realEmbedder.modelId, dimensions: realEmbedder.dimensions });
    expect(data.vectors).not.toBeNull();
    // Pick a Russian and an English passage and look them up by their own text.
    for (const lang of ["ru", "en"] as const) {
      const article = data.articles.find((a) => a.meta.lang === lang)!;
      const passage = data.passages.find((p) => p.doc === article.id)!;
      const query = await realEmbedder.embedQuery(passage.text);
      const hits = data.vectors!.search(query, 3);
      expect(hits.map((h) => h.passageId)).toContain(passage.id);
      expect(hits[0]!.similarity).toBeGreaterThan(0.5);
    }
  });
});

describe("files that cannot be used", () => {
  it("lists an unusable file in the report instead of dropping it silently", async () => {
    const seeds = await copySeeds("seeds-with-empty");
    await writeFile(join(seeds, "005_empty.txt"), "");
    const { report } = await buildIndex({ seedsDir: seeds, outDir: join(work, "with-empty"), embedder: null });
    expect(report.documents).toBe(seedFiles.length);
    expect(report.skipped.map((s) => s.file).join(" ")).toContain("005_empty.txt");
    expect(report.skipped.every((s) => s.reason.length > 0)).toBe(true);
  });
});

describe("incremental rebuilds", () => {
  it("re-embeds everything when the passage prefix changed, even with the same model", async () => {
    const seeds = await copySeeds("seeds-prefix");
    const out = join(work, "prefix");
    const first = await buildIndex({ seedsDir: seeds, outDir: out, embedder: realEmbedder });
    expect(first.manifest.passagePrefix).toBe(realEmbedder.passagePrefix);
    const other = await loadTinyEmbedder({ model: realEmbedder.modelId, modelsDir: join(work, "models"), passagePrefix: "document: " });
    const counting = new CountingEmbedder(other);
    const again = await buildIndex({ seedsDir: seeds, outDir: out, embedder: counting });
    expect(counting.embedded).toBe(first.manifest.counts.passages);
    expect(again.manifest.passagePrefix).toBe("document: ");
  });

  it("re-embeds nothing when nothing changed and only the changed document's passages otherwise", async () => {
    const seeds = await copySeeds("seeds-incremental");
    const out = join(work, "incremental");
    const embedder = new CountingEmbedder(realEmbedder);
    const first = await buildIndex({ seedsDir: seeds, outDir: out, embedder });
    expect(first.kind).toBe("full");
    const firstVectors = await vectorsByPassage(out);

    embedder.embedded = 0;
    const again = await buildIndex({ seedsDir: seeds, outDir: out, embedder });
    expect(embedder.embedded).toBe(0);
    expect(again.kind).toBe("incremental");
    expect(again.report).toMatchObject({ added: [], changed: [], removed: [] });
    // Nothing to add: the segments stay as they were.
    expect(again.manifest.segments).toEqual(first.manifest.segments);
    expect(await vectorsByPassage(out)).toEqual(firstVectors);

    const changedId = seedFiles[2]!;
    await appendFile(
      join(seeds, changedId),
      "\n\nThe city administration said on Monday that the new metro line will open in December. Officials thanked the builders.\n",
    );
    embedder.embedded = 0;
    const changed = await buildIndex({ seedsDir: seeds, outDir: out, embedder });
    const changedDoc = changed.manifest.documents.find((d) => d.id === changedId)!;
    expect(changed.kind).toBe("incremental");
    // Only the changed document's passages are embedded; the others are not even read again.
    expect(embedder.embedded).toBe(changedDoc.passages);
    expect(changed.report.changed).toEqual([changedId]);
    expect(changed.report.added).toEqual([]);
    expect(changed.manifest.segments).toHaveLength(2);
    expect(changedDoc.segment).toBe(1);
    expect(changed.manifest.counts.passages).toBe(changed.manifest.documents.reduce((n, d) => n + d.passages, 0));

    // Every live passage has the vector a from-scratch build gives it, and no other passage is served.
    const freshOut = join(work, "incremental-fresh");
    await buildIndex({ seedsDir: seeds, outDir: freshOut, embedder: realEmbedder });
    const updated = await vectorsByPassage(out);
    const fresh = await vectorsByPassage(freshOut);
    expect([...updated.keys()].sort()).toEqual([...fresh.keys()].sort());
    for (const [key, row] of fresh) {
      const other = updated.get(key)!;
      row.forEach((value, i) => expect(other[i]).toBeCloseTo(value, 5));
    }

    const removedId = seedFiles[0]!;
    await rm(join(seeds, removedId));
    await cp(join(SEEDS, removedId), join(seeds, "900_added_copy.txt"));
    embedder.embedded = 0;
    const moved = await buildIndex({ seedsDir: seeds, outDir: out, embedder });
    expect(moved.kind).toBe("incremental");
    expect(moved.report.removed).toEqual([removedId]);
    expect(moved.report.added).toEqual(["900_added_copy.txt"]);
    expect(embedder.embedded).toBe(moved.manifest.documents.find((d) => d.id === "900_added_copy.txt")!.passages);
    const data = await readIndex(out);
    expect(data.articles.map((a) => a.id)).not.toContain(removedId);
    expect(data.articles.map((a) => a.id)).toContain("900_added_copy.txt");
  });

  it("answers from the updated index: an added article is quoted, a removed one never is", async () => {
    const seeds = join(work, "seeds-answers");
    await mkdir(seeds);
    for (const name of seedFiles) await cp(join(SEEDS, name), join(seeds, name));
    const out = join(work, "answers");
    await buildIndex({ seedsDir: seeds, outDir: out, embedder: null });
    const question = "When will the Kyzylorda tram line open?";
    const ask = () => askIndex(out, question);
    expect((await ask()).abstained).toBe(true);

    await writeFile(
      join(seeds, "950_tram.txt"),
      "Kyzylorda tram line to open in spring\n\nThe Kyzylorda tram line will open in April 2025, the city akimat said on Tuesday. The line will have twelve stops.\n",
    );
    const added = await buildIndex({ seedsDir: seeds, outDir: out, embedder: null });
    expect(added.kind).toBe("incremental");
    const withTram = await ask();
    expect(withTram.abstained).toBe(false);
    expect(withTram.quotes.map((q) => q.doc)).toContain("950_tram.txt");
    expect(withTram.quotes[0]?.text).toContain("April 2025");

    await rm(join(seeds, "950_tram.txt"));
    const removed = await buildIndex({ seedsDir: seeds, outDir: out, embedder: null });
    expect(removed.kind).toBe("incremental");
    const after = await ask();
    expect(after.quotes.map((q) => q.doc)).not.toContain("950_tram.txt");
    expect(after.abstained).toBe(true);
  });

  it("folds the small segments of earlier updates into the next one instead of adding a thirteenth", async () => {
    const seeds = await copySeeds("seeds-fold");
    const out = join(work, "fold");
    // One document per segment: five segments, all small.
    const first = await buildIndex({ seedsDir: seeds, outDir: out, embedder: null, segmentPassages: 1 });
    expect(first.manifest.segments).toHaveLength(seedFiles.length);
    let segments = first.manifest.segments.length;
    for (let i = 0; segments < MAX_SEGMENTS; i++) {
      await writeFile(join(seeds, `fold_${i}.txt`), `Fold article ${i}\n\nThe Kyzylorda tram line ${i} will open in April, the akimat said.\n`);
      const update = await buildIndex({ seedsDir: seeds, outDir: out, embedder: null });
      expect(update.kind).toBe("incremental");
      segments = update.manifest.segments.length;
    }
    await writeFile(join(seeds, "fold_last.txt"), "Fold article last\n\nThe Kyzylorda tram line will have twelve stops, the akimat said.\n");
    const folded = await buildIndex({ seedsDir: seeds, outDir: out, embedder: null });
    expect(folded.kind).toBe("incremental");
    expect(folded.manifest.segments.length).toBeLessThan(MAX_SEGMENTS);
    expect(folded.report).toMatchObject({ added: ["fold_last.txt"], changed: [], removed: [] });
    const data = await readIndex(out);
    expect(data.articles.map((a) => a.id).sort()).toEqual(folded.manifest.documents.map((d) => d.id).sort());
    expect(folded.manifest.counts.documents).toBe(seedFiles.length + MAX_SEGMENTS - seedFiles.length + 1);
    expect(await strayFolders(out)).toEqual([]);
  });

  it("splits a full build into segments of the given size, with passage ids running through them", async () => {
    const out = join(work, "segmented");
    const whole = await buildIndex({ seedsDir: SEEDS, outDir: join(work, "unsegmented"), embedder: realEmbedder });
    const split = await buildIndex({ seedsDir: SEEDS, outDir: out, embedder: realEmbedder, segmentPassages: 10 });
    expect(split.manifest.segments.length).toBeGreaterThan(1);
    expect(split.manifest.counts).toEqual(whole.manifest.counts);
    const data = await readIndex(out, { model: realEmbedder.modelId });
    expect(data.passages.map((p) => p.id)).toEqual(data.passages.map((_, i) => i));
    // The vector search spans every segment: each passage finds itself.
    for (const passage of [data.passages[0]!, data.passages.at(-1)!]) {
      const hits = data.vectors!.search(await realEmbedder.embedQuery(passage.text), 3);
      expect(hits.map((h) => h.passageId)).toContain(passage.id);
    }
  });

  it("embeds everything again when the previous index was lexical", async () => {
    const out = join(work, "lexical-then-hybrid");
    await buildIndex({ seedsDir: SEEDS, outDir: out, embedder: null });
    const embedder = new CountingEmbedder(realEmbedder);
    const result = await buildIndex({ seedsDir: SEEDS, outDir: out, embedder });
    expect(embedder.embedded).toBe(result.manifest.counts.passages);
    expect(result.report.changed).toEqual([]);
  });
});

describe("the manifest's format", () => {
  it("writes format 3, still opens and answers from a format-2 manifest, and writes format 3 at the next build", async () => {
    const seeds = await copySeeds("seeds-format");
    const out = join(work, "format");
    const built = await buildIndex({ seedsDir: seeds, outDir: out, embedder: null });
    const file = join(out, "manifest.json");
    const onDisk = JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>;
    expect(onDisk.formatVersion).toBe(3);
    expect(onDisk.documents).toBeUndefined();
    expect((onDisk.documentTable as { id: string[] }).id).toEqual(seedFiles);

    const question = "Which band was supposed to perform at Crocus City Hall?";
    const ask = () => askIndex(out, question);
    const fromFormat3 = await ask();
    expect(fromFormat3.quotes.some((q) => q.text.includes("Picnic"))).toBe(true);

    // What the indexer wrote before the column table: the documents as objects.
    const { documentTable: _, ...fields } = onDisk;
    await writeFile(file, `${JSON.stringify({ ...fields, formatVersion: 2, documents: built.manifest.documents })}\n`);
    expect(await readManifest(out)).toEqual(built.manifest);
    expect(await ask()).toEqual(fromFormat3);
    expect((await isIndexStale(out, seeds, null)).stale).toBe(false);

    const next = await buildIndex({ seedsDir: seeds, outDir: out, embedder: null });
    expect(next.kind).toBe("incremental");
    expect(next.embedded).toBe(0);
    expect((JSON.parse(await readFile(file, "utf8")) as { formatVersion: number }).formatVersion).toBe(3);
    expect((await readManifest(out)).documents).toEqual(built.manifest.documents);
    expect(await ask()).toEqual(fromFormat3);
  });
});

describe("safety of the previous index", () => {
  it("removes a leftover temporary build folder on the next build", async () => {
    const out = join(work, "leftover");
    await mkdir(join(out, ".tmp-build-0badf00d"), { recursive: true });
    await writeFile(join(out, ".tmp-build-0badf00d", "passages.json"), "[{");
    const { manifest } = await buildIndex({ seedsDir: SEEDS, outDir: out, embedder: null });
    expect((await readdir(out)).sort()).toEqual([manifest.dataDir, "manifest.json", vocabularyFile(manifest.vocabularyHash)].sort());
  });

  it("fails on an empty seeds folder and leaves the previous index loadable", async () => {
    const out = join(work, "empty-seeds");
    const { manifest } = await buildIndex({ seedsDir: SEEDS, outDir: out, embedder: null });
    const before = await readFile(join(out, "manifest.json"));
    const empty = join(work, "no-articles");
    await mkdir(empty);

    const error = await buildIndex({ seedsDir: empty, outDir: out, embedder: null }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorpusEmptyError);
    expect((error as CorpusEmptyError).messageKey).toBe("error.corpusEmpty");
    expect((error as Error).message).toContain(empty);
    expect(await readFile(join(out, "manifest.json"))).toEqual(before);
    expect((await readIndex(out)).manifest).toEqual(manifest);
  });

  it("leaves the previous index unchanged when the embedder fails halfway", async () => {
    const seeds = await copySeeds("seeds-crash");
    const out = join(work, "crash");
    const { manifest } = await buildIndex({ seedsDir: seeds, outDir: out, embedder: realEmbedder });
    const before = await readFile(join(out, "manifest.json"));
    await appendFile(join(seeds, seedFiles[1]!), "\n\nЖители Махачкалы сообщили о новых ограничениях. «Всё спокойно», — сказал глава района.\n");

    const embedder = new CountingEmbedder(realEmbedder);
    embedder.failAfter = 1;
    await expect(buildIndex({ seedsDir: seeds, outDir: out, embedder })).rejects.toThrow("crashed halfway");
    expect(await readFile(join(out, "manifest.json"))).toEqual(before);
    expect((await readdir(out)).sort()).toEqual([manifest.dataDir, "manifest.json", vocabularyFile(manifest.vocabularyHash)].sort());
    const data = await readIndex(out, { model: realEmbedder.modelId });
    expect(data.manifest).toEqual(manifest);
  });

  it("leaves the previous index unchanged when writing fails midway", async () => {
    const out = join(work, "write-crash");
    const { manifest } = await buildIndex({ seedsDir: SEEDS, outDir: out, embedder: realEmbedder });
    const failing = buildIndex({
      seedsDir: SEEDS,
      outDir: out,
      embedder: realEmbedder,
      full: true,
      write: {
        onFileWritten: (file) => {
          if (file === "vectors.f32") throw new Error("no space left on device");
        },
      },
    });
    await expect(failing).rejects.toThrow("no space left");
    expect((await readIndex(out, { model: realEmbedder.modelId })).manifest).toEqual(manifest);
    expect((await readdir(out)).sort()).toEqual([manifest.dataDir, "manifest.json", vocabularyFile(manifest.vocabularyHash)].sort());
  });
});

describe("a build in several segments", () => {
  it("writes each segment as it goes, and removes them all when a later one fails", async () => {
    const out = join(work, "segments-crash");
    const { manifest } = await buildIndex({ seedsDir: SEEDS, outDir: out, embedder: realEmbedder });
    const before = await readFile(join(out, "manifest.json"));
    let segmentsWritten = 0;
    const failing = buildIndex({
      seedsDir: SEEDS,
      outDir: out,
      embedder: realEmbedder,
      full: true,
      segmentPassages: 10,
      write: {
        onFileWritten: (file) => {
          if (file !== "hnsw.bin") return;
          segmentsWritten += 1;
          if (segmentsWritten === 3) throw new Error("no space left on device");
        },
      },
    });
    await expect(failing).rejects.toThrow("no space left");
    expect(segmentsWritten).toBe(3);
    expect(await readFile(join(out, "manifest.json"))).toEqual(before);
    expect((await readdir(out)).sort()).toEqual([manifest.dataDir, "manifest.json", vocabularyFile(manifest.vocabularyHash)].sort());
    expect((await readIndex(out, { model: realEmbedder.modelId })).manifest).toEqual(manifest);
  });
});

const identity = (e: Embedder) => ({ modelId: e.modelId, dtype: e.dtype, passagePrefix: e.passagePrefix });

describe("isIndexStale", () => {
  it("tells when the seeds or the model changed since the last build", async () => {
    const seeds = await copySeeds("seeds-stale");
    const out = join(work, "stale");
    expect((await isIndexStale(out, seeds, null)).stale).toBe(true);

    await buildIndex({ seedsDir: seeds, outDir: out, embedder: null });
    expect(await isIndexStale(out, seeds, null)).toEqual({ stale: false, reason: null });
    // A lexical index is stale once a model is available.
    expect((await isIndexStale(out, seeds, realEmbedder)).stale).toBe(true);

    await buildIndex({ seedsDir: seeds, outDir: out, embedder: realEmbedder });
    expect((await isIndexStale(out, seeds, realEmbedder)).stale).toBe(false);
    // Without a model the hybrid index is still served (lexically).
    expect((await isIndexStale(out, seeds, null)).stale).toBe(false);
    expect((await isIndexStale(out, seeds, { ...identity(realEmbedder), modelId: "another/model" })).reason).toContain("another/model");
    // The same model with its other weights (q8 ↔ fp32) makes other vectors: stale too.
    const otherWeights = { ...identity(realEmbedder), dtype: realEmbedder.dtype === "q8" ? "fp32" : "q8" };
    expect((await isIndexStale(out, seeds, otherWeights)).reason).toMatch(/weights/);

    // A file touched without a change (new time, same bytes) is not a change.
    const later = new Date(Date.now() + 60_000);
    await utimes(join(seeds, seedFiles[3]!), later, later);
    expect((await isIndexStale(out, seeds, realEmbedder)).stale).toBe(false);

    await appendFile(join(seeds, seedFiles[3]!), "\n\nA new paragraph about the Kazinform report.\n");
    const staleness = await isIndexStale(out, seeds, realEmbedder);
    expect(staleness.stale).toBe(true);
    expect((await readManifest(out)).model).toBe(realEmbedder.modelId);
  });

  it("tells when the index was built with another vocabulary", async () => {
    const seeds = await copySeeds("seeds-vocabulary");
    const out = join(work, "vocabulary");
    await buildIndex({ seedsDir: seeds, outDir: out, embedder: null });
    const file = join(out, "manifest.json");
    const manifest = JSON.parse(await readFile(file, "utf8")) as { vocabularyHash: string };
    await writeFile(file, JSON.stringify({ ...manifest, vocabularyHash: "0123456789abcdef" }));
    const staleness = await isIndexStale(out, seeds, null);
    expect(staleness.stale).toBe(true);
    expect(staleness.reason).toMatch(/vocabulary/);
    // Other chunking settings cut other passages: stale too.
    await buildIndex({ seedsDir: seeds, outDir: out, embedder: null, full: true });
    const otherChunks = await isIndexStale(out, seeds, null, { chunk: { maxChars: 400, overlapSentences: 1 } });
    expect(otherChunks.reason).toMatch(/chunking/);
    await writeFile(file, JSON.stringify({ ...JSON.parse(await readFile(file, "utf8")), vocabularyHash: "0123456789abcdef" }));
    // And the next build is a full one, with the current vocabulary.
    const rebuilt = await buildIndex({ seedsDir: seeds, outDir: out, embedder: null });
    expect(rebuilt.kind).toBe("full");
    expect((await isIndexStale(out, seeds, null)).stale).toBe(false);
  });

  it("tells when the index was built under other rules for cleaning and cutting articles, and rebuilds it all", async () => {
    const seeds = await copySeeds("seeds-article-rules");
    const out = join(work, "article-rules");
    await buildIndex({ seedsDir: seeds, outDir: out, embedder: null });
    const file = join(out, "manifest.json");
    const { articleRules, ...older } = JSON.parse(await readFile(file, "utf8")) as { articleRules: number };
    expect(articleRules).toBe(ARTICLE_RULES_VERSION);
    // An index from before the rules were recorded, and one from other rules: no file changed, yet
    // the same files would give other articles.
    for (const manifest of [older, { ...older, articleRules: ARTICLE_RULES_VERSION + 1 }]) {
      await writeFile(file, JSON.stringify(manifest));
      const staleness = await isIndexStale(out, seeds, null);
      expect(staleness.stale).toBe(true);
      expect(staleness.reason).toMatch(/rules that clean and cut articles/);
    }
    // Touching one file would otherwise be an incremental update: with other rules, everything is redone.
    const first = (await readdir(seeds)).sort()[0] ?? "";
    await writeFile(join(seeds, first), `${await readFile(join(seeds, first), "utf8")}\n`);
    const rebuilt = await buildIndex({ seedsDir: seeds, outDir: out, embedder: null });
    expect(rebuilt.kind).toBe("full");
    expect((await readManifest(out)).articleRules).toBe(ARTICLE_RULES_VERSION);
    expect((await isIndexStale(out, seeds, null)).stale).toBe(false);
  });
});
