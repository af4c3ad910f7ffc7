import { mkdir, mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Article, Passage } from "../../src/corpus/article.ts";
import type { Manifest } from "../../src/index/manifest.ts";
import {
  IndexCorruptError,
  IndexMismatchError,
  IndexMissingError,
  readIndex,
  readManifest,
  openIndex,
  readVectorMatrices,
  vocabularyFile,
  writeIndex,
} from "../../src/index/store.ts";
import type { BuildContents, SegmentContents } from "../../src/index/store.ts";
import { buildLexicalSegment } from "../../src/index/lexical-segment.ts";
import { lexiconHash } from "../../src/text/lexicon-files.ts";
import { sharedVocabulary } from "../../src/text/vocabulary.ts";
import { VectorIndex } from "../../src/index/vector-index.ts";

// Real snippets in both languages (ё, «ёлочки», NBSP) so that JSON round trips are exercised.
const ARTICLES: Article[] = [
  {
    id: "000_en.txt",
    meta: { title: "Crocus City Hall", date: "2024-03-23", outlet: "Kazinform", url: "https://example.org/a", lang: "en" },
    text: "On March 23, President Tokayev held a meeting of the Security Council. The press service said measures were taken.",
    hash: "a".repeat(64),
  },
  {
    id: "001_ru.txt",
    meta: { title: null, date: null, outlet: "NUR.KZ", url: null, lang: "ru" },
    text: "В Дагестане объявлен режим КТО.\u00a0«Ёлочки» и ё сохраняются: всё в порядке. Жители получили уведомления.",
    hash: "b".repeat(64),
  },
];

function passagesOf(articles: Article[]): Passage[] {
  const passages: Passage[] = [];
  for (const article of articles) {
    const cut = article.text.indexOf(". ") + 1;
    for (const [start, end] of [
      [0, cut],
      [cut + 1, article.text.length],
    ] as const) {
      passages.push({ id: passages.length, doc: article.id, start, end, text: article.text.slice(start, end) });
    }
  }
  return passages;
}

const DIMS = 8;

function vectorFor(i: number): Float32Array {
  const v = Float32Array.from({ length: DIMS }, (_, d) => Math.cos((i + 1) * (d + 1)));
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}

function segmentOf(articles: Article[], hybrid: boolean): SegmentContents {
  const passages = passagesOf(articles);
  const rows = passages.map((p) => vectorFor(p.id));
  const matrix = new Float32Array(passages.length * DIMS);
  rows.forEach((row, i) => matrix.set(row, i * DIMS));
  const titles = new Map(articles.map((a) => [a.id, a.meta.title]));
  return {
    articles,
    passages,
    lexical: buildLexicalSegment(passages, titles),
    vectors: hybrid ? { matrix, index: VectorIndex.build(rows, DIMS) } : null,
  };
}

function contents(options: { model: string | null; builtAt?: string; articles?: Article[] }): BuildContents {
  const articles = options.articles ?? ARTICLES;
  const passages = passagesOf(articles);
  const hybrid = options.model !== null;
  return {
    manifest: {
      formatVersion: 2,
      model: options.model,
      dimensions: hybrid ? DIMS : null,
      passagePrefix: hybrid ? "passage: " : null,
      seedsDir: null,
      dtype: hybrid ? "q8" : null,
      calibration: null,
      space: "cosine",
      mode: hybrid ? "hybrid" : "lexical",
      corpusHash: "c".repeat(64),
      chunk: { maxChars: 650, overlapSentences: 1 },
      vocabularyHash: lexiconHash(),
      documents: articles.map((a) => ({
        id: a.id,
        hash: a.hash,
        size: a.text.length,
        mtimeMs: 0,
        meta: a.meta,
        name: a.meta.title ?? a.id,
        passages: passages.filter((p) => p.doc === a.id).length,
        segment: 0,
      })),
      counts: { documents: articles.length, passages: passages.length },
      builtAt: options.builtAt ?? "2026-11-22T10:00:00.000Z",
      buildMs: 12,
    },
    vocabulary: sharedVocabulary().toJSON(),
    kept: [],
    added: [segmentOf(articles, hybrid)],
  };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "index-store-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function dataFile(manifest: Manifest, name: string): Promise<string> {
  return join(dir, manifest.dataDir, name);
}

describe("writeIndex / readIndex", () => {
  it("reads back what was written, with one build folder and no temporary files", async () => {
    const written = await writeIndex(dir, contents({ model: "tiny" }));
    const data = await readIndex(dir, { model: "tiny", dimensions: DIMS });

    expect(data.manifest).toEqual(written);
    expect(data.articles).toEqual(ARTICLES);
    expect(data.passages).toEqual(passagesOf(ARTICLES));
    expect(data.vectors?.search(vectorFor(2), 1)[0]?.passageId).toBe(2);
    expect(await readVectorMatrices(dir, data.manifest)).toEqual([contents({ model: "tiny" }).added[0]?.vectors?.matrix]);
    expect((await readdir(dir)).sort()).toEqual([written.dataDir, "manifest.json", vocabularyFile(written.vocabularyHash)].sort());
  });

  it("replaces the previous build and deletes its folder", async () => {
    const first = await writeIndex(dir, contents({ model: null, builtAt: "2026-11-22T10:00:00.000Z" }));
    const second = await writeIndex(dir, contents({ model: "tiny", builtAt: "2026-11-22T11:00:00.000Z" }));
    expect(second.dataDir).not.toBe(first.dataDir);
    expect((await readManifest(dir)).dataDir).toBe(second.dataDir);
    expect(await readdir(dir)).not.toContain(first.dataDir);
  });

  it("does not write hnsw.bin or vectors.f32 in lexical mode", async () => {
    const manifest = await writeIndex(dir, contents({ model: null }));
    const files = await readdir(join(dir, manifest.dataDir));
    expect(files).not.toContain("hnsw.bin");
    expect(files).not.toContain("vectors.f32");
    expect(files).toContain("passages.bin");
    const data = await readIndex(dir, { model: null });
    expect(data.vectors).toBeNull();
  });

  it("removes a leftover temporary folder of a killed build", async () => {
    await mkdir(join(dir, ".tmp-build-deadbeef"));
    await writeFile(join(dir, ".tmp-build-deadbeef", "articles.json"), "[");
    await writeIndex(dir, contents({ model: null }));
    expect((await readdir(dir)).filter((name) => name.startsWith(".tmp-"))).toEqual([]);
  });

  it("leaves the previous index loadable and unchanged when writing fails midway", async () => {
    const before = await writeIndex(dir, contents({ model: "tiny" }));
    const manifestBytes = await readFile(join(dir, "manifest.json"));
    const changed = [{ ...ARTICLES[0]!, hash: "d".repeat(64) }, ARTICLES[1]!];
    for (const failAt of ["articles.json", "passages.bin", "lexical.json", "vectors.f32", "hnsw.bin"]) {
      const failing = writeIndex(dir, contents({ model: "tiny", articles: changed }), {
        onFileWritten: (file) => {
          if (file === failAt) throw new Error(`disk full while writing ${file}`);
        },
      });
      await expect(failing).rejects.toThrow("disk full");
      expect(await readFile(join(dir, "manifest.json"))).toEqual(manifestBytes);
      const data = await readIndex(dir, { model: "tiny", dimensions: DIMS });
      expect(data.manifest).toEqual(before);
      expect(data.articles[0]?.hash).toBe("a".repeat(64));
      expect((await readdir(dir)).sort()).toEqual([before.dataDir, "manifest.json", vocabularyFile(before.vocabularyHash)].sort());
    }
  });

  it("refuses to write a build whose counts disagree with its contents", async () => {
    const bad = contents({ model: null });
    bad.manifest.counts.passages += 1;
    await expect(writeIndex(dir, bad)).rejects.toBeInstanceOf(IndexCorruptError);
    await expect(readIndex(dir)).rejects.toBeInstanceOf(IndexMissingError);
  });
});

describe("readIndex errors", () => {
  it("says there is no index, with the absolute folder and the command to run", async () => {
    for (const missing of [join(dir, "nowhere"), dir]) {
      const error = await readIndex(missing).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IndexMissingError);
      expect((error as IndexMissingError).messageKey).toBe("error.indexMissing");
      expect((error as Error).message).toContain(resolve(missing));
      expect((error as Error).message).toContain("npm run index");
    }
  });

  it("reports a manifest that is not valid JSON or has the wrong shape as corrupt", async () => {
    await writeIndex(dir, contents({ model: null }));
    const file = join(dir, "manifest.json");
    const good = await readFile(file, "utf8");
    for (const broken of [good.slice(0, good.length / 2), "{}", JSON.stringify({ ...JSON.parse(good), dataDir: "../x" }), JSON.stringify({ ...JSON.parse(good), formatVersion: 1 })]) {
      await writeFile(file, broken);
      const error = await readIndex(dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IndexCorruptError);
      expect((error as IndexCorruptError).messageKey).toBe("error.indexCorrupt");
      expect((error as Error).message).toContain("npm run index");
      if (!broken.includes('"formatVersion":1')) expect((error as Error).cause).toBeDefined();
      else expect((error as Error).message).toContain("earlier version");
    }
  });

  it("reports a truncated hnsw.bin or vectors.f32 as corrupt", async () => {
    for (const name of ["hnsw.bin", "vectors.f32"]) {
      const manifest = await writeIndex(dir, contents({ model: "tiny" }));
      const file = await dataFile(manifest, name);
      await truncate(file, (await stat(file)).size - 7);
      const error = await readIndex(dir, { model: "tiny" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IndexCorruptError);
      expect((error as Error).message).toContain(name);
    }
  });

  it("reports damaged passages or articles as corrupt", async () => {
    const manifest = await writeIndex(dir, contents({ model: null }));
    const table = await dataFile(manifest, "passages.idx");
    await truncate(table, (await stat(table)).size - 4);
    await expect(readIndex(dir)).rejects.toBeInstanceOf(IndexCorruptError);
    await expect(openIndex(dir)).rejects.toBeInstanceOf(IndexCorruptError);
    await writeIndex(dir, contents({ model: null }));
    const again = await readManifest(dir);
    await rm(await dataFile(again, "articles.json"));
    await expect(readIndex(dir)).rejects.toThrow(/articles\.json is missing/);
  });

  it("reports a missing lexical file or vocabulary as corrupt when opening for queries", async () => {
    for (const name of ["postings.bin", "lexical.bin", "vocabulary"]) {
      const manifest = await writeIndex(dir, contents({ model: null }));
      if (name === "vocabulary") await rm(join(dir, vocabularyFile(manifest.vocabularyHash)));
      else await rm(await dataFile(manifest, name));
      const error = await openIndex(dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IndexCorruptError);
      expect((error as Error).message).toContain("npm run index");
    }
  });

  it("names both models when the index was built with another model", async () => {
    await writeIndex(dir, contents({ model: "Xenova/multilingual-e5-small" }));
    const error = await readIndex(dir, { model: "Xenova/bge-m3" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IndexMismatchError);
    const mismatch = error as IndexMismatchError;
    expect(mismatch.messageKey).toBe("error.indexMismatch");
    expect(mismatch.message).toContain("Xenova/multilingual-e5-small");
    expect(mismatch.message).toContain("Xenova/bge-m3");
    expect(mismatch.message).toContain("npm run index");
    expect(mismatch.indexModel).toBe("Xenova/multilingual-e5-small");
  });

  it("reports a dimension mismatch for the same model name", async () => {
    await writeIndex(dir, contents({ model: "tiny" }));
    const error = await readIndex(dir, { model: "tiny", dimensions: 384 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IndexMismatchError);
    expect((error as Error).message).toMatch(/8 dimensions[\s\S]*384 dimensions/);
  });

  it("treats a lexical index as a mismatch when a model is available, but serves a hybrid index lexically without one", async () => {
    await writeIndex(dir, contents({ model: null }));
    const error = await readIndex(dir, { model: "tiny" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IndexMismatchError);
    expect((error as IndexMismatchError).indexModel).toBeNull();

    await writeIndex(dir, contents({ model: "tiny" }));
    const data = await readIndex(dir, { model: null });
    expect(data.manifest.mode).toBe("hybrid");
    expect(data.vectors).toBeNull();
    expect(data.passages.length).toBeGreaterThan(0);
  });
});
