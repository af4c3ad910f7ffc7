import { mkdir, mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ARTICLE_RULES_VERSION, type Article, type Passage } from "../../src/corpus/article.ts";
import { DOCUMENT_COLUMNS } from "../../src/index/document-table.ts";
import type { Manifest, ManifestDocument } from "../../src/index/manifest.ts";
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
      formatVersion: 3,
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
      articleRules: ARTICLE_RULES_VERSION,
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

describe("the manifest on disk", () => {
  const file = () => join(dir, "manifest.json");
  const onDisk = async () => JSON.parse(await readFile(file(), "utf8")) as Record<string, unknown> & { documentTable: Record<string, unknown[]> };

  it("stores the documents as columns (format 3), a title equal to the name as 0, and seedsDir last", async () => {
    const written = await writeIndex(dir, contents({ model: "tiny" }));
    const raw = await onDisk();
    expect(raw.formatVersion).toBe(3);
    expect(raw.documents).toBeUndefined();
    expect(Object.keys(raw.documentTable)).toEqual([...DOCUMENT_COLUMNS]);
    expect(raw.documentTable).toEqual({
      id: ["000_en.txt", "001_ru.txt"],
      hash: ["a".repeat(64), "b".repeat(64)],
      size: written.documents.map((d) => d.size),
      mtimeMs: [0, 0],
      passages: [2, 2],
      segment: [0, 0],
      name: ["Crocus City Hall", "001_ru.txt"],
      title: [0, null],
      date: ["2024-03-23", null],
      outlet: ["Kazinform", "NUR.KZ"],
      url: ["https://example.org/a", null],
      lang: ["en", "ru"],
    });
    expect(Object.keys(raw).at(-1)).toBe("seedsDir");
    expect(written.formatVersion).toBe(3);
  });

  it("reads back the documents written: null titles, titles other than the name, Russian text, fractional times", async () => {
    const build = contents({ model: null });
    const documents: ManifestDocument[] = [
      { ...build.manifest.documents[0]!, size: 2164, mtimeMs: 1795673144877.524, name: "Kazinform, 23 March 2024" },
      {
        ...build.manifest.documents[1]!,
        meta: { title: "В Дагестане объявлен режим КТО", date: "2024-03-24", outlet: "NUR.KZ", url: "https://example.org/ру?q=«ё»", lang: "ru" },
        name: "В Дагестане объявлен режим КТО",
        mtimeMs: 1795673144881.5,
      },
      {
        id: "002_ru.txt",
        hash: "c".repeat(64),
        size: 0,
        mtimeMs: 1,
        meta: { title: null, date: null, outlet: null, url: null, lang: "ru" },
        name: "«Ёлочки»\u00a0и ё: всё в порядке",
        passages: 0,
        segment: 0,
      },
    ];
    build.manifest.documents = documents;
    build.manifest.counts.documents = documents.length;
    const written = await writeIndex(dir, build);
    expect((await onDisk()).documentTable.title).toEqual(["Crocus City Hall", 0, null]);
    const read = await readManifest(dir);
    expect(read.documents).toEqual(documents);
    expect(read).toEqual(written);
  });

  it("still reads a format-2 manifest (documents as objects), as the same manifest", async () => {
    const written = await writeIndex(dir, contents({ model: "tiny" }));
    const { documentTable: _, ...fields } = await onDisk();
    await writeFile(file(), JSON.stringify({ ...fields, formatVersion: 2, documents: written.documents }));
    expect(await readManifest(dir)).toEqual(written);
    const index = await openIndex(dir, { model: "tiny", dimensions: DIMS });
    index.close();

    const badEntry = { ...written.documents[1]!, meta: { ...written.documents[1]!.meta, lang: "de" } };
    await writeFile(file(), JSON.stringify({ ...fields, formatVersion: 2, documents: [written.documents[0], badEntry] }));
    await expect(readManifest(dir)).rejects.toThrow(/document entry of an unexpected shape/);
  });

  it("reports a column of the wrong length or an entry of the wrong type as corrupt, naming the column", async () => {
    await writeIndex(dir, contents({ model: null }));
    const good = await onDisk();
    const damaged: [string, (table: Record<string, unknown>) => void, RegExp][] = [
      ["a short column", (t) => void (t.size as unknown[]).pop(), /column "size" of its document table has 1 entries, column "id" 2/],
      ["a long column", (t) => void (t.lang as unknown[]).push("en"), /column "lang" of its document table has 3 entries, column "id" 2/],
      ["a missing column", (t) => delete t.url, /column "url" of its document table is missing/],
      ["a column that is not an array", (t) => (t.name = "000_en.txt"), /column "name" of its document table is not an array/],
      ["a number as a hash", (t) => ((t.hash as unknown[])[1] = 5), /entry 1 of column "hash" of its document table is 5, not a string/],
      ["a fractional passage count", (t) => ((t.passages as unknown[])[0] = 1.5), /entry 0 of column "passages" .* is 1.5, not an integer ≥ 0/],
      ["a negative size", (t) => ((t.size as unknown[])[1] = -1), /entry 1 of column "size" .* is -1, not a number ≥ 0/],
      ["a title of another type", (t) => ((t.title as unknown[])[0] = 1), /entry 0 of column "title" .* is 1, not a string, null or 0/],
      ["an unknown language", (t) => ((t.lang as unknown[])[1] = "de"), /entry 1 of column "lang" .* is "de", not "en" or "ru"/],
      ["a null date as a string", (t) => ((t.date as unknown[])[1] = { year: 2024 }), /entry 1 of column "date" .* is \{"year":2024\}, not a string or null/],
    ];
    for (const [what, damage, message] of damaged) {
      const raw = structuredClone(good);
      damage(raw.documentTable);
      await writeFile(file(), JSON.stringify(raw));
      const error = await readManifest(dir).catch((e: unknown) => e);
      expect(error, what).toBeInstanceOf(IndexCorruptError);
      expect((error as Error).message, what).toMatch(message);
      expect((error as Error).message, what).toContain("npm run index");
      await expect(openIndex(dir), what).rejects.toBeInstanceOf(IndexCorruptError);
    }
    for (const table of [[], null, "columns"]) {
      await writeFile(file(), JSON.stringify({ ...good, documentTable: table }));
      await expect(readManifest(dir)).rejects.toThrow(/document table is not an object/);
    }
    await writeFile(file(), JSON.stringify({ ...good, formatVersion: 4 }));
    await expect(readManifest(dir)).rejects.toThrow(/newer version of the indexer/);
  });

  it("refuses to write a manifest that would not read back (a size that is not a number), and keeps the previous one", async () => {
    await writeIndex(dir, contents({ model: null }));
    const before = await readFile(file());
    const bad = contents({ model: null, builtAt: "2026-11-22T11:00:00.000Z" });
    bad.manifest.documents[0] = { ...bad.manifest.documents[0]!, size: Number.NaN };
    const error = await writeIndex(dir, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IndexCorruptError);
    expect((error as Error).message).toContain("did not read back as written");
    expect(await readFile(file())).toEqual(before);
    expect((await readdir(dir)).filter((name) => name.includes("tmp"))).toEqual([]);
    expect((await readIndex(dir)).manifest.builtAt).toBe("2026-11-22T10:00:00.000Z");
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
