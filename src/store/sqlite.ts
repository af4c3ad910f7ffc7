import Sqlite from "better-sqlite3";

/** An open SQLite database (better-sqlite3's). */
export type SqliteDatabase = Sqlite.Database;

/** Opens (creating it when missing) the SQLite file at `path`: the project's only `better-sqlite3` import. */
export function openSqlite(path: string): SqliteDatabase {
  return new Sqlite(path);
}

/** True when SQLite said the file is not a database or is damaged (as opposed to, say, a permission problem). */
export function isCorruptionError(error: unknown): boolean {
  const code = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === "string" && (code === "SQLITE_NOTADB" || code.startsWith("SQLITE_CORRUPT"));
}
