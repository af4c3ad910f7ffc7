import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Embedder } from "../../src/embedding/embedder.ts";
import { buildIndex } from "../../src/index/build-index.ts";

/** The repository's seeds folder. */
export const SEEDS_DIR = fileURLToPath(new URL("../../seeds/", import.meta.url));
/** The project's own test articles (not part of the bot's corpus). */
export const EXTRA_SEEDS_DIR = fileURLToPath(new URL("../../eval/extra-seeds/", import.meta.url));

/** A scratch copy of the seeds (plus extra folders) with an index built from it. */
export interface SeededIndex {
  root: string;
  seedsDir: string;
  indexDir: string;
  cleanup(): Promise<void>;
}

/** Copies the seeds into a temp folder and builds an index there (lexical when `embedder` is null). */
export async function buildSeededIndex(embedder: Embedder | null, extraSeeds: string[] = []): Promise<SeededIndex> {
  const root = await mkdtemp(join(tmpdir(), "seeded-"));
  const seedsDir = join(root, "seeds");
  const indexDir = join(root, "embeddings");
  await cp(SEEDS_DIR, seedsDir, { recursive: true });
  for (const extra of extraSeeds) await cp(extra, seedsDir, { recursive: true });
  await buildIndex({ seedsDir, outDir: indexDir, embedder });
  return { root, seedsDir, indexDir, cleanup: () => rm(root, { recursive: true, force: true }) };
}
