import { stat } from "node:fs/promises";
import { Worker } from "node:worker_threads";
import { classifyListing, type ListedEntry } from "../../src/corpus/load.ts";
import { isIndexStale, type Staleness } from "../../src/index/build-index.ts";
import type { Manifest } from "../../src/index/manifest.ts";

const NOT_STALE: Staleness = { stale: false, reason: null };

/** What the listing worker posts (see `folder-listing-worker.mjs`). */
type PostedListing =
  | { folder: string; names: string; kinds: Uint8Array; sizes: Float64Array; mtimes: Float64Array; errors: Record<number, string> }
  | { error: string };

const KINDS = ["file", "directory", "symlink", "other"] as const;

/** A folder listing made on another thread: the folder, and its entries. */
export interface FolderListing {
  folder: string;
  entries: ListedEntry[];
}

/**
 * Lists the articles folder of the index in `indexDir` in a worker thread
 * (`folder-listing-worker.mjs`), beside opening the index: at a million passages the listing
 * (170,000 lstat calls) takes about as long as opening the index. Resolves null when the worker
 * cannot run or fails.
 */
export function listFolderInWorker(data: { indexDir: string; seedsDir: string }): Promise<FolderListing | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL("./folder-listing-worker.mjs", import.meta.url), { workerData: data });
    } catch {
      resolve(null);
      return;
    }
    worker.once("message", (message: PostedListing) => {
      if ("error" in message) return resolve(null);
      const names = message.names === "" ? [] : message.names.split("\n");
      const entries = names.map((name, i): ListedEntry => {
        const kind = KINDS[message.kinds[i] ?? 3];
        if (kind === undefined) return { name, error: message.errors[i] ?? "cannot be read" };
        return { name, kind, size: message.sizes[i] ?? 0, mtimeMs: message.mtimes[i] ?? 0 };
      });
      resolve({ folder: message.folder, entries });
    });
    worker.once("error", () => resolve(null));
    worker.once("exit", () => resolve(null));
  });
}

/** The folder to check: the one the index was built from (`npm run index -- --seeds DIR`) when it exists, else the configured one. */
export async function builtFromOr(manifest: Manifest, configured: string): Promise<string> {
  const builtFrom = manifest.seedsDir;
  return builtFrom !== null && (await stat(builtFrom).then((s) => s.isDirectory(), () => false)) ? builtFrom : configured;
}

/**
 * Whether the index is older than its articles folder (`isIndexStale`), with the manifest already
 * read and, for a large index, the folder listed by `listFolderInWorker`. Never rejects: the check
 * only ever adds a warning.
 */
export async function checkStaleness(indexDir: string, manifest: Manifest, seedsDir: string, listing: Promise<FolderListing | null> | null): Promise<Staleness> {
  try {
    const listed = listing ? await listing : null;
    if (listed) return await isIndexStale(indexDir, listed.folder, null, { manifest, scan: classifyListing(listed.entries) });
    return await isIndexStale(indexDir, await builtFromOr(manifest, seedsDir), null, { manifest });
  } catch {
    return NOT_STALE;
  }
}
