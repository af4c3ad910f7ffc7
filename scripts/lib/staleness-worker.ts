/**
 * Worker thread of `npm run ask`: checks whether the index is older than its articles folder
 * (`isIndexStale`) on the other core while the main thread opens the index and answers. It reads
 * the manifest itself: at a million passages, listing the folder and parsing the manifest take
 * about as long as opening the index and answering. Posts a `Staleness`; never throws (a failed check warns of nothing).
 */
import { parentPort, workerData } from "node:worker_threads";
import { isIndexStale, type Staleness } from "../../src/index/build-index.ts";
import { readManifest } from "../../src/index/store.ts";
import { builtFromOr } from "./staleness-check.ts";

/** What the worker is given. */
export interface StalenessWorkerData {
  indexDir: string;
  /** The configured articles folder, used when the manifest does not name an existing one. */
  seedsDir: string;
}

async function check({ indexDir, seedsDir }: StalenessWorkerData): Promise<Staleness> {
  const manifest = await readManifest(indexDir);
  return isIndexStale(indexDir, await builtFromOr(manifest, seedsDir), null, { manifest });
}

check(workerData as StalenessWorkerData).then(
  (result) => parentPort?.postMessage(result),
  () => parentPort?.postMessage({ stale: false, reason: null } satisfies Staleness),
);
