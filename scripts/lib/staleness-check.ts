import { stat } from "node:fs/promises";
import { Worker } from "node:worker_threads";
import { isIndexStale, type Staleness } from "../../src/index/build-index.ts";
import type { Manifest } from "../../src/index/manifest.ts";
import type { StalenessWorkerData } from "./staleness-worker.ts";

const NOT_STALE: Staleness = { stale: false, reason: null };

/**
 * Starts the staleness check of `ask` in a worker thread (see `staleness-worker.ts`), so that it
 * runs beside opening the index instead of after it. Resolves "not stale" when the worker cannot
 * run or fails: the check only ever adds a warning.
 */
export function checkStalenessInWorker(data: StalenessWorkerData): Promise<Staleness> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL("./staleness-worker-entry.mjs", import.meta.url), { workerData: data });
    } catch {
      resolve(NOT_STALE);
      return;
    }
    worker.once("message", (result: Staleness) => resolve(result));
    worker.once("error", () => resolve(NOT_STALE));
    worker.once("exit", () => resolve(NOT_STALE));
  });
}

/** The folder to check: the one the index was built from (`npm run index -- --seeds DIR`) when it exists, else the configured one. */
export async function builtFromOr(manifest: Manifest, configured: string): Promise<string> {
  const builtFrom = manifest.seedsDir;
  return builtFrom !== null && (await stat(builtFrom).then((s) => s.isDirectory(), () => false)) ? builtFrom : configured;
}

/** The same check in this thread, with the manifest already read. Never rejects. */
export async function checkStalenessHere(indexDir: string, manifest: Manifest, seedsDir: string): Promise<Staleness> {
  try {
    return await isIndexStale(indexDir, await builtFromOr(manifest, seedsDir), null, { manifest });
  } catch {
    return NOT_STALE;
  }
}
