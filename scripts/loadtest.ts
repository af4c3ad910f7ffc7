/**
 * `npm run loadtest -- [--users N] [--questions-per-user M] [--rate-limit R] [--faults] [--timeout-seconds S] [--seed K]`
 *
 * Load test of the real bot: the stub Bot API server (test/helpers/bot-api-stub.ts, 127.0.0.1 only), a temp copy
 * of the seeds (plus eval/extra-seeds, which eval/own-questions.jsonl asks about) indexed lexically, the real
 * service (`openAnswerService`) and the real bot (`createBot` + the grammY runner via `startPolling`) pointed at
 * the stub. N simulated users (default 200) ask M questions each (default 3, English and Russian, drawn from
 * eval/questions.jsonl and eval/own-questions.jsonl) all at the same time; each user waits for the answer before
 * asking the next. Every 10th user asks with /ask in one shared group chat. When half of the questions are
 * answered, an admin sends /reindex. With `--faults`, at a third of the run the stub fails a burst of calls
 * (429 with retry_after 1 s, 500, dropped connections) of sendMessage and getUpdates.
 *
 * The bot's per-user rate limit is the production default (RATE_LIMIT_PER_MINUTE, 20/min) unless `--rate-limit`
 * says otherwise; M must not exceed it, so no question is refused as "too fast".
 *
 * Prints answers/s, p50/p95/max time-to-reply (update queued at the stub → first sendMessage replying to it
 * received by the stub), the rebuild's duration and the slowest reply during it, and checks that every
 * question got exactly one reply (matched by chat id and reply_parameters.message_id). Exit code 1 when a
 * question was lost or answered twice, a reply was an error, or the hard timeout (default 120 s) hit.
 */
import { seededRandom } from "./lib/seeded-random.ts";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { openAnswerService } from "../src/answer/answer-service.ts";
import { ANSWER_TEXTS } from "../src/answer/messages.ts";
import type { AnswerService, BuildProgress, ReindexReport } from "../src/answer/types.ts";
import { BOT_TEXTS } from "../src/bot/texts.ts";
import { parseConfig } from "../src/config.ts";
import type { Lang } from "../src/corpus/article.ts";
import { visibleText, type BotApiStub, type Fault, type RecordedCall, type StubChat, type StubUser } from "../test/helpers/bot-api-stub.ts";
import { startBotHarness, type BotHarness } from "../test/helpers/bot-harness.ts";
import { buildSeededIndex, EXTRA_SEEDS_DIR } from "../test/helpers/seeded-index.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const QUESTION_FILES = [path.join(repoRoot, "eval", "questions.jsonl"), path.join(repoRoot, "eval", "own-questions.jsonl")];

/** The admin who sends /reindex (not one of the simulated users). */
const ADMIN: StubUser = { id: 9_000_001, first_name: "Admin", language_code: "en" };
/** The group chat where every `groupEvery`-th user asks with /ask. */
const GROUP: StubChat = { id: -100_777, type: "supergroup", title: "Load test group" };
/** Once the bot has handled an update, how long to still wait for its reply before calling it lost, in ms. */
const LOST_GRACE_MS = 1_000;
/** After the last answer, how long to keep watching for late duplicate replies, in ms. */
const QUIET_MS = 500;
/** Longest pause of a user between getting an answer and asking the next question, in ms. */
const MAX_THINK_MS = 100;

/** What one load run does. */
export interface LoadOptions {
  users: number;
  questionsPerUser: number;
  /** The bot's per-user limit, in questions per minute; must be at least `questionsPerUser`. */
  rateLimitPerMinute: number;
  /** The run is cut off after this long, in ms (questions unanswered by then count as lost). */
  hardTimeoutMs: number;
  /** Bot API failures the stub injects at a third of the run (none when empty); see `FAULT_BURST`. */
  faults: readonly InjectedFault[];
  /** Seed of the question draw and think times (same seed, same questions). */
  seed: number;
  /** Every `groupEvery`-th user asks in the shared group chat with /ask (0: nobody). */
  groupEvery: number;
  /** Progress lines (e.g. to stderr); silent when absent. */
  progress?: (line: string) => void;
}

/** One question asked during the run and what came of it. */
export interface QuestionOutcome {
  userId: number;
  chatId: number;
  /** Message id of the question (0 when it was never sent, because the run was cut off). */
  messageId: number;
  lang: Lang;
  text: string;
  /** When the update was queued at the stub, ms (performance.now()). */
  pushedAt: number;
  /** When the stub received the first successful sendMessage replying to it, ms (performance.now()). */
  repliedAt: number | null;
  /** Successful sendMessage calls replying to this question (must be exactly 1). */
  replies: number;
  /** What the reply is: an answer with quotes, a "nothing found", or anything else (an error, "too fast"). */
  replyKind: "answer" | "nothingFound" | "other" | null;
  /** The reply as the user sees it (first 200 characters). */
  replyVisible: string | null;
}

/** Timing of the /reindex sent in the middle of the run. */
export interface ReindexTiming {
  /** The rebuild itself (service.reindex() call to settle), ms; null when it never ran. */
  serviceMs: number | null;
  /** As the admin sees it: /reindex queued → "Index rebuilt" message received by the stub, ms. */
  adminMs: number | null;
  /** Questions waiting for their reply at some moment of the rebuild. */
  questionsDuring: number;
  /** Slowest time-to-reply among those questions, ms. */
  maxLatencyDuringMs: number | null;
  report: ReindexReport | null;
  /** Why the rebuild failed, when it did. */
  error: string | null;
}

/** Latency distribution in ms (nearest-rank percentiles). */
export interface LatencySummary {
  p50: number;
  p95: number;
  max: number;
}

/** The outcome of a load run. */
export interface LoadReport {
  options: Omit<LoadOptions, "progress">;
  questions: number;
  /** Questions with exactly one reply. */
  answeredOnce: number;
  lost: QuestionOutcome[];
  duplicated: QuestionOutcome[];
  /** Questions whose reply is neither an answer nor "nothing found" (an error reply, "too fast"…). */
  notAnswers: QuestionOutcome[];
  /** Any message to a user or the group that is an error text or "too fast", with or without reply_parameters. */
  errorMessages: string[];
  /** The five slowest questions (for a look at what made them slow). */
  slowest: QuestionOutcome[];
  /** When the run started, ms (performance.now(); the other times are on the same clock). */
  startedAt: number;
  /** First question queued → last reply received, ms. */
  wallMs: number;
  answersPerSecond: number;
  latencyMs: LatencySummary;
  reindex: ReindexTiming;
  /** Faults injected and faults the bot actually ran into (calls answered with a fault). */
  faults: { injected: number; hit: number };
  /** Warnings and errors the bot logged. */
  log: { warnings: number; errors: number };
  timedOut: boolean;
}

interface DrawnQuestion {
  question: string;
  lang: Lang;
}

/** Reads the questions of the eval sets (both languages). */
export async function loadQuestions(files: readonly string[] = QUESTION_FILES): Promise<DrawnQuestion[]> {
  const questions: DrawnQuestion[] = [];
  for (const file of files) {
    for (const line of (await readFile(file, "utf8")).split("\n")) {
      if (line.trim() === "") continue;
      const parsed = JSON.parse(line) as { question?: unknown; lang?: unknown };
      if (typeof parsed.question !== "string" || (parsed.lang !== "en" && parsed.lang !== "ru")) continue;
      questions.push({ question: parsed.question, lang: parsed.lang });
    }
  }
  if (questions.length === 0) throw new Error(`no questions in ${files.join(", ")}`);
  return questions;
}

/** Nearest-rank percentile of sorted values (0 for none). */
function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] ?? 0;
}

/** The message id a sendMessage call replies to, if any. */
function replyTarget(call: RecordedCall): number | undefined {
  const target = (call.payload.reply_parameters as { message_id?: unknown } | undefined)?.message_id;
  return typeof target === "number" ? target : undefined;
}

function visibleOf(call: RecordedCall): string {
  const text = String(call.payload.text ?? "");
  return call.payload.parse_mode === "HTML" ? visibleText(text) : text;
}

/** Texts that mean something went wrong for the user (errors, "too fast"), as they see them. */
function errorTexts(): Set<string> {
  const texts = new Set<string>();
  for (const lang of ["en", "ru"] as const) {
    for (const text of Object.values(ANSWER_TEXTS[lang].errors)) texts.add(text);
    texts.add(visibleText(BOT_TEXTS[lang].rateLimited));
  }
  return texts;
}

function kindOf(visible: string): QuestionOutcome["replyKind"] {
  for (const lang of ["en", "ru"] as const) {
    if (visible.startsWith(ANSWER_TEXTS[lang].lead)) return "answer";
    if (visible.trim() === ANSWER_TEXTS[lang].nothingFound || visible.trim() === ANSWER_TEXTS[lang].adviceAsked) return "nothingFound";
  }
  return "other";
}

/** The real service, with its rebuilds timed (everything else passes through). */
function timedService(service: AnswerService, onRebuild: (startedAt: number, settled: Promise<ReindexReport>) => void): AnswerService {
  return {
    answer: (question, options) => service.answer(question, options),
    sources: () => service.sources(),
    stats: () => service.stats(),
    manifest: () => service.manifest(),
    get reindexing() {
      return service.reindexing;
    },
    reindex(onProgress?: (progress: BuildProgress) => void): Promise<ReindexReport> {
      const startedAt = performance.now();
      const running = service.reindex(onProgress);
      onRebuild(startedAt, running);
      return running;
    },
  };
}

/** `times` consecutive calls of `method` fail with `fault` (a dropped connection, 500, 429 with retry_after). */
export interface InjectedFault {
  method: string;
  fault: Fault;
  times: number;
}

/**
 * What `--faults` injects: a burst of failed sendMessage calls (429 retry_after 1 s, 500, dropped connections)
 * and failed getUpdates calls. grammY's auto-retry waits 1 s after a 429 and 3 s, 6 s, … after a 500 or a dropped
 * connection, so the getUpdates part stalls all updates for about 10 s.
 */
export const FAULT_BURST: readonly InjectedFault[] = [
  { method: "sendMessage", fault: { kind: "429", retryAfterSeconds: 1 }, times: 2 },
  { method: "sendMessage", fault: { kind: "500" }, times: 2 },
  { method: "sendMessage", fault: { kind: "drop" }, times: 2 },
  { method: "getUpdates", fault: { kind: "429", retryAfterSeconds: 1 }, times: 1 },
  { method: "getUpdates", fault: { kind: "500" }, times: 1 },
  { method: "getUpdates", fault: { kind: "drop" }, times: 1 },
];

/** Injects `faults` into the stub; returns how many calls will fail. */
function injectFaults(stub: BotApiStub, faults: readonly InjectedFault[]): number {
  for (const { method, fault, times } of faults) stub.injectFault(method, fault, times);
  return faults.reduce((sum, f) => sum + f.times, 0);
}

/**
 * Runs one load test against the real bot and the stub Bot API server and returns what happened.
 * Everything it starts (stub server, bot, temp corpus) is stopped and removed before it resolves.
 */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const { users, questionsPerUser, rateLimitPerMinute, hardTimeoutMs } = options;
  if (!Number.isInteger(users) || users < 1) throw new Error("users must be a positive integer");
  if (!Number.isInteger(questionsPerUser) || questionsPerUser < 1) throw new Error("questionsPerUser must be a positive integer");
  if (questionsPerUser > rateLimitPerMinute) {
    throw new Error(`each user asks ${questionsPerUser} questions but the rate limit is ${rateLimitPerMinute}/min: raise the limit`);
  }
  const say = options.progress ?? (() => undefined);
  const pool = await loadQuestions();
  const draw = seededRandom(options.seed);
  const corpus = await buildSeededIndex(null, [EXTRA_SEEDS_DIR]);
  let harness: BotHarness | null = null;
  try {
    const real = await openAnswerService({ seedsDir: corpus.seedsDir, indexDir: corpus.indexDir, embedder: null });
    const rebuild: { startedAt: number | null; endedAt: number | null; report: ReindexReport | null; error: string | null } = {
      startedAt: null,
      endedAt: null,
      report: null,
      error: null,
    };
    const service = timedService(real, (startedAt, settled) => {
      rebuild.startedAt = startedAt;
      settled.then(
        (report) => {
          rebuild.endedAt = performance.now();
          rebuild.report = report;
        },
        (error: unknown) => {
          rebuild.endedAt = performance.now();
          rebuild.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        },
      );
    });
    harness = await startBotHarness({ service, adminIds: [ADMIN.id], rateLimitPerMinute, seedsDir: corpus.seedsDir, progressIntervalMs: 250 });
    const { stub } = harness;
    const bot = harness;
    const startedAt = performance.now();
    const deadline = startedAt + hardTimeoutMs;
    const remaining = () => Math.max(1, deadline - performance.now());
    const total = users * questionsPerUser;
    say(`${users} users × ${questionsPerUser} questions = ${total} questions; rate limit ${rateLimitPerMinute}/min per user`);

    const outcomes: QuestionOutcome[] = [];
    let replied = 0;
    let faultsInjected = 0;
    let reindexPushedAt: number | null = null;
    let reindexReportAt: number | null = null;
    let reindexReportWait: Promise<unknown> = Promise.resolve();

    const milestones = () => {
      if (options.faults.length > 0 && faultsInjected === 0 && replied >= Math.floor(total / 3)) {
        faultsInjected = injectFaults(stub, options.faults);
        say(`injected ${faultsInjected} faults after ${replied} answers`);
      }
      if (reindexPushedAt === null && replied >= Math.floor(total / 2)) {
        const from = stub.calls.length;
        reindexPushedAt = performance.now();
        stub.sendText(ADMIN, "/reindex");
        say(`admin sent /reindex after ${replied} answers`);
        // The bot answers /reindex at once ("Rebuilding…", a reply) and reports the outcome later (not a reply).
        reindexReportWait = stub
          .waitForCall(
            (c) => c.method === "sendMessage" && c.outcome === "ok" && Number(c.payload.chat_id) === ADMIN.id && replyTarget(c) === undefined,
            { from, timeoutMs: remaining() },
          )
          .then(
            () => (reindexReportAt = performance.now()),
            () => undefined,
          );
      }
    };

    const askAll = async (userIndex: number): Promise<void> => {
      const inGroup = options.groupEvery > 0 && userIndex % options.groupEvery === options.groupEvery - 1;
      const languageCode = userIndex % 2 === 0 ? "en" : "ru";
      const user: StubUser = { id: 100_000 + userIndex, first_name: `User${userIndex}`, language_code: languageCode };
      const chatId = inGroup ? GROUP.id : user.id;
      const mine = Array.from({ length: questionsPerUser }, () => pool[Math.floor(draw() * pool.length)]!);
      const thinks = mine.map(() => Math.floor(draw() * MAX_THINK_MS));
      for (const [i, drawn] of mine.entries()) {
        const outcome: QuestionOutcome = {
          userId: user.id,
          chatId,
          messageId: 0,
          lang: drawn.lang,
          text: drawn.question,
          pushedAt: performance.now(),
          repliedAt: null,
          replies: 0,
          replyKind: null,
          replyVisible: null,
        };
        outcomes.push(outcome);
        if (performance.now() >= deadline) continue;
        const from = stub.calls.length;
        outcome.pushedAt = performance.now();
        const sent = inGroup ? stub.sendText(user, `/ask ${drawn.question}`, { chat: GROUP }) : stub.sendText(user, drawn.question);
        outcome.messageId = sent.messageId;
        const reply = stub
          .waitForCall((c) => c.method === "sendMessage" && c.outcome === "ok" && Number(c.payload.chat_id) === chatId && replyTarget(c) === sent.messageId, {
            from,
            timeoutMs: remaining(),
          })
          .then(
            () => {
              outcome.repliedAt = performance.now();
              replied += 1;
              milestones();
            },
            () => undefined,
          );
        const handledThenGrace = bot.handled(sent.updateId, remaining()).then(
          () => sleep(LOST_GRACE_MS),
          () => undefined,
        );
        await Promise.race([reply, handledThenGrace]);
        const think = thinks[i] ?? 0;
        if (think > 0) await sleep(Math.min(think, remaining()));
      }
    };

    await Promise.all(Array.from({ length: users }, (_, i) => askAll(i)));
    say(`all users done: ${replied}/${total} replies after ${Math.round(performance.now() - startedAt)} ms`);
    // The rebuild and its report to the admin, then a quiet spell to catch late duplicates.
    await Promise.race([Promise.all([reindexReportWait, bot.app.idle()]), sleep(remaining())]);
    await sleep(Math.min(QUIET_MS, remaining()));
    const timedOut = performance.now() >= deadline;

    // Count every successful reply per question, and every error-looking message to users.
    const perQuestion = new Map<string, RecordedCall[]>();
    const errors = errorTexts();
    const errorMessages: string[] = [];
    for (const call of stub.callsOf("sendMessage")) {
      if (call.outcome !== "ok") continue;
      const chatId = Number(call.payload.chat_id);
      if (chatId === ADMIN.id) continue;
      const visible = visibleOf(call);
      if (errors.has(visible.trim())) errorMessages.push(visible.slice(0, 200));
      const target = replyTarget(call);
      if (target === undefined) continue;
      const key = `${chatId}:${target}`;
      perQuestion.set(key, [...(perQuestion.get(key) ?? []), call]);
    }
    for (const outcome of outcomes) {
      const calls = outcome.messageId === 0 ? [] : (perQuestion.get(`${outcome.chatId}:${outcome.messageId}`) ?? []);
      outcome.replies = calls.length;
      const first = calls[0];
      if (first) {
        outcome.replyVisible = visibleOf(first).slice(0, 200);
        outcome.replyKind = kindOf(visibleOf(first));
      }
    }

    const done = outcomes.filter((o) => o.repliedAt !== null);
    const latencies = done.map((o) => (o.repliedAt ?? 0) - o.pushedAt).sort((a, b) => a - b);
    const lastReply = Math.max(startedAt, ...done.map((o) => o.repliedAt ?? 0));
    const firstPush = Math.min(...outcomes.map((o) => o.pushedAt));
    const wallMs = lastReply - firstPush;
    const during =
      rebuild.startedAt !== null
        ? done.filter((o) => o.pushedAt <= (rebuild.endedAt ?? deadline) && (o.repliedAt ?? 0) >= (rebuild.startedAt ?? 0))
        : [];
    const duringLatencies = during.map((o) => (o.repliedAt ?? 0) - o.pushedAt);
    const faultHits = stub.calls.filter((c) => c.outcome.startsWith("fault:")).length;
    return {
      options: {
        users,
        questionsPerUser,
        rateLimitPerMinute,
        hardTimeoutMs,
        faults: options.faults,
        seed: options.seed,
        groupEvery: options.groupEvery,
      },
      questions: outcomes.length,
      answeredOnce: outcomes.filter((o) => o.replies === 1).length,
      lost: outcomes.filter((o) => o.replies === 0),
      duplicated: outcomes.filter((o) => o.replies > 1),
      notAnswers: outcomes.filter((o) => o.replyKind === "other"),
      errorMessages,
      slowest: [...done].sort((a, b) => (b.repliedAt ?? 0) - b.pushedAt - ((a.repliedAt ?? 0) - a.pushedAt)).slice(0, 5),
      startedAt,
      wallMs,
      answersPerSecond: wallMs > 0 ? (done.length * 1000) / wallMs : 0,
      latencyMs: { p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), max: latencies.at(-1) ?? 0 },
      reindex: {
        serviceMs: rebuild.startedAt !== null && rebuild.endedAt !== null ? rebuild.endedAt - rebuild.startedAt : null,
        adminMs: reindexPushedAt !== null && reindexReportAt !== null ? reindexReportAt - reindexPushedAt : null,
        questionsDuring: during.length,
        maxLatencyDuringMs: duringLatencies.length > 0 ? Math.max(...duringLatencies) : null,
        report: rebuild.report,
        error: rebuild.error,
      },
      faults: { injected: faultsInjected, hit: faultHits },
      log: {
        warnings: bot.logger.lines.filter((l) => l.level === "warn").length,
        errors: bot.logger.lines.filter((l) => l.level === "error").length,
      },
      timedOut,
    };
  } finally {
    await harness?.stop();
    await corpus.cleanup();
  }
}

/** True when the run met its promise: every question answered exactly once, with an answer, in time. */
export function loadPassed(report: LoadReport): boolean {
  return (
    report.lost.length === 0 &&
    report.duplicated.length === 0 &&
    report.notAnswers.length === 0 &&
    report.errorMessages.length === 0 &&
    report.reindex.report !== null &&
    !report.timedOut
  );
}

/** The report as lines for a terminal. */
export function formatLoadReport(report: LoadReport): string {
  const ms = (value: number | null) => (value === null ? "—" : `${Math.round(value)} ms`);
  const { options, reindex } = report;
  const lines = [
    `Load test: ${options.users} users × ${options.questionsPerUser} questions (seed ${options.seed}), per-user rate limit ${options.rateLimitPerMinute}/min${options.faults.length > 0 ? ", with injected Bot API faults" : ""}`,
    `Questions: ${report.questions}; answered exactly once: ${report.answeredOnce}; lost: ${report.lost.length}; duplicated: ${report.duplicated.length}; not an answer: ${report.notAnswers.length}; error messages: ${report.errorMessages.length}`,
    `Throughput: ${report.answersPerSecond.toFixed(1)} answers/s over ${(report.wallMs / 1000).toFixed(2)} s`,
    `Time to reply: p50 ${ms(report.latencyMs.p50)}, p95 ${ms(report.latencyMs.p95)}, max ${ms(report.latencyMs.max)}`,
    `Reindex: rebuild ${ms(reindex.serviceMs)}; /reindex → "Index rebuilt" ${ms(reindex.adminMs)}; ${reindex.questionsDuring} questions in flight during it, slowest reply ${ms(reindex.maxLatencyDuringMs)}${reindex.error ? `; FAILED: ${reindex.error}` : ""}`,
    ...(options.faults.length > 0 ? [`Faults: ${report.faults.injected} injected, ${report.faults.hit} hit`] : []),
    `Bot log: ${report.log.warnings} warnings, ${report.log.errors} errors${report.timedOut ? "; HARD TIMEOUT HIT" : ""}`,
  ];
  for (const [label, list] of [
    ["lost", report.lost],
    ["duplicated", report.duplicated],
    ["not an answer", report.notAnswers],
  ] as const) {
    for (const o of list.slice(0, 5)) lines.push(`  ${label}: user ${o.userId} chat ${o.chatId} message ${o.messageId} "${o.text}" → ${o.replies} replies ${o.replyVisible ?? ""}`);
  }
  for (const o of report.slowest) {
    lines.push(`  slowest: ${Math.round((o.repliedAt ?? 0) - o.pushedAt)} ms, queued at +${Math.round(o.pushedAt - report.startedAt)} ms, chat ${o.chatId}: ${o.text.slice(0, 60)}`);
  }
  for (const text of report.errorMessages.slice(0, 5)) lines.push(`  error message: ${text}`);
  lines.push(loadPassed(report) ? "PASS" : "FAIL");
  return lines.join("\n");
}

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`--${name} must be a positive integer, got ${JSON.stringify(value)}`);
  return parsed;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      users: { type: "string" },
      "questions-per-user": { type: "string" },
      "rate-limit": { type: "string" },
      "timeout-seconds": { type: "string" },
      seed: { type: "string" },
      faults: { type: "boolean", default: false },
    },
  });
  const defaultLimit = parseConfig({}).telegram.rateLimitPerMinute;
  const timeoutMs = positiveInt(values["timeout-seconds"], "timeout-seconds", 120) * 1000;
  // Belt and braces: whatever happens, the process ends shortly after the hard timeout.
  setTimeout(() => {
    process.stderr.write("loadtest: hard timeout exceeded while stopping; exiting\n");
    process.exit(1);
  }, timeoutMs + 15_000).unref();
  const report = await runLoad({
    users: positiveInt(values.users, "users", 200),
    questionsPerUser: positiveInt(values["questions-per-user"], "questions-per-user", 3),
    rateLimitPerMinute: positiveInt(values["rate-limit"], "rate-limit", defaultLimit),
    hardTimeoutMs: timeoutMs,
    faults: values.faults ? FAULT_BURST : [],
    seed: positiveInt(values.seed, "seed", 1),
    groupEvery: 10,
    progress: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${formatLoadReport(report)}\n`);
  return loadPassed(report) ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`loadtest failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
