// Worker thread of `npm run ask` for a large index (see staleness-check.ts): finds the articles
// folder the index was built from (the manifest's `seedsDir`, else the configured folder) and
// lists it with one lstat per entry, on the other core while the main thread opens the index and
// answers. Plain JavaScript on purpose: a worker does not inherit the TypeScript loader, and
// registering it would cost more than the listing. Posts `{ folder, names, kinds, sizes, mtimes,
// errors }` — names joined by "\n", the numbers in transferred typed arrays (cheap to pass for
// 170,000 entries) — or `{ error }`.
import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from "node:fs";
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";

const { indexDir, seedsDir } = workerData;
const KINDS = { file: 0, directory: 1, symlink: 2, other: 3, error: 4 };

/** The manifest's `seedsDir`, read from its end (it is written among the last keys), else by parsing it whole. */
function manifestSeedsDir() {
  const file = join(indexDir, "manifest.json");
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    const length = Math.min(size, 256 * 1024);
    const tail = Buffer.alloc(length);
    readSync(fd, tail, 0, length, size - length);
    const found = /"seedsDir":("(?:[^"\\]|\\.)*"|null)/.exec(tail.toString("utf8"));
    if (found) return JSON.parse(found[1]);
  } finally {
    closeSync(fd);
  }
  return JSON.parse(readFileSync(file, "utf8")).seedsDir ?? null;
}

function folderToList() {
  try {
    const folder = manifestSeedsDir();
    if (typeof folder === "string" && statSync(folder).isDirectory()) return folder;
  } catch {
    // No readable manifest: the configured folder (the main thread reports the index itself).
  }
  return seedsDir;
}

try {
  const folder = folderToList();
  const names = readdirSync(folder).filter((name) => !name.startsWith("."));
  const kinds = new Uint8Array(names.length);
  const sizes = new Float64Array(names.length);
  const mtimes = new Float64Array(names.length);
  const errors = {};
  names.forEach((name, i) => {
    try {
      const s = lstatSync(join(folder, name));
      kinds[i] = s.isSymbolicLink() ? KINDS.symlink : s.isDirectory() ? KINDS.directory : s.isFile() ? KINDS.file : KINDS.other;
      sizes[i] = s.size;
      mtimes[i] = s.mtimeMs;
    } catch (error) {
      kinds[i] = KINDS.error;
      errors[i] = error instanceof Error ? error.message : String(error);
    }
  });
  parentPort.postMessage({ folder, names: names.join("\n"), kinds, sizes, mtimes, errors }, [kinds.buffer, sizes.buffer, mtimes.buffer]);
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
