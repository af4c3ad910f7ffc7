import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openAnswerService, ReindexBusyError } from "../../src/answer/answer-service.ts";
import { IndexCorruptError, readManifest } from "../../src/index/store.ts";
import { buildSeededIndex, type SeededIndex } from "../helpers/seeded-index.ts";

let seeded: SeededIndex | undefined;
afterEach(async () => {
  await seeded?.cleanup();
  seeded = undefined;
});

async function damage(indexDir: string): Promise<void> {
  const manifest = await readManifest(indexDir);
  const file = join(indexDir, manifest.dataDir, "passages.idx");
  const bytes = await readFile(file);
  await writeFile(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
}

describe("openAnswerService", () => {
  it("refuses a damaged index with a message saying what to run, when not asked to build", async () => {
    seeded = await buildSeededIndex(null);
    await damage(seeded.indexDir);
    const error = await openAnswerService({ seedsDir: seeded.seedsDir, indexDir: seeded.indexDir, embedder: null }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IndexCorruptError);
    expect((error as Error).message).toContain("npm run index");
  });

  it("rebuilds a damaged index from the seeds when the bot starts, and answers", async () => {
    seeded = await buildSeededIndex(null);
    await damage(seeded.indexDir);
    const warnings: string[] = [];
    const logger = { info: () => undefined, warn: (_: object, message?: string) => void warnings.push(message ?? "") };
    const service = await openAnswerService({ seedsDir: seeded.seedsDir, indexDir: seeded.indexDir, embedder: null, buildIfStale: true, logger });
    expect(warnings.some((w) => w.includes("rebuilding"))).toBe(true);
    const result = await service.answer("Which band was supposed to perform at Crocus City Hall?");
    expect(result.quotes.some((q) => q.text.includes("Picnic"))).toBe(true);
  });

  it("keeps answering from the old index during a rebuild and refuses a second rebuild", async () => {
    seeded = await buildSeededIndex(null);
    const service = await openAnswerService({ seedsDir: seeded.seedsDir, indexDir: seeded.indexDir, embedder: null });
    const before = service.stats().questionsAnswered;
    const rebuild = service.reindex();
    expect(service.reindexing).toBe(true);
    await expect(service.reindex()).rejects.toBeInstanceOf(ReindexBusyError);
    const during = await service.answer("Сколько дней продлится траур в Дагестане?");
    expect(during.abstained).toBe(false);
    const report = await rebuild;
    expect(report.documents).toBe(5);
    expect(service.reindexing).toBe(false);
    expect(service.stats().questionsAnswered).toBe(before + 1);
  });
});

describe("reindex while another process builds", () => {
  it("reports busy, not a failure, when the index folder is locked by a live process", async () => {
    const { spawn } = await import("node:child_process");
    seeded = await buildSeededIndex(null);
    const service = await openAnswerService({ seedsDir: seeded.seedsDir, indexDir: seeded.indexDir, embedder: null });
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 10000)"]);
    try {
      await writeFile(join(seeded.indexDir, ".build.lock"), String(other.pid));
      await expect(service.reindex()).rejects.toBeInstanceOf(ReindexBusyError);
      expect((await service.answer("Which band was supposed to perform at Crocus City Hall?")).abstained).toBe(false);
    } finally {
      other.kill("SIGKILL");
    }
  });
});
