import { mkdir, open, readFile, unlink } from "node:fs/promises";
import { join } from "node:path";
import { AppError } from "../errors.ts";

/** Raised when another process is building the index in the same folder. */
export class IndexBusyError extends AppError {
  override name = "IndexBusyError";
  /** Process id of the build that holds the folder. */
  readonly holder: number;

  constructor(dir: string, holder: number) {
    super(`Another build (process ${holder}) is writing the index in ${dir}; wait for it to finish and try again.`, "error.generic");
    this.holder = holder;
  }
}

const LOCK_FILE = ".build.lock";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes the index folder for one build across processes (the bot's /reindex and
 * `npm run index` may run at once): a lock file holding the builder's pid, created
 * exclusively. A lock left by a process that died (killed mid-build) is taken over.
 * Returns the function that releases it.
 */
export async function lockIndexFolder(dir: string): Promise<() => Promise<void>> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => unlink(file).catch(() => undefined);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number((await readFile(file, "utf8").catch(() => "")).trim());
      if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) throw new IndexBusyError(dir, holder);
      await unlink(file).catch(() => undefined);
    }
  }
  throw new IndexBusyError(dir, 0);
}
