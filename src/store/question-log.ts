import type { Lang } from "../corpus/article.ts";
import type { SqliteDatabase } from "./sqlite.ts";

/** What became of a question asked in a chat: answered with quotes, or "nothing found". */
export type LoggedOutcome = "answered" | "abstained";

/** One question to log. No user, chat or name: only what is needed to see what readers ask. */
export interface QuestionEntry {
  /** The question as the user wrote it. */
  text: string;
  lang: Lang;
  outcome: LoggedOutcome;
  /** The id on the answer's buttons (answered questions), so a vote can find its question. */
  answerRef?: string;
  /** The quoted documents' file names (answered questions). */
  docs?: readonly string[];
}

/** Abstained questions that are the same after folding case and white space. */
export interface UnansweredGroup {
  /** The most recent wording. */
  text: string;
  lang: Lang;
  count: number;
  /** When it was last asked, in ms since the epoch. */
  lastAskedAt: number;
}

/** How many questions of each outcome. */
export interface OutcomeCounts {
  answered: number;
  abstained: number;
}

/** Longest question text kept, in characters (the answer service refuses longer ones anyway). */
const MAX_TEXT = 1000;

/** A question folded for grouping: Unicode NFC, lower case, runs of white space made one space, trimmed. */
export function foldQuestion(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/\s+/gu, " ").trim();
}

/**
 * The log of questions asked in chats and what became of them, for `/unanswered` and `/stats`.
 * `onWrite` runs after each write (the store prunes old rows from there).
 */
export class QuestionLog {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly now: () => number,
    private readonly onWrite: () => void = () => undefined,
  ) {}

  record(entry: QuestionEntry): void {
    const text = entry.text.trim().slice(0, MAX_TEXT);
    this.db
      .prepare("INSERT INTO questions (asked_at, lang, outcome, text, folded, answer_ref, docs) VALUES (?, ?, ?, ?, ?, ?, ?)")
      .run(this.now(), entry.lang, entry.outcome, text, foldQuestion(text), entry.answerRef ?? null, JSON.stringify(entry.docs ?? []));
    this.onWrite();
  }

  /**
   * Abstained questions asked since `since` (ms since the epoch), grouped by their folded text, most
   * frequent first (then most recent); at most `limit` groups, and how many groups there are in all.
   */
  unanswered(since: number, limit: number): { groups: UnansweredGroup[]; total: number } {
    const groups = this.db
      .prepare<[number, number], { text: string; lang: Lang; count: number; lastAskedAt: number }>(
        `SELECT latest.text AS text, latest.lang AS lang, grouped.count AS count, grouped.last AS lastAskedAt
           FROM (SELECT folded, COUNT(*) AS count, MAX(id) AS last_id, MAX(asked_at) AS last
                   FROM questions WHERE outcome = 'abstained' AND asked_at >= ? GROUP BY folded) AS grouped
           JOIN questions AS latest ON latest.id = grouped.last_id
          ORDER BY grouped.count DESC, grouped.last DESC
          LIMIT ?`,
      )
      .all(since, Math.max(0, limit));
    const total = this.db
      .prepare<[number], { total: number }>("SELECT COUNT(DISTINCT folded) AS total FROM questions WHERE outcome = 'abstained' AND asked_at >= ?")
      .get(since);
    return { groups, total: total?.total ?? 0 };
  }

  /** Questions answered and abstained on since `since` (ms since the epoch). */
  counts(since: number): OutcomeCounts {
    const rows = this.db
      .prepare<[number], { outcome: LoggedOutcome; n: number }>("SELECT outcome, COUNT(*) AS n FROM questions WHERE asked_at >= ? GROUP BY outcome")
      .all(since);
    const counts: OutcomeCounts = { answered: 0, abstained: 0 };
    for (const row of rows) counts[row.outcome] = row.n;
    return counts;
  }
}
