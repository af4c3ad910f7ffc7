import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, stat, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { AppError } from "../errors.ts";

/** Raised when another process is building the index in the same folder. */
export class IndexBusyError extends AppError {
  override name = "IndexBusyError";
  /** Process id of the build that holds the folder (0 when it is not known yet). */
  readonly holder: number;

  constructor(dir: string, holder: number) {
    super(`Another build (process ${holder}) is writing the index in ${dir}; wait for it to finish and try again.`, "error.generic");
    this.holder = holder;
  }
}

/** Each builder's own lock entry: `.build.lock-<pid>-<random>`, created exclusively, empty. */
const LOCK_PREFIX = ".build.lock-";

/** The single lock file of earlier versions, holding the builder's pid; still honoured. */
const LEGACY_LOCK = ".build.lock";

/** An empty legacy lock younger than this is one being written, not a dead one, in ms. */
const LEGACY_WRITE_GRACE_MS = 10_000;

/** Tries when builders reach the lock at the same moment and all step back (see `lockIndexFolder`). */
const MAX_TRIES = 6;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === "ENOENT";
}

/**
 * The pid of a live builder holding `dir` other than the entry `mine`, or null. Entries of dead
 * processes are removed on the way (their owners cannot be using them).
 */
async function liveHolder(dir: string, mine: string | null): Promise<number | null> {
  for (const name of await readdir(dir)) {
    if (name === mine) continue;
    if (name.startsWith(LOCK_PREFIX)) {
      const pid = Number(name.slice(LOCK_PREFIX.length).split("-")[0]);
      if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) return pid;
      await unlink(join(dir, name)).catch(() => undefined);
    } else if (name === LEGACY_LOCK) {
      const file = join(dir, name);
      let text: string;
      let ageMs: number;
      try {
        [text, ageMs] = await Promise.all([readFile(file, "utf8"), stat(file).then((s) => Date.now() - s.mtimeMs)]);
      } catch (error) {
        if (isMissing(error)) continue;
        throw error;
      }
      const pid = Number(text.trim());
      if (Number.isInteger(pid) && pid > 0) {
        if (isAlive(pid)) return pid;
      } else if (ageMs < LEGACY_WRITE_GRACE_MS) {
        return 0; // created by an older version that has not written its pid yet
      }
      await unlink(file).catch(() => undefined);
    }
  }
  return null;
}

/**
 * Takes the index folder for one build across processes (the bot's /reindex and `npm run index`
 * may run at once). Each builder creates its own empty entry `.build.lock-<pid>-<random>` (atomic,
 * so there is never a half-written lock to misread), then looks at the others: when another live
 * builder's entry is there, it removes its own and steps back (several that arrive together all
 * step back and try again after a random pause); when none is, it holds the folder. Of two
 * builders, the later to look always sees the earlier, so two can never both hold it. An entry
 * whose process died (a build killed mid-way) is removed by the next builder, and a builder only
 * ever removes its own entry, so no one can take or free another's lock. A `.build.lock` file
 * of earlier versions is honoured the same way (by its pid). Throws `IndexBusyError` while another
 * builds. Returns the function that releases the folder (safe to call twice).
 */
export async function lockIndexFolder(dir: string): Promise<() => Promise<void>> {
  await mkdir(dir, { recursive: true });
  let holder = 0;
  for (let tries = 0; tries < MAX_TRIES; tries++) {
    const before = await liveHolder(dir, null);
    if (before !== null) throw new IndexBusyError(dir, before);
    const mine = `${LOCK_PREFIX}${process.pid}-${randomBytes(8).toString("hex")}`;
    const file = join(dir, mine);
    await writeFile(file, "", { flag: "wx" });
    const other = await liveHolder(dir, mine).catch(async (error: unknown) => {
      await unlink(file).catch(() => undefined);
      throw error;
    });
    if (other === null) return () => unlink(file).catch(() => undefined);
    await unlink(file).catch(() => undefined);
    holder = other;
    await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * (tries + 1)));
  }
  throw new IndexBusyError(dir, holder);
}
