import type { AppLogger } from "../logger.ts";
import { openDatabase } from "./database.ts";
import { FeedbackLog } from "./feedback-log.ts";
import { KeptState, type KeptStateOptions } from "./kept-state.ts";
import type { Migration } from "./migrations.ts";
import { QuestionLog } from "./question-log.ts";
import type { SqliteDatabase } from "./sqlite.ts";
import { subjectKeyOf, type SubjectKey } from "./subject-key.ts";

/** A day, in ms. */
export const DAY_MS = 24 * 60 * 60 * 1000;

/** How often, at most, old rows are pruned while the bot runs (on the next write after this long), in ms. */
const PRUNE_EVERY_MS = 60 * 60 * 1000;

/** The file name of the database inside `DATA_DIR`. */
export const DATABASE_FILE = "bot.sqlite";

/** Rows removed by one pruning. */
export interface PruneReport {
  questions: number;
  votes: number;
  kept: number;
}

/**
 * What the bot remembers, in one SQLite file: the question log, the votes, and the state kept
 * between updates. No Telegram user id, chat id or name is stored: identities are salted hashes
 * (`subjectKey`). Questions and votes older than `retentionDays` are deleted (at open, then at most
 * hourly); kept state is deleted when it expires.
 */
export interface BotStore {
  /** The database file. */
  readonly path: string;
  /** Days questions and votes are kept. */
  readonly retentionDays: number;
  readonly questions: QuestionLog;
  readonly feedback: FeedbackLog;
  /** A kind of state kept between updates, surviving restarts (see `KeptState`). */
  kept<V extends {}>(options: KeptStateOptions<V>): KeptState<V>;
  /** A salted hash of the parts (user and chat ids never go into the database as they are). */
  subjectKey: SubjectKey;
  /** Deletes questions and votes older than the retention, and expired state; says how many rows went. */
  prune(): PruneReport;
  close(): void;
}

/** Options of `openBotStore`. */
export interface BotStoreOptions {
  /** The database file (`DATA_DIR/bot.sqlite` in the bot), or `:memory:`. */
  path: string;
  retentionDays: number;
  logger?: Pick<AppLogger, "warn" | "info">;
  /** Clock, in ms since the epoch. */
  now?: () => number;
  /** Schema steps (tests of migrations only). */
  migrations?: readonly Migration[];
}

/**
 * Opens (creating, migrating, or recovering from a damaged file: see `openDatabase`) the bot's
 * database at `path` and prunes what is past the retention.
 */
export function openBotStore(options: BotStoreOptions): BotStore {
  const now = options.now ?? Date.now;
  const db: SqliteDatabase = openDatabase(options.path, {
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.migrations ? { migrations: options.migrations } : {}),
    now,
  });
  const subjectKey = subjectKeyOf(db);
  const retentionMs = options.retentionDays * DAY_MS;
  let lastPrune = 0;

  const prune = (): PruneReport => {
    const at = now();
    lastPrune = at;
    return db.transaction(() => {
      const cutoff = at - retentionMs;
      const votes = db.prepare("DELETE FROM votes WHERE voted_at < ? OR question_id IN (SELECT id FROM questions WHERE asked_at < ?)").run(cutoff, cutoff).changes;
      const questions = db.prepare("DELETE FROM questions WHERE asked_at < ?").run(cutoff).changes;
      const kept = db.prepare("DELETE FROM kept WHERE expires_at <= ?").run(at).changes;
      return { questions, votes, kept };
    })();
  };
  const pruneWhenDue = () => {
    if (now() - lastPrune >= PRUNE_EVERY_MS) prune();
  };

  const pruned = prune();
  if (pruned.questions + pruned.votes > 0) options.logger?.info({ ...pruned, retentionDays: options.retentionDays }, "removed questions and votes past the retention");

  return {
    path: options.path,
    retentionDays: options.retentionDays,
    questions: new QuestionLog(db, now, pruneWhenDue),
    feedback: new FeedbackLog(db, subjectKey, now, pruneWhenDue),
    kept: (keptOptions) => new KeptState(db, keptOptions, now),
    subjectKey,
    prune,
    close: () => {
      if (db.open) db.close();
    },
  };
}
