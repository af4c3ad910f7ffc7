import { existsSync, mkdirSync, renameSync } from "node:fs";
import { dirname } from "node:path";
import type { AppLogger } from "../logger.ts";
import { migrate, MIGRATIONS, type Migration } from "./migrations.ts";
import { isCorruptionError, openSqlite, type SqliteDatabase } from "./sqlite.ts";
import { DatabaseOpenError, DatabaseVersionError } from "./store-errors.ts";

/** SQLite's extra files beside a database in WAL mode; they belong to the file they sit beside. */
const COMPANION_SUFFIXES = ["-wal", "-shm", "-journal"] as const;

/** `PRAGMA quick_check` found damage SQLite did not raise as an error itself. */
class DamagedFileError extends Error {
  override name = "DamagedFileError";
}

/** Options of `openDatabase`. */
export interface OpenDatabaseOptions {
  /** Schema steps (the project's by default; tests pass their own). */
  migrations?: readonly Migration[];
  logger?: Pick<AppLogger, "warn">;
  /** Clock for the name of a file moved aside, in ms since the epoch. */
  now?: () => number;
}

/**
 * Opens the SQLite database at `path` (creating its folder and the file when missing), checks it
 * (`PRAGMA quick_check`) and brings its schema up to date (`migrate`). A file that is not a database
 * or is damaged is renamed to `<path>.corrupt-<time>` (with its -wal/-shm files) and a new, empty
 * database is created in its place, with one warning; nothing else in the folder is touched. Throws
 * `DatabaseOpenError` when the file cannot be opened at all, `DatabaseVersionError` when it was
 * written by a newer version of the bot. `:memory:` opens a database that lives in memory only.
 */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): SqliteDatabase {
  const migrations = options.migrations ?? MIGRATIONS;
  if (path !== ":memory:") {
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (error) {
      throw new DatabaseOpenError(path, describe(error), { cause: error });
    }
  }
  try {
    return openChecked(path, migrations);
  } catch (error) {
    if (path === ":memory:" || !(isCorruptionError(error) || error instanceof DamagedFileError)) throw asOpenError(path, error);
    const movedTo = moveAside(path, options.now ?? Date.now);
    options.logger?.warn(
      { path, movedTo, reason: describe(error) },
      "the database file is damaged: moved it aside and started a new, empty one (articles and index are not affected)",
    );
    try {
      return openChecked(path, migrations);
    } catch (again) {
      throw asOpenError(path, again);
    }
  }
}

function openChecked(path: string, migrations: readonly Migration[]): SqliteDatabase {
  const db = openSqlite(path);
  try {
    // The first statements read the file: a file that is not a database fails here.
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("busy_timeout = 5000");
    db.pragma("foreign_keys = ON");
    // Deleted rows (retention) are overwritten on disk, not left in free pages.
    db.pragma("secure_delete = ON");
    const check = String(db.pragma("quick_check", { simple: true }));
    if (check !== "ok") throw new DamagedFileError(check);
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Renames the damaged file and its companions to `<path>.corrupt-<time>…`; returns the new name of the file. */
function moveAside(path: string, now: () => number): string {
  const stamp = new Date(now()).toISOString().replace(/[:.]/g, "-");
  let target = `${path}.corrupt-${stamp}`;
  for (let n = 2; existsSync(target); n++) target = `${path}.corrupt-${stamp}-${n}`;
  try {
    renameSync(path, target);
    for (const suffix of COMPANION_SUFFIXES) {
      if (existsSync(`${path}${suffix}`)) renameSync(`${path}${suffix}`, `${target}${suffix}`);
    }
  } catch (error) {
    throw new DatabaseOpenError(path, `it is damaged and could not be moved aside: ${describe(error)}`, { cause: error });
  }
  return target;
}

function asOpenError(path: string, error: unknown): Error {
  if (error instanceof DatabaseVersionError || error instanceof DatabaseOpenError) return error;
  return new DatabaseOpenError(path, describe(error), { cause: error });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
