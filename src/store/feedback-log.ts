import type { Lang } from "../corpus/article.ts";
import type { SqliteDatabase } from "./sqlite.ts";
import type { KeyPart, SubjectKey } from "./subject-key.ts";

/** A reader's judgement of an answer. */
export type Vote = "up" | "down";

/** What a press on 👍 or 👎 did. */
export type VoteResult =
  /** The answer is not (or no longer) in the log: nothing recorded. */
  | { status: "unknown" }
  /** `recorded`: a first vote; `changed`: the other vote replaced; `unchanged`: the same vote again. */
  | { status: "recorded" | "changed" | "unchanged"; vote: Vote; lang: Lang };

/** An answer readers marked 👎, with its question. */
export interface DownvotedAnswer {
  question: string;
  lang: Lang;
  /** The quoted documents' file names. */
  docs: string[];
  down: number;
  up: number;
  /** When the question was asked, in ms since the epoch. */
  askedAt: number;
}

/** Current 👍 and 👎 votes. */
export interface VoteCounts {
  up: number;
  down: number;
}

/**
 * Votes on answers: one per person and answer (a second press replaces the first). The person is
 * kept only as a salted hash of the answer and their user id, so their votes on two answers cannot
 * even be linked to each other. `onWrite` runs after each write.
 */
export class FeedbackLog {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly key: SubjectKey,
    private readonly now: () => number,
    private readonly onWrite: () => void = () => undefined,
  ) {}

  private voterOf(answerRef: string, user: KeyPart): string {
    return this.key("vote", answerRef, user);
  }

  /** Records `user`'s vote on the answer `answerRef` (the id on its buttons). */
  vote(answerRef: string, user: KeyPart, vote: Vote): VoteResult {
    const voter = this.voterOf(answerRef, user);
    const result = this.db.transaction((): VoteResult => {
      const answer = this.db.prepare<[string], { id: number; lang: Lang }>("SELECT id, lang FROM questions WHERE answer_ref = ?").get(answerRef);
      if (!answer) return { status: "unknown" };
      const previous = this.db
        .prepare<[number, string], { vote: Vote }>("SELECT vote FROM votes WHERE question_id = ? AND voter = ?")
        .get(answer.id, voter);
      if (previous?.vote === vote) return { status: "unchanged", vote, lang: answer.lang };
      this.db
        .prepare(
          `INSERT INTO votes (question_id, voter, vote, voted_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (question_id, voter) DO UPDATE SET vote = excluded.vote, voted_at = excluded.voted_at`,
        )
        .run(answer.id, voter, vote, this.now());
      return { status: previous ? "changed" : "recorded", vote, lang: answer.lang };
    })();
    if (result.status === "recorded" || result.status === "changed") this.onWrite();
    return result;
  }

  /** `user`'s current vote on the answer, or null. */
  voteOf(answerRef: string, user: KeyPart): Vote | null {
    const row = this.db
      .prepare<[string, string], { vote: Vote }>(
        "SELECT votes.vote AS vote FROM votes JOIN questions ON questions.id = votes.question_id WHERE questions.answer_ref = ? AND votes.voter = ?",
      )
      .get(answerRef, this.voterOf(answerRef, user));
    return row?.vote ?? null;
  }

  /**
   * Answers to questions asked since `since` that have at least one 👎, most 👎 first (then most
   * recent); at most `limit`, and how many there are in all.
   */
  downvoted(since: number, limit: number): { answers: DownvotedAnswer[]; total: number } {
    const rows = this.db
      .prepare<[number, number], { question: string; lang: Lang; docs: string; down: number; up: number; askedAt: number }>(
        `SELECT questions.text AS question, questions.lang AS lang, questions.docs AS docs, questions.asked_at AS askedAt,
                SUM(votes.vote = 'down') AS down, SUM(votes.vote = 'up') AS up
           FROM questions JOIN votes ON votes.question_id = questions.id
          WHERE questions.asked_at >= ?
          GROUP BY questions.id
         HAVING down > 0
          ORDER BY down DESC, questions.asked_at DESC
          LIMIT ?`,
      )
      .all(since, Math.max(0, limit));
    const total = this.db
      .prepare<[number], { total: number }>(
        `SELECT COUNT(DISTINCT questions.id) AS total FROM questions JOIN votes ON votes.question_id = questions.id
          WHERE questions.asked_at >= ? AND votes.vote = 'down'`,
      )
      .get(since);
    return { answers: rows.map((row) => ({ ...row, docs: parseDocs(row.docs) })), total: total?.total ?? 0 };
  }

  /** Current votes on answers to questions asked since `since`. */
  counts(since: number): VoteCounts {
    const rows = this.db
      .prepare<[number], { vote: Vote; n: number }>(
        "SELECT votes.vote AS vote, COUNT(*) AS n FROM votes JOIN questions ON questions.id = votes.question_id WHERE questions.asked_at >= ? GROUP BY votes.vote",
      )
      .all(since);
    const counts: VoteCounts = { up: 0, down: 0 };
    for (const row of rows) counts[row.vote] = row.n;
    return counts;
  }
}

function parseDocs(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((doc): doc is string => typeof doc === "string") : [];
  } catch {
    return [];
  }
}
