import { createHash } from "node:crypto";
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuildProgress } from "../../src/index/build-report.ts";
import type { Embedder } from "../../src/embedding/embedder.ts";
import { loadEmbedder } from "../../src/embedding/transformers-embedder.ts";
import { buildIndex, CorpusEmptyError, isIndexStale } from "../../src/index/build-index.ts";
import { readIndex, readManifest, readVectorMatrix } from "../../src/index/store.ts";
import { ensureTinyModel } from "../helpers/tiny-model.ts";

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
  realEmbedder = await loadEmbedder({
    model,
    modelsDir: join(work, "models"),
    allowRemote: false,
    dtype: "q8",
    queryPrefix: "query: ",
    passagePrefix: "passage: ",
  });
  seedFiles = (await readdir(SEEDS)).filter((name) => name.endsWith(".txt")).sort();
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function copySeeds(name: string): Promise<string> {
  const dir = join(work, name);
  await cp(SEEDS, dir, { recursive: true });
  return dir;
}

function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
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
    const other = await loadEmbedder({
      model: realEmbedder.modelId,
      modelsDir: join(work, "models"),
      allowRemote: false,
      dtype: "q8",
      queryPrefix: "query: ",
      passagePrefix: "document: ",
    });
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
    const firstMatrix = await readVectorMatrix(out, first.manifest);

    embedder.embedded = 0;
    const again = await buildIndex({ seedsDir: seeds, outDir: out, embedder });
    expect(embedder.embedded).toBe(0);
    expect(again.reused).toBe(first.manifest.counts.passages);
    expect(again.report).toMatchObject({ added: [], changed: [], removed: [] });
    expect(again.manifest.dataDir).not.toBe(first.manifest.dataDir);
    expect(await readVectorMatrix(out, again.manifest)).toEqual(firstMatrix);

    const changedId = seedFiles[2]!;
    await appendFile(
      join(seeds, changedId),
      "\n\nThe city administration said on Monday that the new metro line will open in December. Officials thanked the builders.\n",
    );
    embedder.embedded = 0;
    const changed = await buildIndex({ seedsDir: seeds, outDir: out, embedder });
    const changedDoc = changed.manifest.documents.find((d) => d.id === changedId)!;
    expect(embedder.embedded).toBe(changedDoc.passages);
    expect(changed.report.changed).toEqual([changedId]);
    expect(changed.report.added).toEqual([]);

    // Reused rows must sit exactly where a from-scratch build puts them.
    const fresh = await buildIndex({ seedsDir: seeds, outDir: join(work, "incremental-fresh"), embedder: realEmbedder });
    const reusedMatrix = (await readVectorMatrix(out, changed.manifest))!;
    const freshMatrix = (await readVectorMatrix(join(work, "incremental-fresh"), fresh.manifest))!;
    expect(reusedMatrix.length).toBe(freshMatrix.length);
    reusedMatrix.forEach((value, i) => expect(value).toBeCloseTo(freshMatrix[i]!, 5));

    const removedId = seedFiles[0]!;
    await rm(join(seeds, removedId));
    await cp(join(SEEDS, removedId), join(seeds, "900_added_copy.txt"));
    embedder.embedded = 0;
    const moved = await buildIndex({ seedsDir: seeds, outDir: out, embedder });
    expect(moved.report.removed).toEqual([removedId]);
    expect(moved.report.added).toEqual(["900_added_copy.txt"]);
    expect(embedder.embedded).toBe(moved.manifest.documents.find((d) => d.id === "900_added_copy.txt")!.passages);
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

describe("safety of the previous index", () => {
  it("removes a leftover temporary build folder on the next build", async () => {
    const out = join(work, "leftover");
    await mkdir(join(out, ".tmp-build-0badf00d"), { recursive: true });
    await writeFile(join(out, ".tmp-build-0badf00d", "passages.json"), "[{");
    const { manifest } = await buildIndex({ seedsDir: SEEDS, outDir: out, embedder: null });
    expect((await readdir(out)).sort()).toEqual([manifest.dataDir, "manifest.json"].sort());
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
    expect((await readdir(out)).sort()).toEqual([manifest.dataDir, "manifest.json"].sort());
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
      write: {
        onFileWritten: (file) => {
          if (file === "vectors.f32") throw new Error("no space left on device");
        },
      },
    });
    await expect(failing).rejects.toThrow("no space left");
    expect((await readIndex(out, { model: realEmbedder.modelId })).manifest).toEqual(manifest);
    expect((await readdir(out)).sort()).toEqual([manifest.dataDir, "manifest.json"].sort());
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

    await appendFile(join(seeds, seedFiles[3]!), "\n\nA new paragraph about the Kazinform report.\n");
    const staleness = await isIndexStale(out, seeds, realEmbedder);
    expect(staleness.stale).toBe(true);
    expect((await readManifest(out)).model).toBe(realEmbedder.modelId);
  });
});
