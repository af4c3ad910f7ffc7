import type { SqliteDatabase } from "./sqlite.ts";
import { DatabaseVersionError } from "./store-errors.ts";

/** One step of the schema: applied once, in order, inside a transaction with the version bump. */
export interface Migration {
  /** 1, 2, 3…: the schema version once this step is applied (kept in SQLite's `user_version`). */
  version: number;
  description: string;
  /** SQL run as one script. */
  sql: string;
}

/**
 * The schema, step by step. Never edit a step that has shipped: add the next one. Times are
 * milliseconds since the epoch; no table holds a Telegram user id, chat id or name (identities are
 * salted hashes, see `subject-key.ts`).
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: "questions with their outcome, votes on answers, state kept between updates, the salt",
    sql: `
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      -- One row per question asked in a chat (not inline): its text as asked, language, time and outcome.
      CREATE TABLE questions (
        id INTEGER PRIMARY KEY,
        asked_at INTEGER NOT NULL,
        lang TEXT NOT NULL CHECK (lang IN ('en', 'ru')),
        outcome TEXT NOT NULL CHECK (outcome IN ('answered', 'abstained')),
        text TEXT NOT NULL,
        -- The text folded for grouping: lower case, runs of white space made one space, trimmed.
        folded TEXT NOT NULL,
        -- The random id on the answer's buttons (answered questions only).
        answer_ref TEXT UNIQUE,
        -- JSON array of the quoted documents' file names.
        docs TEXT NOT NULL DEFAULT '[]'
      ) STRICT;
      CREATE INDEX questions_by_outcome ON questions (outcome, asked_at);
      CREATE INDEX questions_by_time ON questions (asked_at);

      -- One row per person and answer: their current vote. \`voter\` is a salted hash of the answer and the user.
      CREATE TABLE votes (
        question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
        voter TEXT NOT NULL,
        vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
        voted_at INTEGER NOT NULL,
        PRIMARY KEY (question_id, voter)
      ) STRICT;

      -- Short-lived state kept between updates (follow-up context, More buttons, upload confirmations).
      CREATE TABLE kept (
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        written_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        PRIMARY KEY (kind, key)
      ) STRICT;
      CREATE INDEX kept_by_expiry ON kept (expires_at);
    `,
  },
];

/** The schema version of a database (0 for a new, empty file). */
export function schemaVersion(db: SqliteDatabase): number {
  return Number(db.pragma("user_version", { simple: true }));
}

/**
 * Brings the database up to the last of `migrations`, each step in its own transaction (a step that
 * fails leaves the database at the previous version). Returns the versions before and after. Throws
 * `DatabaseVersionError`, changing nothing, when the file is newer than every step.
 */
export function migrate(db: SqliteDatabase, migrations: readonly Migration[] = MIGRATIONS): { from: number; to: number } {
  migrations.forEach((migration, i) => {
    if (migration.version !== i + 1) throw new Error(`migration ${i} has version ${migration.version}, expected ${i + 1}`);
  });
  const from = schemaVersion(db);
  const latest = migrations.length;
  if (from > latest) throw new DatabaseVersionError(db.name, from, latest);
  for (const migration of migrations.slice(from)) {
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return { from, to: latest };
}
