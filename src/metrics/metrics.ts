import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/** What became of a question asked in a chat. */
export type QuestionOutcome = "answered" | "abstained" | "refused" | "error";

/** How a rebuild asked for from chat ended. */
export type ReindexOutcome = "ok" | "failed" | "busy";

/** The index's size, read at each scrape (it changes with every rebuild). */
export interface IndexSize {
  documents: number;
  passages: number;
}

/** What the bot reports; `Metrics` implements it with prom-client. */
export interface BotMetrics {
  /** A question handled in a chat; `seconds` from its arrival to the reply sent (answered and abstained). */
  question(outcome: QuestionOutcome, seconds?: number): void;
  /** A rebuild from chat ended; `seconds` it took (not for "busy"). */
  reindex(outcome: ReindexOutcome, seconds?: number): void;
  /** A Bot API call failed for good (after its retries). */
  telegramError(method: string): void;
  /** A 👍 or 👎 recorded (a first vote or a changed one). */
  feedback(vote: "up" | "down"): void;
}

/** The Prometheus side: the registry and its text. */
export interface Metrics extends BotMetrics {
  readonly registry: Registry;
  /** The exposition text (`GET /metrics`). */
  text(): Promise<string>;
  /** Its content type. */
  readonly contentType: string;
}

const QUESTION_OUTCOMES: readonly QuestionOutcome[] = ["answered", "abstained", "refused", "error"];
const REINDEX_OUTCOMES: readonly ReindexOutcome[] = ["ok", "failed", "busy"];

/**
 * The bot's metrics in their own registry (never prom-client's global one), all named `newsquote_*`,
 * plus Node's process metrics. `indexSize` is read at each scrape; null while no index is loaded.
 */
export function createMetrics(options: { indexSize: () => IndexSize | null; processMetrics?: boolean }): Metrics {
  const registry = new Registry();
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: "newsquote_" });

  const questions = new Counter({
    name: "newsquote_questions_total",
    help: "Questions asked in chats, by outcome: answered (quotes), abstained (nothing found), refused (empty, too long, no words), error",
    labelNames: ["outcome"] as const,
    registers: [registry],
  });
  const answerSeconds = new Histogram({
    name: "newsquote_answer_duration_seconds",
    help: "Time from a question's arrival to its reply being sent (answered and abstained questions)",
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  new Gauge({
    name: "newsquote_index_documents",
    help: "Documents in the loaded index",
    registers: [registry],
    collect() {
      const size = options.indexSize();
      if (size) this.set(size.documents);
    },
  });
  new Gauge({
    name: "newsquote_index_passages",
    help: "Passages in the loaded index",
    registers: [registry],
    collect() {
      const size = options.indexSize();
      if (size) this.set(size.passages);
    },
  });
  const reindexes = new Counter({
    name: "newsquote_reindex_total",
    help: "Index rebuilds asked for from chat (/reindex, uploads), by outcome: ok, failed, busy (another rebuild was running)",
    labelNames: ["outcome"] as const,
    registers: [registry],
  });
  const reindexSeconds = new Histogram({
    name: "newsquote_reindex_duration_seconds",
    help: "Duration of index rebuilds asked for from chat",
    buckets: [0.1, 0.5, 1, 5, 15, 60, 300, 900],
    registers: [registry],
  });
  const telegramErrors = new Counter({
    name: "newsquote_telegram_api_errors_total",
    help: "Telegram Bot API calls that failed for good (after their retries), by method",
    labelNames: ["method"] as const,
    registers: [registry],
  });
  const feedback = new Counter({
    name: "newsquote_feedback_total",
    help: "Votes recorded on answers (a first vote or a changed one), by vote",
    labelNames: ["vote"] as const,
    registers: [registry],
  });
  // Every label value from the start, so that a dashboard sees zeros rather than nothing.
  for (const outcome of QUESTION_OUTCOMES) questions.inc({ outcome }, 0);
  for (const outcome of REINDEX_OUTCOMES) reindexes.inc({ outcome }, 0);
  for (const vote of ["up", "down"] as const) feedback.inc({ vote }, 0);

  return {
    registry,
    contentType: registry.contentType,
    text: () => registry.metrics(),
    question(outcome, seconds) {
      questions.inc({ outcome });
      if (seconds !== undefined) answerSeconds.observe(seconds);
    },
    reindex(outcome, seconds) {
      reindexes.inc({ outcome });
      if (seconds !== undefined) reindexSeconds.observe(seconds);
    },
    telegramError(method) {
      telegramErrors.inc({ method });
    },
    feedback(vote) {
      feedback.inc({ vote });
    },
  };
}
